package org.safeguarding.review.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
    if (!isWideText(bytes) && "{[\"-0123456789tfn".indexOf(bytes[first]) < 0) {
      throw new InputException(input.name() + ": not JSON (a JSON document starts with '{')");
    }
    return bytes;
  }

  /**
   * Reads an NDJSON batch line by line, as bytes: each record is decoded by the reader, as strictly
   * as a whole file. Blank lines are skipped, and a line longer than the document size limit is
   * skipped to its end and reported as too long.
   */
  static void records(Inputs.Input input, InputStream stdin, ReadLimits limits, RecordHandler handler) throws IOException {
    long max = limits.maxDocumentBytes();
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

  /** Whether the bytes are UTF-16 or UTF-32, as a byte order mark or a zero in the first four bytes shows. */
  private static boolean isWideText(byte[] bytes) {
    boolean bigEndianMark = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF;
    boolean littleEndianMark = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
    if (bigEndianMark || littleEndianMark) {
      return true;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
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
