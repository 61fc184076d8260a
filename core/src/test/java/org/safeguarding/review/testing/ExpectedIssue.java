package org.safeguarding.review.testing;

import java.util.Set;
import java.util.regex.Pattern;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;

/**
 * An issue a hostile case must give: one of a set of codes, and a JSON Pointer, either exact or,
 * where the outcome may reasonably vary (a pointer that depends on how far a streaming reader got),
 * a regular expression that must match all of it.
 *
 * @param codes the codes any one of which the issue may have
 * @param pointer the pointer, or a regular expression for it when {@code pointerIsPattern}
 * @param pointerIsPattern whether {@code pointer} is a regular expression
 */
public record ExpectedIssue(Set<IssueCode> codes, String pointer, boolean pointerIsPattern) {

  /** An issue with exactly this code at exactly this pointer. */
  public static ExpectedIssue of(IssueCode code, String pointer) {
    return new ExpectedIssue(Set.of(code), pointer, false);
  }

  /** An issue with exactly this code at a pointer matching {@code pointerPattern}. */
  public static ExpectedIssue somewhere(IssueCode code, String pointerPattern) {
    return new ExpectedIssue(Set.of(code), pointerPattern, true);
  }

  /** An issue with one of {@code codes} at a pointer matching {@code pointerPattern}. */
  public static ExpectedIssue anyOf(Set<IssueCode> codes, String pointerPattern) {
    return new ExpectedIssue(Set.copyOf(codes), pointerPattern, true);
  }

  /** Whether {@code issue} is this one. */
  public boolean matches(ValidationIssue issue) {
    return codes.contains(issue.code())
        && (pointerIsPattern ? Pattern.matches(pointer, issue.pointer().toString()) : pointer.equals(issue.pointer().toString()));
  }

  @Override
  public String toString() {
    String where = pointerIsPattern ? "pointer ~ /" + pointer + "/" : pointer.isEmpty() ? "(document)" : pointer;
    String code = codes.size() == 1 ? codes.iterator().next().text() : "one of " + codes;
    return code + " at " + where;
  }
}
