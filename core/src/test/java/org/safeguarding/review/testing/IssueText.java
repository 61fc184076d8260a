package org.safeguarding.review.testing;

import org.safeguarding.review.report.ValidationIssue;

/** An issue's parts as the text reports write, for tests that compare them with text. */
public final class IssueText {

  private IssueText() {}

  /**
   * {@return the issue's pointer as JSON Pointer text}
   *
   * @param issue the issue
   */
  public static String pointer(ValidationIssue issue) {
    return issue.pointer().toString();
  }
}
