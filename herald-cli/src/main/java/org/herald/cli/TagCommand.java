package org.herald.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Resources;
import org.herald.source.ConllDocument;
import org.herald.source.ConllReader;
import org.herald.stage.name.Entity;
import org.herald.stage.name.Mention;
import org.herald.stage.name.MentionKind;
import org.herald.stage.name.NameStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald tag}: names on given tokens, as one more CoNLL column. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {"Tags names in a CoNLL-2003 column file, keeping its tokens and sentence breaks.",
        "Writes each line with one more column: the predicted IOB2 tag (B-PER, I-ORG, B-LOC, B-MISC, O…)."})
final class TagCommand extends ConsoleAware implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL-2003 file, or - for standard input.")
  String conll;

  @Override
  public Integer call() throws IOException {
    BufferedReader reader;
    if (conll.equals("-")) {
      reader = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
    } else {
      try {
        reader = Files.newBufferedReader(Path.of(conll), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new HeraldException(ErrorCodes.INPUT_MISSING, "no such file: " + conll);
      } catch (java.nio.charset.MalformedInputException e) {
        throw new HeraldException(ErrorCodes.INPUT_BINARY, conll + " is not UTF-8 text");
      }
    }
    PrintStream out = console.out();
    int n = 0;
    try (reader; Pipeline pipeline = Herald.pipelineFor(Resources.classpath(), NameStage.ENTITIES)) {
      for (ConllDocument doc : new ConllReader(reader, conll)) {
        Article article = pipeline.apply(doc.toArticle("conll-" + (++n)));
        String[] tags = iob2(article);
        int t = 0;
        if (doc.header() != null) {
          out.println(doc.header() + " O");
          out.println();
        }
        for (List<String[]> sentence : doc.sentences()) {
          for (String[] line : sentence) {
            out.println(String.join(" ", line) + " " + tags[t++]);
          }
          out.println();
        }
      }
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw new HeraldException(ErrorCodes.INPUT_BINARY, conll + " is not UTF-8 text");
      }
      throw e;
    }
    out.flush();
    return 0;
  }

  /** One IOB2 tag per token from the entities' name mentions. */
  static String[] iob2(Article article) {
    String[] tags = new String[article.tokenCount()];
    java.util.Arrays.fill(tags, "O");
    for (Entity e : article.layer(NameStage.ENTITIES)) {
      for (Mention m : e.mentions()) {
        if (m.kind() != MentionKind.NAME) {
          continue;
        }
        int first = article.tokenAtOrAfter(m.start());
        boolean begin = true;
        for (int t = first; t < article.tokenCount() && article.tokenStart(t) < m.end(); t++) {
          tags[t] = (begin ? "B-" : "I-") + e.type().conll();
          begin = false;
        }
      }
    }
    return tags;
  }
}
