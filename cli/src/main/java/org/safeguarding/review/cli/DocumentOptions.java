package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.safeguarding.review.json.ReadLimits;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The documents a command reads and how, shared by {@code validate} and {@code stats}: the paths,
 * {@code --ndjson}, {@code --threads} and {@code --limit}; and the one loop over them that checks
 * each whole file on the caller's thread and each NDJSON record on the threads of {@link
 * RecordValidation}, in constant memory.
 */
final class DocumentOptions {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Option(names = "--ndjson", description = "Read batches with one document per line.")
  boolean ndjson;

  @Option(names = "--threads", paramLabel = "N",
      description = "Check NDJSON records on N threads, keeping their order; default: one per processor.")
  Integer threads;

  @Mixin LimitOptions limitOptions;

  /** The reading limits asked for. */
  ReadLimits limits() {
    return limitOptions.toLimits();
  }

  /**
   * Checks the options and finds the inputs, before the command writes anything: a bad option is an
   * {@link InputException}, and an input that cannot be used is one line on {@code err}.
   */
  Reading start(InputStream stdin, PrintWriter err) {
    ReadLimits limits = limits();
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new InputException("--threads must be at least 1");
    }
    return new Reading(Inputs.expand(paths, ndjson, err), limits, ndjson ? workers : 1, stdin, err);
  }

  /** The inputs found, ready to be read. */
  final class Reading {
    private final Inputs inputs;
    private final ReadLimits limits;
    private final int workers;
    private final InputStream stdin;
    private final PrintWriter err;

    private Reading(Inputs inputs, ReadLimits limits, int workers, InputStream stdin, PrintWriter err) {
      this.inputs = inputs;
      this.limits = limits;
      this.workers = workers;
      this.stdin = stdin;
      this.err = err;
    }

    /** {@return the inputs that can be read, files and standard input, in the order they are read} */
    List<Inputs.Input> inputs() {
      return inputs.inputs();
    }

    /**
     * Checks every document with {@code check} and hands each result to {@code results}, in the
     * order of the inputs and of their lines (line 0 for a whole file). An input that cannot be
     * used or read is one line on standard error, and handed to {@code results} as unreadable (the
     * names that could not be used first); the others are still read.
     *
     * @return how many inputs could not be used or read
     */
    <R> int checkEach(RecordValidation.RecordCheck<R> check, RecordValidation.RecordResults<R> results) {
      int inputErrors = inputs.errors();
      inputs.problems().forEach(problem -> results.unreadable(problem.name(), problem.reason()));
      try (RecordValidation<R> records = new RecordValidation<>(check, limits, workers)) {
        for (Inputs.Input input : inputs.inputs()) {
          try {
            if (ndjson) {
              records.batch(input, stdin, results);
            } else {
              results.result(input.name(), 0, check.check(DocumentInput.document(input, stdin, limits)));
              results.handed();
            }
          } catch (InputException | IOException | UncheckedIOException e) {
            err.println("srm: " + Failures.describe(e));
            results.unreadable(input.name(), Failures.reason(e));
            inputErrors++;
          }
        }
      }
      return inputErrors;
    }
  }
}
