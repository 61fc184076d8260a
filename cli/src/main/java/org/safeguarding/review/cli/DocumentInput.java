package org.safeguarding.review.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;

/**
 * Reads documents from an input: a whole file as one document, or an NDJSON batch one line at a
 * time, so that a batch of any size is read in constant memory. A file or line over the document
 * size limit is not read whole.
 */
final class DocumentInput {

  /** Receives each NDJSON record with its line number, or the line number of one too long to read. */
  interface RecordHandler {
    void record(long line, byte[] json);

    void tooLong(long line);
  }

  private DocumentInput() {}

  /**
   * The bytes of a whole-file document, or up to one byte more than the size limit. Whether they
   * are JSON at all is the library's judgement, not this reader's.
   */
  static byte[] document(Inputs.Input input, InputStream stdin, ReadLimits limits) throws IOException {
    try (InputStream in = input.open(stdin)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.get(ReadLimit.DOCUMENT_BYTES) + 1));
    }
  }

  /**
   * Reads an NDJSON batch line by line, as bytes: each record is decoded by the reader, as strictly
   * as a whole file. Blank lines are skipped, and a line longer than the document size limit is
   * skipped to its end and reported as too long.
   */
  static void records(Inputs.Input input, InputStream stdin, ReadLimits limits, RecordHandler handler) throws IOException {
    long max = limits.get(ReadLimit.DOCUMENT_BYTES);
    try (InputStream in = input.open(stdin)) {
      byte[] buffer = new byte[65536];
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      long number = 1;
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        int start = 0;
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            tooLong = tooLong || line.size() + (i - start) > max;
            if (!tooLong) {
              line.write(buffer, start, i - start);
            }
            finish(number++, line, tooLong, handler);
            line.reset();
            tooLong = false;
            start = i + 1;
          }
        }
        tooLong = tooLong || line.size() + (read - start) > max;
        if (tooLong) {
          line.reset();
        } else {
          line.write(buffer, start, read - start);
        }
      }
      if (tooLong || line.size() > 0) {
        finish(number, line, tooLong, handler);
      }
    }
  }

  private static void finish(long number, ByteArrayOutputStream line, boolean tooLong, RecordHandler handler) {
    if (tooLong) {
      handler.tooLong(number);
      return;
    }
    byte[] bytes = line.toByteArray();
    for (byte b : bytes) {
      if (" \t\r".indexOf(b) < 0) {
        handler.record(number, bytes);
        return;
      }
    }
  }
}
