package org.safeguarding.review.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.review.pointer.Pointer;

/**
 * Every problem found in one document, from every check (JSON reading, structure, constraints,
 * domain rules, timescales, privacy, schema validation), as one immutable list of {@link
 * ValidationIssue}s.
 *
 * <p>Issues are kept in the order given, without repeats. The library's readers and validators
 * give them in <em>document order</em> ({@link #ordered(Comparator)}): the order of the places
 * they point at in the input, or in the model for a document built in code. A document is
 * {@linkplain #isValid() valid} when no issue is an {@link Severity#ERROR}. Instances are
 * immutable and thread-safe.
 *
 * @param issues the issues, in this report's order
 */
public record ValidationReport(List<ValidationIssue> issues) {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /**
   * A report of {@code issues}, in the order given, without repeats.
   *
   * @param issues the issues; none may be {@code null}
   */
  public ValidationReport {
    issues = List.copyOf(new LinkedHashSet<>(issues));
  }

  /** {@return a report without issues} */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * {@return a report of {@code issues}, in the order given, without repeats}
   *
   * @param issues the issues
   */
  public static ValidationReport of(Collection<ValidationIssue> issues) {
    if (issues.isEmpty()) {
      return EMPTY;
    }
    return new ValidationReport(List.copyOf(issues));
  }

  /**
   * {@return a report of the given issues, in the order given, without repeats}
   *
   * @param issues the issues
   */
  public static ValidationReport of(ValidationIssue... issues) {
    return of(List.of(issues));
  }

  /**
   * This report with its issues sorted by their pointers in {@code pointerOrder}, then by
   * severity, code and message, so that the order does not depend on which check ran first.
   *
   * @param pointerOrder the order of pointers, such as a document's order
   * @return the ordered report
   */
  public ValidationReport ordered(Comparator<Pointer> pointerOrder) {
    List<ValidationIssue> sorted = new ArrayList<>(issues);
    sorted.sort(issueOrder(pointerOrder));
    return new ValidationReport(List.copyOf(sorted));
  }

  /** The order of {@link #ordered(Comparator)}: by pointer, then severity, code and message. */
  static Comparator<ValidationIssue> issueOrder(Comparator<Pointer> pointerOrder) {
    return Comparator.comparing(ValidationIssue::pointer, pointerOrder)
        .thenComparing(ValidationIssue::severity)
        .thenComparing(issue -> issue.code().text())
        .thenComparing(ValidationIssue::message);
  }

  /**
   * {@return this report's issues followed by {@code other}'s, without repeats}
   *
   * @param other the report to add
   */
  public ValidationReport merge(ValidationReport other) {
    if (other.issues.isEmpty()) {
      return this;
    }
    List<ValidationIssue> all = new ArrayList<>(issues);
    all.addAll(other.issues);
    return of(all);
  }

  /**
   * This report's issues followed by those of {@code other} that report something new: an issue
   * of {@code other} with the same code at the same pointer as one of this report's is left out,
   * even if its message is worded differently. For merging the verdicts of two checks of the same
   * document, such as a JSON Schema's and the model's.
   *
   * @param other the report to add
   * @return the merged report
   */
  public ValidationReport mergeDistinct(ValidationReport other) {
    Set<CodeAt> reported = new HashSet<>();
    issues.forEach(issue -> reported.add(CodeAt.of(issue)));
    return merge(of(other.issues.stream().filter(issue -> !reported.contains(CodeAt.of(issue))).toList()));
  }

  /**
   * {@return the issues of one severity, in this report's order}
   *
   * @param severity the severity
   */
  public List<ValidationIssue> issues(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).toList();
  }

  /** {@return the errors, in this report's order} */
  public List<ValidationIssue> errors() {
    return issues(Severity.ERROR);
  }

  /** {@return the warnings, in this report's order} */
  public List<ValidationIssue> warnings() {
    return issues(Severity.WARNING);
  }

  /** {@return whether the report has no errors} */
  public boolean isValid() {
    return issues.stream().noneMatch(i -> i.severity() == Severity.ERROR);
  }

  /** {@return whether the report has no issues at all} */
  public boolean isEmpty() {
    return issues.isEmpty();
  }

  /**
   * {@return whether any error is of {@code category}}
   *
   * @param category the category, such as {@link IssueCategory#READING}
   */
  public boolean hasErrors(IssueCategory category) {
    return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR && i.code().category() == category);
  }

  /** One issue per line, or "no issues". */
  @Override
  public String toString() {
    return issues.isEmpty()
        ? "no issues"
        : issues.stream().map(ValidationIssue::toString).collect(Collectors.joining("\n"));
  }
}
