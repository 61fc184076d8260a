package org.safeguarding.review.conformance;

import java.nio.file.Path;

/**
 * One input of the suite.
 *
 * @param id the input's case id, such as {@code hostile/bom-only}
 * @param path where the input is in the zip, such as {@code inputs/hostile/bom-only.json}
 * @param file the input in the repository
 * @param description what the input is
 */
record SuiteInput(String id, String path, Path file, String description) {

  /** Whether the input is an NDJSON batch, one document a line. */
  boolean ndjson() {
    return path.endsWith(".ndjson");
  }

  /** The media type the input is sent as. */
  String contentType() {
    return ndjson() ? "application/x-ndjson" : "application/json";
  }
}
