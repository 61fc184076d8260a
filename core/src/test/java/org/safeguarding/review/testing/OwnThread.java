package org.safeguarding.review.testing;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work that may block (reading a pipe, waiting for a process) run on a thread of its own. Not
 * {@code CompletableFuture.supplyAsync(work)}: its common pool has one worker on a machine of two
 * cores, and since Java 25 it uses that worker even then, so one blocked task keeps every later
 * task waiting (ServeIT hung on Java 25 this way: the SIGTERM that should end the service never
 * left the queue, behind a reader of the service's log).
 */
public final class OwnThread {

  private OwnThread() {}

  /** {@return the result of {@code work}, run on a new daemon thread named {@code name}} */
  public static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(work.get());
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  /** {@return a future that completes once {@code work}, run as {@link #supply}, has ended} */
  public static CompletableFuture<Void> run(String name, Runnable work) {
    return supply(name, () -> {
      work.run();
      return null;
    });
  }
}
