package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** NDJSON batches made from the valid fixture, for tests that need many records. */
final class Batches {

  private Batches() {}

  /** {@code records} lines: odd lines valid, even lines with a blank title. */
  static byte[] everyOtherRecordInvalid(int records) {
    String valid;
    try {
      valid = Files.readString(Path.of("src/test/resources/fixtures/valid-learning-summary.json")).replaceAll("\\s*\\n\\s*", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String invalid = valid.replace("\"Infant A\",\"format\"", "\" \",\"format\"");
    if (invalid.equals(valid)) {
      throw new IllegalStateException("the fixture's title has changed");
    }
    StringBuilder batch = new StringBuilder();
    for (int line = 1; line <= records; line++) {
      batch.append(line % 2 == 0 ? invalid : valid).append('\n');
    }
    return batch.toString().getBytes(StandardCharsets.UTF_8);
  }
}
