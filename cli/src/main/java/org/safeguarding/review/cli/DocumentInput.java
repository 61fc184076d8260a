package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.safeguarding.review.json.ReadLimits;

/**
 * Reads documents from an input: a whole file as one document, or an NDJSON batch one line at a
 * time, so that a batch of any size is read in constant memory. A file or line over the document
 * size limit is not read whole.
 */
final class DocumentInput {

  /** Receives each NDJSON record with its line number, or the line number of one too long to read. */
  interface RecordHandler {
    void record(long line, String json);

    void tooLong(long line);
  }

  private DocumentInput() {}

  /**
   * The bytes of a whole-file document, or up to one byte more than the size limit.
   *
   * @throws InputException if the file is empty or is not JSON at all
   */
  static byte[] document(Inputs.Input input, InputStream stdin, ReadLimits limits) throws IOException {
    byte[] bytes;
    try (InputStream in = input.open(stdin)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
    }
    int first = firstSignificant(bytes);
    if (first < 0) {
      throw new InputException(input.name() + ": the file is empty");
    }
    if ("{[\"-0123456789tfn".indexOf(bytes[first]) < 0) {
      throw new InputException(input.name() + ": not JSON (a JSON document starts with '{')");
    }
    return bytes;
  }

  /**
   * Reads an NDJSON batch line by line; blank lines are skipped, and a line longer than the
   * document size limit is skipped to its end and reported as too long.
   */
  static void records(Inputs.Input input, InputStream stdin, ReadLimits limits, RecordHandler handler) throws IOException {
    long max = limits.maxDocumentBytes();
    try (Reader reader = new InputStreamReader(input.open(stdin), StandardCharsets.UTF_8)) {
      char[] buffer = new char[8192];
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      long number = 1;
      for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
        for (int i = 0; i < read; i++) {
          char c = buffer[i];
          if (c == '\n') {
            finish(number++, line, tooLong, handler);
            line.setLength(0);
            tooLong = false;
          } else if (!tooLong) {
            line.append(c);
            if (line.length() > max) {
              tooLong = true;
              line.setLength(0);
            }
          }
        }
      }
      if (tooLong || !line.isEmpty()) {
        finish(number, line, tooLong, handler);
      }
    }
  }

  private static void finish(long number, StringBuilder line, boolean tooLong, RecordHandler handler) {
    if (tooLong) {
      handler.tooLong(number);
    } else if (!line.toString().isBlank()) {
      handler.record(number, line.toString());
    }
  }

  /** The index of the first byte that is not whitespace or a UTF-8 byte order mark, or -1. */
  private static int firstSignificant(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (" \t\r\n".indexOf(bytes[i]) < 0) {
        return i;
      }
    }
    return -1;
  }
}
