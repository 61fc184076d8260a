package org.safeguarding.review.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads documents from an input: a whole file as one document, or an NDJSON batch one line at a
 * time, so that a batch of any size is read in constant memory.
 */
final class DocumentInput {

  /** Receives each NDJSON record with its line number. */
  @FunctionalInterface
  interface RecordHandler {
    void record(long line, String json);
  }

  private DocumentInput() {}

  /**
   * The bytes of a whole-file document.
   *
   * @throws InputException if the file is empty or is not JSON at all
   */
  static byte[] document(Inputs.Input input, InputStream stdin) throws IOException {
    byte[] bytes;
    try (InputStream in = input.open(stdin)) {
      bytes = in.readAllBytes();
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

  /** Reads an NDJSON batch line by line; blank lines are skipped. */
  static void records(Inputs.Input input, InputStream stdin, RecordHandler handler) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(input.open(stdin), StandardCharsets.UTF_8))) {
      long line = 0;
      for (String record = reader.readLine(); record != null; record = reader.readLine()) {
        line++;
        if (!record.isBlank()) {
          handler.record(line, record);
        }
      }
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
