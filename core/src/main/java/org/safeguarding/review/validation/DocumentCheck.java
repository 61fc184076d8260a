package org.safeguarding.review.validation;

import java.util.List;
import org.safeguarding.review.ReviewDocument;

/**
 * A check of a whole document that {@link ModelValidator} runs besides Bean Validation, such as
 * the statutory timescales or the privacy scan. Implementations are thread-safe.
 */
@FunctionalInterface
public interface DocumentCheck {

  /** The problems found in {@code document}, in any order; never {@code null}. */
  List<ValidationIssue> check(ReviewDocument document);
}
