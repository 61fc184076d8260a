package org.safeguarding.review.check;

import java.util.List;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.report.ValidationIssue;

/**
 * A check of a whole document, run after its Bean Validation constraints: the domain rules, the
 * statutory timescales, the privacy scan, or an application's own. A {@code ModelValidator} is
 * made from a list of them, and every reader given that validator runs them.
 *
 * <p>Implementations are thread-safe, never throw for a document built by the model's builders,
 * and report each problem at the JSON Pointer of its place, from the document's {@link
 * DocumentParts} or the model's metadata.
 */
@FunctionalInterface
public interface DocumentCheck {

  /**
   * {@return the problems found in {@code document}, in any order; never {@code null}}
   *
   * @param document the document to check, already bound and checked against its constraints
   */
  List<ValidationIssue> check(ReviewDocument document);
}
