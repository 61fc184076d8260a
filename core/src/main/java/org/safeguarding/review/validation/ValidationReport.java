package org.safeguarding.review.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every problem found in one document, from every check (JSON reading, Bean Validation, domain
 * rules, schema validation), as one immutable list of {@link ValidationIssue}s.
 *
 * <p>Issues are in document order: by JSON Pointer, with array indexes compared as numbers, then
 * by severity and code. The same issue is never listed twice. A document is {@linkplain #isValid()
 * valid} when no issue is an {@link Severity#ERROR}; warnings and notes do not make it invalid.
 * Instances are immutable and thread-safe.
 */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /** Document order: pointer segments compared as numbers where both are numbers. */
  private static final Comparator<ValidationIssue> DOCUMENT_ORDER =
      Comparator.comparing(ValidationIssue::pointer, ValidationReport::comparePointers)
          .thenComparing(ValidationIssue::severity)
          .thenComparing(ValidationIssue::code)
          .thenComparing(ValidationIssue::message);

  private final List<ValidationIssue> issues;

  private ValidationReport(List<ValidationIssue> issues) {
    this.issues = issues;
  }

  /** A report without issues. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** A report of {@code issues}, put in document order without repeats. */
  public static ValidationReport of(Collection<ValidationIssue> issues) {
    List<ValidationIssue> ordered = new ArrayList<>(new LinkedHashSet<>(issues));
    ordered.forEach(Objects::requireNonNull);
    ordered.sort(DOCUMENT_ORDER);
    return new ValidationReport(List.copyOf(ordered));
  }

  /** A report of the given issues. */
  public static ValidationReport of(ValidationIssue... issues) {
    return of(List.of(issues));
  }

  /** This report's issues together with {@code other}'s, without repeats. */
  public ValidationReport merge(ValidationReport other) {
    if (other.issues.isEmpty()) {
      return this;
    }
    List<ValidationIssue> all = new ArrayList<>(issues);
    all.addAll(other.issues);
    return of(all);
  }

  /**
   * This report's issues together with those of {@code other} that report something new: an issue
   * of {@code other} with the same code at the same pointer as one of this report's is left out,
   * even if its message is worded differently. For merging the verdicts of two checks of the same
   * document, such as a JSON Schema's and the model's.
   */
  public ValidationReport mergeDistinct(ValidationReport other) {
    Set<String> reported = new HashSet<>();
    issues.forEach(issue -> reported.add(issue.code() + " " + issue.pointer()));
    return merge(
        of(other.issues.stream().filter(issue -> !reported.contains(issue.code() + " " + issue.pointer())).toList()));
  }

  /** All issues, in document order. */
  public List<ValidationIssue> issues() {
    return issues;
  }

  /** The issues of one severity, in document order. */
  public List<ValidationIssue> issues(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).toList();
  }

  /** The errors, in document order. */
  public List<ValidationIssue> errors() {
    return issues(Severity.ERROR);
  }

  /** The warnings, in document order. */
  public List<ValidationIssue> warnings() {
    return issues(Severity.WARNING);
  }

  /** Whether the report has no errors. */
  public boolean isValid() {
    return issues.stream().noneMatch(i -> i.severity() == Severity.ERROR);
  }

  /** Whether the report has no issues at all. */
  public boolean isEmpty() {
    return issues.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport report && issues.equals(report.issues);
  }

  @Override
  public int hashCode() {
    return issues.hashCode();
  }

  /** One issue per line, or "no issues". */
  @Override
  public String toString() {
    return issues.isEmpty()
        ? "no issues"
        : issues.stream().map(ValidationIssue::toString).collect(Collectors.joining("\n"));
  }

  private static int comparePointers(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order = compareSegments(left[i], right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compareSegments(String a, String b) {
    boolean numbers = isIndex(a) && isIndex(b);
    if (numbers && a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
