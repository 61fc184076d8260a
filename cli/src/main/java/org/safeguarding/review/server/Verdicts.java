package org.safeguarding.review.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.safeguarding.review.json.ReadLimits;

/**
 * What the service answers with, given by the command line so that both write the same reports:
 * each report is the JSON array of {@code srm validate --format json}, without the {@code file}
 * member.
 */
public interface Verdicts {

  /**
   * How to check documents: the options of {@code srm validate}.
   *
   * @param lenient unknown properties are warnings rather than errors
   * @param failOnWarning a warning makes a document invalid
   * @param limits the reading limits
   */
  record CheckOptions(boolean lenient, boolean failOnWarning, ReadLimits limits) {}

  /**
   * A report and its verdict.
   *
   * @param json the report, a JSON array of issues ending in a line break
   * @param valid whether every document is valid, as the exit status of {@code srm validate} says
   */
  record Report(byte[] json, boolean valid) {}

  /**
   * A rendered document, or the report of why it cannot be rendered.
   *
   * @param text the rendered text, when the document is valid
   * @param report the document's report
   */
  record Rendering(Optional<String> text, Report report) {}

  /** The formats of {@code /v1/render}. */
  enum RenderFormat {
    /** Markdown, as {@code srm render} writes it. */
    markdown,
    /** An HTML page, as {@code srm render --format html} writes it. */
    html
  }

  /**
   * {@return the report of one document, as {@code srm validate --format json -} writes it}
   *
   * @param document the document's bytes, as sent
   * @param options how to check it
   */
  Report validate(byte[] document, CheckOptions options);

  /**
   * Writes the report of an NDJSON batch to {@code out} while its records are read, as {@code srm
   * validate --ndjson --format json -} does. When reading the batch fails, the report is left
   * unfinished.
   *
   * @param batch the records, one a line
   * @param options how to check them
   * @param out where the report goes
   * @throws IOException when the batch cannot be read or the report written
   */
  void validateBatch(InputStream batch, CheckOptions options, OutputStream out) throws IOException;

  /**
   * {@return one document rendered, as {@code srm render} renders it, or its report}
   *
   * @param document the document's bytes, as sent
   * @param format what to render it as
   * @param limits the reading limits
   */
  Rendering render(byte[] document, RenderFormat format, ReadLimits limits);

  /**
   * {@return the statistics of an NDJSON batch, as {@code srm stats --ndjson --format json -} writes them}
   *
   * @param batch the records, one a line
   * @param limits the reading limits
   * @throws IOException when the batch cannot be read
   */
  String stats(InputStream batch, ReadLimits limits) throws IOException;

  /**
   * {@return a published JSON Schema by the name {@code srm schema} takes, or empty for an unknown name}
   *
   * @param name RapidReview, LearningSummary or definitions
   */
  Optional<byte[]> schema(String name);
}
