package org.safeguarding.review.testing;

import java.util.regex.Pattern;
import org.safeguarding.review.validation.ValidationIssue;

/**
 * An issue a hostile case must give: its code and JSON Pointer, each either exact or, where the
 * outcome may reasonably vary (a pointer that depends on how far a streaming reader got), a regular
 * expression that must match all of it.
 *
 * @param code the code, or a regular expression for it when {@code codeIsPattern}
 * @param codeIsPattern whether {@code code} is a regular expression
 * @param pointer the pointer, or a regular expression for it when {@code pointerIsPattern}
 * @param pointerIsPattern whether {@code pointer} is a regular expression
 */
public record ExpectedIssue(String code, boolean codeIsPattern, String pointer, boolean pointerIsPattern) {

  /** An issue with exactly this code at exactly this pointer. */
  public static ExpectedIssue of(String code, String pointer) {
    return new ExpectedIssue(code, false, pointer, false);
  }

  /** An issue with exactly this code at a pointer matching {@code pointerPattern}. */
  public static ExpectedIssue somewhere(String code, String pointerPattern) {
    return new ExpectedIssue(code, false, pointerPattern, true);
  }

  /** An issue with a code matching {@code codePattern} at a pointer matching {@code pointerPattern}. */
  public static ExpectedIssue matching(String codePattern, String pointerPattern) {
    return new ExpectedIssue(codePattern, true, pointerPattern, true);
  }

  /** Whether {@code issue} is this one. */
  public boolean matches(ValidationIssue issue) {
    return (codeIsPattern ? Pattern.matches(code, issue.code()) : code.equals(issue.code()))
        && (pointerIsPattern ? Pattern.matches(pointer, issue.pointer()) : pointer.equals(issue.pointer()));
  }

  @Override
  public String toString() {
    String where = pointerIsPattern ? "pointer ~ /" + pointer + "/" : pointer.isEmpty() ? "(document)" : pointer;
    return (codeIsPattern ? "code ~ /" + code + "/" : code) + " at " + where;
  }
}
