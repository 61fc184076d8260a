package org.safeguarding.review.spring;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguarding.review.report.ValidationIssue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a body that is not a valid document with problem details (RFC 9457, {@code
 * application/problem+json}): status 400, or 413 when the body breaks a reading limit such as its
 * size, and the report as the extension member {@code issues}, one object per issue with its
 * {@code pointer}, {@code severity}, {@code code}, {@code message} and, for a problem found in the
 * JSON text, its {@code line} and {@code column}. Messages name the place and the rule, never a
 * value of the document.
 *
 * <p>It comes before Spring's and the application's other handlers of unreadable bodies.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InvalidDocumentProblems {

  /** The problem type: the page that lists every issue code. */
  public static final URI TYPE =
      URI.create("https://github.com/safeguarding-review/safeguarding-review-model/blob/main/docs/issue-codes.md");

  private static final int CONTENT_TOO_LARGE = 413;
  private static final int BAD_REQUEST = 400;

  /** Creates the handler; the auto-configuration does. */
  public InvalidDocumentProblems() {}

  /**
   * {@return the problem details for a body that is not a valid document}
   *
   * @param invalid the exception, with its report
   */
  @ExceptionHandler(InvalidDocumentException.class)
  public ResponseEntity<ProblemDetail> invalidDocument(InvalidDocumentException invalid) {
    HttpStatusCode status = HttpStatusCode.valueOf(invalid.isOverALimit() ? CONTENT_TOO_LARGE : BAD_REQUEST);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, invalid.getMessage());
    problem.setType(TYPE);
    problem.setTitle(invalid.isOverALimit() ? "The document is over a reading limit" : "The document is not valid");
    problem.setProperty("issues", invalid.getReport().issues().stream().map(InvalidDocumentProblems::issue).toList());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static Map<String, Object> issue(ValidationIssue issue) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("pointer", issue.pointer().toString());
    fields.put("severity", issue.severity().name());
    fields.put("code", issue.code().text());
    fields.put("message", issue.message());
    issue.location().ifPresent(location -> {
      fields.put("line", location.line());
      fields.put("column", location.column());
    });
    return fields;
  }
}
