package org.herald.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C into a request the batch loop polls between articles: the shutdown hook raises the flag, then
 * waits (a few seconds at most) until the loop has finished its current article and closed its sinks.
 */
final class Interrupts implements AutoCloseable {
  private volatile boolean requested;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private Interrupts() {
    hook = new Thread(() -> {
      requested = true;
      try {
        finished.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "herald-interrupt");
  }

  static Interrupts install() {
    Interrupts i = new Interrupts();
    try {
      Runtime.getRuntime().addShutdownHook(i.hook);
    } catch (IllegalStateException e) {
      // already shutting down: nothing to install
    }
    return i;
  }

  boolean requested() {
    return requested;
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down: the hook is running and has just been released
    }
  }
}
