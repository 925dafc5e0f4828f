package org.herald.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.herald.ErrorCodes;
import org.herald.Herald;
import org.herald.HeraldException;
import org.herald.data.DataFolder;
import org.herald.server.HeraldServer;
import org.herald.server.ServerConfig;
import org.herald.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald serve}: the REST API and web UI over the store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the store: a REST API under /api/ (described at /api/openapi.json) and a web UI at / "
        + "for search, articles with their annotations, events, a timeline, the actor network and a map.",
        "Listens on 127.0.0.1 unless --bind says otherwise. Beyond localhost, POST /api/articles needs the token "
            + "in HERALD_TOKEN (sent as 'Authorization: Bearer TOKEN'); without one, ingestion is closed."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped cleanly", "1:the store or the server failed", "2:bad usage (a taken port)"})
final class ServeCommand extends ConsoleAware implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions stores;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7777",
      description = "The port to listen on (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_BIND,
      description = "The address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String bind;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "2097152",
      description = "The largest request body accepted (default ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--max-page", paramLabel = "N", defaultValue = "500",
      description = "The most items one page of results holds (default ${DEFAULT-VALUE}).")
  int maxPage;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--port must be 0-65535, not " + port);
    }
    if (maxBody < 1 || maxPage < 1) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--max-body and --max-page must be positive");
    }
    ServerConfig config = new ServerConfig(bind, port, System.getenv("HERALD_TOKEN"), maxBody, maxPage);
    try (Store store = Store.open(stores.storePath())) {
      serve(store, config, console);
    }
    return 0;
  }

  /** Serves {@code store} until the process is stopped (Ctrl-C) or this thread is interrupted. */
  static void serve(Store store, ServerConfig config, Console console) {
    CountDownLatch stop = new CountDownLatch(1);
    boolean interrupted = false;
    try (HeraldServer server = HeraldServer.start(store, config,
        () -> Herald.pipeline(DataFolder.current().pipelineResources()))) {
      Thread hook = new Thread(() -> {
        server.close();
        stop.countDown();
      }, "herald-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      console.err().println("herald: serving " + store.path() + " at " + server.url() + " (API: " + server.url()
          + "api/openapi.json); Ctrl-C stops");
      if (!config.isLoopback()) {
        console.err().println("herald: listening beyond localhost on " + config.bind() + "; ingestion is "
            + (config.token() == null ? "closed (no HERALD_TOKEN)" : "guarded by HERALD_TOKEN"));
      }
      try {
        stop.await();
      } catch (InterruptedException e) {
        interrupted = true; // restored once the server is closed: closing waits for its threads
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is already shutting down: the hook is stopping the server
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
