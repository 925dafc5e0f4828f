package org.herald.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.data.DataFolder;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
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
        : ActorDictionary.parse(lines(actors), lines(agents));
    return Herald.pipeline(resources, user,
        verbs == null ? VerbDictionary.EMPTY : VerbDictionary.parse(lines(verbs)));
  }

  private static List<String> lines(Path p) {
    if (p == null) {
      return List.of();
    }
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + p);
    } catch (MalformedInputException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, p + " is not UTF-8 text");
    } catch (IOException e) {
      throw new HeraldException(ErrorCodes.INPUT_UNREADABLE, "cannot read " + p + ": " + e.getMessage());
    }
  }
}
