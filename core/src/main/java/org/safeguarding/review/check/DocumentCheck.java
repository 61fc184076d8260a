package org.safeguarding.review.check;

import java.util.List;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;

/**
 * A check of a whole document, run after its constraints: a domain rule, the statutory timescales,
 * the privacy scan, or an application's own. A {@code ModelValidator} walks each document once and
 * hands every check the same {@link DocumentParts}.
 *
 * <p>Implementations are thread-safe, never throw for a document built by the model's builders,
 * report each problem at the JSON Pointer of its place, from the parts or the model's metamodel, and
 * declare the codes they raise, which the registry of codes gathers.
 */
@FunctionalInterface
public interface DocumentCheck {

  /**
   * {@return the problems found in a document, in any order; never {@code null}}
   *
   * @param parts the document's parts, walked once for every check; the document itself is {@link
   *     DocumentParts#document()}
   */
  List<ValidationIssue> check(DocumentParts parts);

  /**
   * {@return the problems found in {@code document}: its parts walked for this check alone}
   *
   * @param document the document to check, already bound
   */
  default List<ValidationIssue> check(ReviewDocument document) {
    return check(DocumentParts.of(document));
  }

  /** {@return the codes this check's issues have; none declared unless the check says} */
  default List<IssueCode> codes() {
    return List.of();
  }
}
