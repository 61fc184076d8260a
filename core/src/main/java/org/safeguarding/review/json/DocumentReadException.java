package org.safeguarding.review.json;

import java.util.stream.Collectors;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.ValidationReport;

/**
 * Thrown when JSON cannot be read as a valid document. It carries the full {@linkplain #getReport()
 * report}: every problem found, each with a JSON Pointer and a plain message. Its own message
 * lists the first few errors and, like the report, never repeats a value from the input.
 */
public class DocumentReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int ERRORS_IN_MESSAGE = 5;

  /** What kind of failure this is, from the categories of the report's errors. */
  public enum Kind {
    /** The input is not JSON at all, or not well-formed JSON ({@link IssueCategory#READING}). */
    MALFORMED_JSON("Not well-formed JSON"),
    /** The input breaks a reading limit ({@link IssueCategory#LIMIT}), such as its size or nesting depth. */
    LIMIT_EXCEEDED("Beyond a reading limit"),
    /** The input is well-formed JSON but not a valid document of the type asked for. */
    INVALID_DOCUMENT("Not a valid document");

    private final String summary;

    Kind(String summary) {
      this.summary = summary;
    }

    /**
     * The kind of a report's failure: malformed if any error is a reading error, else beyond a
     * limit if any error is, else an invalid document.
     *
     * @param report a report with at least one error
     * @return the kind of failure
     */
    public static Kind of(ValidationReport report) {
      if (report.hasErrors(IssueCategory.READING)) {
        return MALFORMED_JSON;
      }
      return report.hasErrors(IssueCategory.LIMIT) ? LIMIT_EXCEEDED : INVALID_DOCUMENT;
    }
  }

  /** What kind of failure this is. */
  private final Kind kind;
  private final transient ValidationReport report;

  /**
   * An exception of {@code kind} carrying {@code report}, which has at least one error.
   *
   * @param kind what kind of failure it is, as {@link Kind#of(ValidationReport)} finds it
   * @param report every problem found
   */
  public DocumentReadException(Kind kind, ValidationReport report) {
    super(summary(kind, report));
    this.kind = kind;
    this.report = report;
  }

  /** {@return what kind of failure this is} */
  public Kind getKind() {
    return kind;
  }

  /** {@return every problem found, errors and warnings, in document order} */
  public ValidationReport getReport() {
    return report;
  }

  private static String summary(Kind kind, ValidationReport report) {
    int errors = report.errors().size();
    String head =
        kind.summary
            + ": "
            + errors
            + (errors == 1 ? " error" : " errors");
    String firstErrors =
        report.errors().stream()
            .limit(ERRORS_IN_MESSAGE)
            .map(issue -> "\n  " + issue)
            .collect(Collectors.joining());
    String more = errors > ERRORS_IN_MESSAGE ? "\n  ..." : "";
    return head + firstErrors + more;
  }
}
