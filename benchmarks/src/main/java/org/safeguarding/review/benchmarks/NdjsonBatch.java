package org.safeguarding.review.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Writes a batch of learning summaries as NDJSON, one compact JSON document a line, for testing
 * {@code srm validate --ndjson} and other batch readers at scale:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.safeguarding.review.benchmarks.NdjsonBatch \
 *     OUT.ndjson SIZE_IN_MB [INVALID_EVERY_N]
 * </pre>
 *
 * <p>It writes whole lines up to {@code SIZE_IN_MB} mebibytes (1 MB = 1,048,576 bytes; a decimal
 * such as {@code 0.5} is allowed), stopping before the line that would pass it. Line {@code n}
 * holds the document {@code synthetic-n}; with {@code INVALID_EVERY_N}, lines N, 2N, 3N and so on
 * are invalid, in four kinds in turn (a blank title, a subject given twice, an unknown property,
 * JSON cut short). The same arguments always give the same file. Each line is built, written and
 * dropped, so memory use does not grow with the size.
 *
 * <p>Exit status: 0 written, 1 the file could not be written, 2 wrong arguments.
 */
public final class NdjsonBatch {

  /** Bytes in a mebibyte. */
  public static final long MEBIBYTE = 1_048_576L;

  private static final String USAGE =
      "Usage: java -cp benchmarks.jar org.safeguarding.review.benchmarks.NdjsonBatch"
          + " OUT.ndjson SIZE_IN_MB [INVALID_EVERY_N]";

  /**
   * What a batch holds.
   *
   * @param documents how many lines (documents) were written
   * @param invalidDocuments how many of them are invalid
   * @param bytes the file's size in bytes
   */
  public record Summary(long documents, long invalidDocuments, long bytes) {}

  private NdjsonBatch() {}

  /** Writes a batch as the class description says, and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Writes a batch from command line arguments, reporting on {@code out} and {@code err}.
   *
   * @return the exit status: 0 written, 1 the file could not be written, 2 wrong arguments
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2 || args.length > 3) {
      err.println(USAGE);
      return 2;
    }
    Path file;
    long bytes;
    int invalidEvery;
    try {
      file = Path.of(args[0]);
      bytes = mebibytes(args[1]);
      invalidEvery = args.length == 3 ? Integer.parseInt(args[2]) : 0;
    } catch (NumberFormatException | ArithmeticException | InvalidPathException e) {
      err.println(USAGE);
      return 2;
    }
    if (bytes <= 0 || (args.length == 3 && invalidEvery < 1)) {
      err.println("SIZE_IN_MB must be above 0 and INVALID_EVERY_N at least 1. " + USAGE);
      return 2;
    }
    try {
      Summary summary = write(file, bytes, invalidEvery);
      out.printf(
          "%s: %d bytes, %d documents, %d of them invalid%n",
          file, summary.bytes(), summary.documents(), summary.invalidDocuments());
      return 0;
    } catch (IOException e) {
      err.println("Cannot write " + file + ": " + e.getMessage());
      return 1;
    }
  }

  /**
   * Writes a batch to {@code file}, replacing it.
   *
   * @param maxBytes the most the file may hold; it holds less by under one line
   * @param invalidEvery makes lines {@code invalidEvery}, twice that and so on invalid; 0 for none
   * @throws IOException if the file cannot be written
   */
  public static Summary write(Path file, long maxBytes, int invalidEvery) throws IOException {
    long written = 0;
    long documents = 0;
    long invalid = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long line = 1; ; line++) {
        boolean isInvalid = invalidEvery > 0 && line % invalidEvery == 0;
        byte[] json = BatchLines.json(line, isInvalid, invalid);
        if (written + json.length > maxBytes) {
          break;
        }
        out.write(json);
        written += json.length;
        documents++;
        if (isInvalid) {
          invalid++;
        }
      }
    }
    return new Summary(documents, invalid, written);
  }

  private static long mebibytes(String text) {
    return new BigDecimal(text)
        .multiply(BigDecimal.valueOf(MEBIBYTE))
        .setScale(0, RoundingMode.DOWN)
        .longValueExact();
  }
}
