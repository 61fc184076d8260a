package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;

/**
 * Checks the records of NDJSON batches on several threads while keeping their order and constant
 * memory. Records go to the threads in chunks (up to {@value #CHUNK_RECORDS} records or {@value
 * #CHUNK_BYTES} bytes), so that threads rarely wait on one another; at most a few chunks per
 * thread are in flight, and each record's result is handed on, in line order, once its chunk and
 * every chunk before it are done. What a check makes of a record is the command's: {@code validate}
 * keeps its report, {@code stats} its counts.
 *
 * <p>Memory is bounded whatever the number of threads: the records being checked at once hold
 * together at most one largest document's bytes (the limit {@code document-bytes}, and at least 1 MiB), so
 * that lines near the limit are checked one at a time and small ones side by side; and the records
 * read but not yet handed on hold at most twice that. A record whose check fails (a JVM error such
 * as running out of memory, or an exception) gets a report that says so, and the batch carries on.
 *
 * @param <R> what checking one record gives
 */
final class RecordValidation<R> implements AutoCloseable {

  /** How a command checks each record. */
  interface RecordCheck<R> {

    /** Checks one record, or a whole file, read as bytes; runs on any thread. */
    R check(byte[] json);

    /** The result for a record that was too long to read, with the report that says so. */
    R unread(ValidationReport report);
  }

  /** Receives each record's result, in line order, on the thread that reads the batch. */
  @FunctionalInterface
  interface RecordResults<R> {
    void result(String file, long line, R result);

    /**
     * Called after the results of a chunk of records, or of a whole file, have been handed on: what
     * was written for them can be flushed now, once a chunk rather than once a line.
     */
    default void handed() {}

    /**
     * Called for an input that could not be used or read, after its one line on standard error:
     * {@code reason} says why, such as {@code no such file or folder}.
     */
    default void unreadable(String file, String reason) {}
  }

  /** A record read, with how to check it and its size. */
  private record Item<R>(long line, Supplier<R> check, int bytes) {}

  /** A chunk of records being checked, or checked, with the bytes it holds. */
  private record Pending<R>(List<Long> lines, Future<List<R>> results, long bytes) {}

  private static final int CHUNK_RECORDS = 32;
  private static final int CHUNK_BYTES = 256 * 1024;
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final RecordCheck<R> check;
  private final ReadLimits limits;
  private final ExecutorService pool;
  private final int window;
  /** The kibibytes of records that may be checked at once. */
  private final Semaphore checking;
  private final int checkingKib;
  /** The bytes of records that may wait, read and not yet handed on. */
  private final long waitingBytes;

  /** Checks records with {@code check} on {@code threads} threads (1: on the caller's thread). */
  RecordValidation(RecordCheck<R> check, ReadLimits limits, int threads) {
    this.check = check;
    this.limits = limits;
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
    this.window = threads * IN_FLIGHT_PER_THREAD;
    long budget = Math.max(limits.get(ReadLimit.DOCUMENT_BYTES), 1024 * 1024);
    this.checkingKib = (int) Math.min(Integer.MAX_VALUE, budget / 1024 + 1);
    this.checking = new Semaphore(checkingKib);
    this.waitingBytes = 2 * budget;
  }

  /** Checks every record of one batch, handing each result to {@code results} in line order. */
  void batch(Inputs.Input input, InputStream stdin, RecordResults<R> results) throws IOException {
    Batch batch = new Batch(input, results);
    DocumentInput.records(
        input,
        stdin,
        limits,
        new DocumentInput.RecordHandler() {
          @Override
          public void record(long line, byte[] bytes) {
            batch.add(new Item<>(line, () -> check.check(bytes), bytes.length));
          }

          @Override
          public void tooLong(long line) {
            ValidationReport report = ValidationReport.of(ValidationIssue.of(
                IssueCode.JSON_LIMIT_EXCEEDED, Pointer.root(), "the line is longer than " + ReadLimit.DOCUMENT_BYTES.inWords() + ", " + limits.get(ReadLimit.DOCUMENT_BYTES) + " bytes"));
            R unread = check.unread(report);
            batch.add(new Item<>(line, () -> unread, 0));
          }
        });
    batch.finish();
  }

  /** The records of one batch: the chunk being filled, and the chunks in flight. */
  private final class Batch {
    private final Inputs.Input input;
    private final RecordResults<R> results;
    private final Deque<Pending<R>> inFlight = new ArrayDeque<>();
    private final List<Item<R>> chunk = new ArrayList<>();
    private long chunkBytes;
    private long inFlightBytes;

    Batch(Inputs.Input input, RecordResults<R> results) {
      this.input = input;
      this.results = results;
    }

    void add(Item<R> item) {
      chunk.add(item);
      chunkBytes += item.bytes();
      if (chunk.size() >= CHUNK_RECORDS || chunkBytes >= CHUNK_BYTES) {
        submitChunk();
      }
    }

    /** Checks what is left and reports every record not yet reported. */
    void finish() {
      if (!chunk.isEmpty()) {
        submitChunk();
      }
      while (!inFlight.isEmpty()) {
        handOldest();
      }
    }

    private void submitChunk() {
      inFlight.add(submit(List.copyOf(chunk), chunkBytes));
      inFlightBytes += chunkBytes;
      chunk.clear();
      chunkBytes = 0;
      while (inFlight.size() >= window || inFlight.size() > 1 && inFlightBytes > waitingBytes) {
        handOldest();
      }
    }

    private void handOldest() {
      Pending<R> oldest = inFlight.poll();
      inFlightBytes -= oldest.bytes();
      hand(oldest, input, results);
    }
  }

  private Pending<R> submit(List<Item<R>> items, long bytes) {
    List<Long> lines = items.stream().map(Item::line).toList();
    if (pool == null) {
      return new Pending<>(lines, CompletableFuture.completedFuture(checkAll(items)), bytes);
    }
    return new Pending<>(lines, pool.submit(() -> checkAll(items)), bytes);
  }

  private List<R> checkAll(List<Item<R>> items) {
    return items.stream().map(this::checkOne).toList();
  }

  /**
   * Checks one record within the memory budget; a check that fails gives a report saying so, and
   * the batch carries on.
   */
  private R checkOne(Item<R> item) {
    int kib = Math.min(checkingKib, item.bytes() / 1024 + 1);
    checking.acquireUninterruptibly(kib);
    try {
      return item.check().get();
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError failure) {
      String why = failure instanceof OutOfMemoryError
          ? "checking the record needed more memory than the JVM has; give it more (-Xmx) or fewer threads (--threads)"
          : "the record could not be checked (" + failure.getClass().getSimpleName() + "); the other records are checked";
      return check.unread(ValidationReport.of(ValidationIssue.of(IssueCode.JSON_LIMIT_EXCEEDED, Pointer.root(), why)));
    } finally {
      checking.release(kib);
    }
  }

  private static <R> void hand(Pending<R> chunk, Inputs.Input input, RecordResults<R> results) {
    List<R> done;
    try {
      done = chunk.results().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while checking records", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }
    for (int i = 0; i < done.size(); i++) {
      results.result(input.name(), chunk.lines().get(i), done.get(i));
    }
    results.handed();
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return task -> {
      Thread thread = new Thread(task, "srm-worker");
      thread.setDaemon(true);
      return thread;
    };
  }
}
