package org.safeguarding.review.json;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.report.ValidationReport;

/**
 * What reading a document gave: the document, when the JSON had the right structure to be bound,
 * and the report of every problem found, from reading through to the domain rules.
 *
 * <p>A document can be present with errors in the report: it was bound but breaks a constraint or
 * a domain rule. Use {@link #isValid()} or {@link #orElseThrow()} to get only valid documents.
 *
 * @param document the document, when the JSON could be bound
 * @param report every problem found
 * @param <T> the document type
 */
public record ReadResult<T extends ReviewDocument>(Optional<T> document, ValidationReport report) {

  /**
   * Neither part may be null.
   *
   * @param document the document, when the JSON could be bound
   * @param report every problem found
   */
  public ReadResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(report, "report");
  }

  /** {@return whether a document was read and the report has no errors} */
  public boolean isValid() {
    return document.isPresent() && report.isValid();
  }

  /**
   * {@return this result with its document, if any, mapped by {@code mapping}, and the same report}
   *
   * @param <U> the document type of the result
   * @param mapping what the document becomes, such as a cast to another document type
   */
  public <U extends ReviewDocument> ReadResult<U> map(Function<? super T, ? extends U> mapping) {
    Objects.requireNonNull(mapping, "mapping");
    return new ReadResult<>(document.map(mapping), report);
  }

  /**
   * The document, if it is valid.
   *
   * @return the valid document
   * @throws DocumentReadException carrying the report, if there is no document or it has errors
   */
  public T orElseThrow() {
    if (!isValid()) {
      throw new DocumentReadException(DocumentReadException.Kind.of(report), report);
    }
    return document.get();
  }
}
