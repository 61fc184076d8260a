package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.validation.Codes;
import org.safeguarding.review.validation.ValidationIssue;
import org.safeguarding.review.validation.ValidationReport;

/**
 * Checks the records of NDJSON batches on several threads while keeping their order and constant
 * memory: at most a few records per thread are in flight, and each is reported, in line order, as
 * soon as it and every record before it are done.
 */
final class RecordValidation implements AutoCloseable {

  /** A record being checked, or checked. */
  private record Pending(long line, Future<ValidationReport> report) {}

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
    Deque<Pending> pending = new ArrayDeque<>();
    DocumentInput.records(
        input,
        stdin,
        limits,
        new DocumentInput.RecordHandler() {
          @Override
          public void record(long line, byte[] bytes) {
            add(new Pending(line, pool == null ? CompletableFuture.completedFuture(check.apply(bytes)) : pool.submit(() -> check.apply(bytes))));
          }

          @Override
          public void tooLong(long line) {
            add(new Pending(line, CompletableFuture.completedFuture(ValidationReport.of(ValidationIssue.error(
                Codes.JSON_LIMIT_EXCEEDED, "", "the line is longer than maxDocumentBytes, " + limits.maxDocumentBytes() + " bytes")))));
          }

          private void add(Pending record) {
            pending.add(record);
            while (pending.size() >= window) {
              report(pending.poll(), input, reports);
            }
          }
        });
    while (!pending.isEmpty()) {
      report(pending.poll(), input, reports);
    }
  }

  /** Receives one record's report. */
  @FunctionalInterface
  interface RecordReports {
    void report(String file, long line, ValidationReport report);
  }

  private static void report(Pending record, Inputs.Input input, RecordReports reports) {
    try {
      reports.report(input.name(), record.line(), record.report().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while checking records", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
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
