package org.herald.stream;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.flink.configuration.Configuration;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herald stream}: runs the stream job, on a local MiniCluster when started with {@code java -jar}, on the
 * cluster when submitted with {@code flink run}. Exit codes: 0 done, 1 the job failed, 2 bad options.
 */
@Command(name = "herald stream", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Runs Herald's pipeline as a Flink job: raw articles from a Kafka topic (JSON Lines format, one "
        + "article a record) or files, results to PREFIX.articles, .events, .quotes, .entities, .linked-events and "
        + ".errors, exactly once.")
public final class StreamMain implements Callable<Integer> {
  private static final Pattern HOST_PORT = Pattern.compile("[^\\s,:]+:\\d{1,5}(,[^\\s,:]+:\\d{1,5})*");
  private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,200}");

  @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers, comma-separated")
  String bootstrap;

  @Option(names = "--in", paramLabel = "TOPIC", description = "topic of raw articles")
  String in;

  @Option(names = "--files", paramLabel = "DIR", description = "a backfill instead: a file or folder (text, HTML, "
      + "feeds, JSON Lines, WARC) on any Flink file system (file:///..., s3://..., hdfs://...)")
  String files;

  @Option(names = "--out-prefix", required = true, paramLabel = "PREFIX", description = "output topics' prefix")
  String outPrefix;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1", description = "tasks per operator "
      + "(default: ${DEFAULT-VALUE})")
  int parallelism;

  @Option(names = "--checkpoint-ms", paramLabel = "MS", defaultValue = "10000", description = "checkpoint "
      + "interval; output is committed at each (default: ${DEFAULT-VALUE})")
  long checkpointMs;

  @Option(names = "--bounded", description = "read the topic up to its current end, then stop")
  boolean bounded;

  @Option(names = "--group-id", paramLabel = "ID", defaultValue = "herald-stream",
      description = "consumer group for the topic (default: ${DEFAULT-VALUE})")
  String groupId;

  @Option(names = "--out-of-order-days", paramLabel = "DAYS", defaultValue = "3", description = "how late, in "
      + "days, event reports may come and still join a linked event (default: ${DEFAULT-VALUE})")
  int outOfOrderDays;

  @Option(names = "--jdbc", paramLabel = "URL", description = "also write articles and linked events into Herald's "
      + "store schema on PostgreSQL (jdbc:postgresql://HOST:PORT/DB; the tables are made when missing); the password "
      + "comes from the environment variable HERALD_JDBC_PASSWORD")
  String jdbc;

  @Option(names = "--jdbc-user", paramLabel = "USER", description = "the PostgreSQL user (default: the URL's)")
  String jdbcUser;

  @Option(names = "--actors", paramLabel = "FILE", description = "a user actor dictionary (PETRARCH/TABARI "
      + "format) read besides the built-in one, as herald extract does")
  java.nio.file.Path actors;

  @Option(names = "--agents", paramLabel = "FILE", description = "a user agent dictionary (PETRARCH/TABARI format)")
  java.nio.file.Path agents;

  @Option(names = "--verbs", paramLabel = "FILE", description = "a user verb dictionary (PETRARCH format)")
  java.nio.file.Path verbs;

  private final PrintWriter err;

  StreamMain(PrintWriter err) {
    this.err = err;
  }

  /** Runs {@code herald stream} with {@code args}; exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs {@code herald stream} with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new StreamMain(err));
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("herald stream: " + oneLine(e.getMessage()) + " [" + ErrorCodes.USAGE_VALUE + "]");
      return 2;
    });
    cli.setExecutionExceptionHandler((e, c, p) -> {
      err.println("herald stream: the job failed: " + oneLine(rootCause(e)) + " [" + ErrorCodes.STAGE_FAILED + "]");
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    String problem = check();
    if (problem != null) {
      err.println("herald stream: " + problem + " [" + ErrorCodes.USAGE_VALUE + "]");
      return 2;
    }
    StreamOptions o = new StreamOptions(bootstrap, in, files, outPrefix, parallelism, checkpointMs, bounded,
        groupId, outOfOrderDays);
    Dictionaries dictionaries;
    try {
      dictionaries = Dictionaries.read(actors, agents, verbs);
    } catch (HeraldException e) {
      err.println("herald stream: " + e.getMessage() + " [" + e.code() + "]");
      return 1;
    }
    PostgresTarget store = jdbc == null ? null
        : new PostgresTarget(jdbc, jdbcUser, System.getenv("HERALD_JDBC_PASSWORD"));
    StreamJob.run(o, dictionaries, store, new Configuration());
    return 0;
  }

  /** What is wrong with the options, or null. */
  String check() {
    if ((in == null) == (files == null)) {
      return in == null ? "give --in TOPIC or --files DIR" : "give --in TOPIC or --files DIR, not both";
    }
    if (!HOST_PORT.matcher(bootstrap).matches()) {
      return "--bootstrap wants HOST:PORT[,HOST:PORT...], not '" + bootstrap + "'";
    }
    if (in != null && !TOPIC.matcher(in).matches()) {
      return "--in is not a Kafka topic name: '" + in + "'";
    }
    if (!TOPIC.matcher(outPrefix).matches()) {
      return "--out-prefix must be letters, digits, '.', '_' or '-': '" + outPrefix + "'";
    }
    if (parallelism < 1 || parallelism > 1024) {
      return "--parallelism must be 1 to 1024, not " + parallelism;
    }
    if (checkpointMs < 10) {
      return "--checkpoint-ms must be at least 10, not " + checkpointMs;
    }
    if (outOfOrderDays < 0) {
      return "--out-of-order-days must not be negative";
    }
    if (jdbc != null && !jdbc.startsWith("jdbc:postgresql:")) {
      return "--jdbc wants a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DB), not '" + jdbc + "'";
    }
    if (jdbcUser != null && jdbc == null) {
      return "--jdbc-user needs --jdbc";
    }
    return null;
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
