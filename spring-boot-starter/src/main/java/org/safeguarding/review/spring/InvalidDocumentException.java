package org.safeguarding.review.spring;

import java.util.Objects;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.ValidationReport;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A request or response body that is not a valid document, with the report of every problem.
 * Spring MVC answers it as {@link InvalidDocumentProblems} says: HTTP 400, or 413 when the body
 * breaks a reading limit, with the report as problem details.
 */
public class InvalidDocumentException extends HttpMessageNotReadableException {

  private static final long serialVersionUID = 1L;

  /** The report: issues never quote the document's values. */
  private final transient ValidationReport report;

  /**
   * An exception for a body that is not a valid document.
   *
   * @param report every problem found, at least one of them an error
   * @param body the body read
   */
  public InvalidDocumentException(ValidationReport report, HttpInputMessage body) {
    super(summary(report), body);
    this.report = Objects.requireNonNull(report, "report");
  }

  private static String summary(ValidationReport report) {
    int errors = report.errors().size();
    return "The body is not a valid document: " + errors + (errors == 1 ? " error" : " errors");
  }

  /** {@return the report of every problem found, in the order of the body} */
  public ValidationReport getReport() {
    return report;
  }

  /** {@return whether the body broke a reading limit, such as its size} */
  public boolean isOverALimit() {
    return report.hasErrors(IssueCategory.LIMIT);
  }
}
