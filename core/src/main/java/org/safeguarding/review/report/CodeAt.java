package org.safeguarding.review.report;

import org.safeguarding.review.pointer.Pointer;

/**
 * A kind of problem at a place, whatever its wording: two issues with the same code at the same
 * pointer report the same problem, as when the schema and the model both find it.
 *
 * @param code the issue's code
 * @param pointer where the issue is
 */
public record CodeAt(IssueCode code, Pointer pointer) {

  /**
   * {@return the code and pointer of {@code issue}}
   *
   * @param issue the issue
   */
  public static CodeAt of(ValidationIssue issue) {
    return new CodeAt(issue.code(), issue.pointer());
  }
}
