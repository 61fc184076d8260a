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
import java.util.function.Function;
import java.util.function.Supplier;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Pointer;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;

/**
 * Checks the records of NDJSON batches on several threads while keeping their order and constant
 * memory. Records go to the threads in chunks (up to {@value #CHUNK_RECORDS} records or {@value
 * #CHUNK_BYTES} bytes), so that threads rarely wait on one another; at most a few chunks per
 * thread are in flight, and each record is reported, in line order, once its chunk and every chunk
 * before it are done.
 */
final class RecordValidation implements AutoCloseable {

  /** A record read, with how to check it. */
  private record Item(long line, Supplier<ValidationReport> check) {}

  /** A chunk of records being checked, or checked. */
  private record Pending(List<Long> lines, Future<List<ValidationReport>> reports) {}

  private static final int CHUNK_RECORDS = 32;
  private static final int CHUNK_BYTES = 256 * 1024;
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Function<byte[], ValidationReport> check;
  private final ReadLimits limits;
  private final ExecutorService pool;
  private final int window;

  /** Checks records with {@code check} on {@code threads} threads (1: on the caller's thread). */
  RecordValidation(Function<byte[], ValidationReport> check, ReadLimits limits, int threads) {
    this.check = check;
    this.limits = limits;
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
    this.window = threads * IN_FLIGHT_PER_THREAD;
  }

  /** Checks every record of one batch, handing each report to {@code reports} in line order. */
  void batch(Inputs.Input input, InputStream stdin, RecordReports reports) throws IOException {
    Batch batch = new Batch(input, reports);
    DocumentInput.records(
        input,
        stdin,
        limits,
        new DocumentInput.RecordHandler() {
          @Override
          public void record(long line, byte[] bytes) {
            batch.add(new Item(line, () -> check.apply(bytes)), bytes.length);
          }

          @Override
          public void tooLong(long line) {
            ValidationReport report = ValidationReport.of(ValidationIssue.of(
                IssueCode.JSON_LIMIT_EXCEEDED, Pointer.root(), "the line is longer than maxDocumentBytes, " + limits.maxDocumentBytes() + " bytes"));
            batch.add(new Item(line, () -> report), 0);
          }
        });
    batch.finish();
  }

  /** The records of one batch: the chunk being filled, and the chunks in flight. */
  private final class Batch {
    private final Inputs.Input input;
    private final RecordReports reports;
    private final Deque<Pending> inFlight = new ArrayDeque<>();
    private final List<Item> chunk = new ArrayList<>();
    private long chunkBytes;

    Batch(Inputs.Input input, RecordReports reports) {
      this.input = input;
      this.reports = reports;
    }

    void add(Item item, int bytes) {
      chunk.add(item);
      chunkBytes += bytes;
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
        report(inFlight.poll(), input, reports);
      }
    }

    private void submitChunk() {
      inFlight.add(submit(List.copyOf(chunk)));
      chunk.clear();
      chunkBytes = 0;
      while (inFlight.size() >= window) {
        report(inFlight.poll(), input, reports);
      }
    }
  }

  /** Receives one record's report. */
  @FunctionalInterface
  interface RecordReports {
    void report(String file, long line, ValidationReport report);
  }

  private Pending submit(List<Item> items) {
    List<Long> lines = items.stream().map(Item::line).toList();
    if (pool == null) {
      return new Pending(lines, CompletableFuture.completedFuture(checkAll(items)));
    }
    return new Pending(lines, pool.submit(() -> checkAll(items)));
  }

  private static List<ValidationReport> checkAll(List<Item> items) {
    return items.stream().map(item -> item.check().get()).toList();
  }

  private static void report(Pending chunk, Inputs.Input input, RecordReports reports) {
    List<ValidationReport> done;
    try {
      done = chunk.reports().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while checking records", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }
    for (int i = 0; i < done.size(); i++) {
      reports.report(input.name(), chunk.lines().get(i), done.get(i));
    }
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
