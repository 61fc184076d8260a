package org.safeguarding.review.report;

/** How serious a {@link ValidationIssue} is. Only errors make a document invalid. */
public enum Severity {
  /** The document breaks a rule and is invalid. */
  ERROR,
  /** Something a reader should look at; the document stays valid. */
  WARNING
}
