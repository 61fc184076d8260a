package org.safeguarding.review.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a document: its severity, a stable code, a JSON Pointer to the place built
 * from JSON property names ({@code /sections/2/findings/0/themes/1}, or {@code ""} for the whole
 * document), and a plain-English message naming the field and what is allowed.
 *
 * <p>Messages never repeat a value from the document, which may hold personal data; the pointer
 * says where to look. Codes are listed in the README and do not change within a major version.
 *
 * @param severity how serious the problem is
 * @param code a stable code such as {@code value.blank}
 * @param pointer a JSON Pointer (RFC 6901) to the value or property concerned
 * @param message a plain-English explanation
 * @param location where in the JSON text, for problems found while reading it
 */
public record ValidationIssue(
    Severity severity,
    String code,
    String pointer,
    String message,
    Optional<SourceLocation> location) {

  /** @throws IllegalArgumentException if the pointer is neither empty nor starts with '/' */
  public ValidationIssue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("A JSON Pointer is empty or starts with '/'");
    }
  }

  /** An error at {@code pointer}. */
  public static ValidationIssue error(String code, String pointer, String message) {
    return new ValidationIssue(Severity.ERROR, code, pointer, message, Optional.empty());
  }

  /** A warning at {@code pointer}. */
  public static ValidationIssue warning(String code, String pointer, String message) {
    return new ValidationIssue(Severity.WARNING, code, pointer, message, Optional.empty());
  }

  /** A note at {@code pointer}. */
  public static ValidationIssue info(String code, String pointer, String message) {
    return new ValidationIssue(Severity.INFO, code, pointer, message, Optional.empty());
  }

  /** This issue, found at {@code location} in the JSON text. */
  public ValidationIssue at(SourceLocation location) {
    return new ValidationIssue(severity, code, pointer, message, Optional.of(location));
  }

  /** One line: severity, pointer, code and message, and the location where known. */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    String at = location.map(l -> " (" + l + ")").orElse("");
    return severity + " " + where + " [" + code + "] " + message + at;
  }
}
