package org.safeguarding.review.report;

import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.pointer.Pointer;

/**
 * One problem found in a document: its severity, a stable {@link IssueCode}, a JSON Pointer to the
 * place built from JSON property names ({@code /sections/2/findings/0/themes/1}, or {@code ""} for
 * the whole document), and a plain-English message naming the field and what is allowed.
 *
 * <p>Messages never repeat a value from the document, which may hold personal data; the pointer
 * says where to look.
 *
 * @param severity how serious the problem is
 * @param code the kind of problem, such as {@link IssueCode#VALUE_BLANK}
 * @param pointer where the value or property concerned is (its text is a JSON Pointer, RFC 6901)
 * @param message a plain-English explanation
 * @param location where in the JSON text, for problems found while reading it
 */
public record ValidationIssue(
    Severity severity, IssueCode code, Pointer pointer, String message, Optional<SourceLocation> location) {

  /**
   * An issue; every part is required, {@code location} may be empty.
   *
   * @param severity how serious the problem is
   * @param code the kind of problem
   * @param pointer where the value or property concerned is
   * @param message a plain-English explanation
   * @param location where in the JSON text, for problems found while reading it
   */
  public ValidationIssue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  /**
   * {@return an issue of the code's default severity at {@code pointer}}
   *
   * @param code the kind of problem
   * @param pointer the value or property concerned
   * @param message a plain-English explanation that names the field and what is allowed, never the
   *     value
   */
  public static ValidationIssue of(IssueCode code, Pointer pointer, String message) {
    return new ValidationIssue(code.defaultSeverity(), code, pointer, message, Optional.empty());
  }

  /**
   * {@return an issue of {@code severity} at {@code pointer}}
   *
   * @param severity how serious the problem is, whatever the code's default
   * @param code the kind of problem
   * @param pointer the value or property concerned
   * @param message a plain-English explanation that names the field and what is allowed, never the
   *     value
   */
  public static ValidationIssue of(Severity severity, IssueCode code, Pointer pointer, String message) {
    return new ValidationIssue(severity, code, pointer, message, Optional.empty());
  }

  /**
   * {@return this issue, found at {@code location} in the JSON text}
   *
   * @param location the line and column
   */
  public ValidationIssue at(SourceLocation location) {
    return new ValidationIssue(severity, code, pointer, message, Optional.of(location));
  }

  /** One line: severity, pointer, code and message, and the location where known. */
  @Override
  public String toString() {
    String where = pointer.isRoot() ? "(document)" : pointer.toString();
    String at = location.map(l -> " (" + l + ")").orElse("");
    return severity + " " + where + " [" + code + "] " + message + at;
  }
}
