package org.herald.cli;

import java.nio.file.Path;
import org.herald.Herald;
import org.herald.data.DataFolder;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.source.Sources;
import org.herald.stage.actor.ActorDictionary;
import org.herald.stage.event.VerbDictionary;
import picocli.CommandLine.Option;

/** {@code --actors --agents --verbs}: a user's PETRARCH/TABARI dictionaries, read beside the built-in ones. */
public final class DictionaryOptions {
  @Option(names = "--actors", paramLabel = "FILE",
      description = "A user actor dictionary (PETRARCH/TABARI format) read besides the built-in one.")
  Path actors;

  @Option(names = "--agents", paramLabel = "FILE",
      description = "A user agent dictionary (PETRARCH/TABARI format): sector words such as police [~COP].")
  Path agents;

  @Option(names = "--verbs", paramLabel = "FILE",
      description = "A user verb dictionary (PETRARCH format): its verbs and patterns are coded with its codes.")
  Path verbs;

  /** The default pipeline on the bundled resources (evaluations), with the user's dictionaries when any were named. */
  Pipeline pipeline() {
    return pipeline(Resources.classpath());
  }

  /** The default pipeline on the user's installed data and the bundled resources, with the user's dictionaries. */
  Pipeline userPipeline() {
    return pipeline(DataFolder.current().pipelineResources());
  }

  private Pipeline pipeline(Resources resources) {
    if (actors == null && agents == null && verbs == null) {
      return Herald.pipeline(resources);
    }
    ActorDictionary user = actors == null && agents == null ? ActorDictionary.EMPTY
        : ActorDictionary.parse(Sources.textLines(actors), Sources.textLines(agents));
    return Herald.pipeline(resources, user,
        verbs == null ? VerbDictionary.EMPTY : VerbDictionary.parse(Sources.textLines(verbs)));
  }

}
