package org.safeguarding.review.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.safeguarding.review.pointer.Pointer;

/**
 * Collects the issues of one document, keeping at most a number of them: the first in a report's
 * order, and a count of the rest. However many issues are added, it holds at most about twice its
 * limit at any time and orders them as it goes, so a document with hundreds of thousands of
 * problems costs memory in proportion to the limit and time in proportion to its problems. Its
 * {@linkplain #report() report} ends, when issues were left out, with one {@link
 * IssueCode#REPORT_ISSUES_LEFT_OUT} issue saying how many, as severe as the most severe of them.
 *
 * <p>An issue added more than once is kept once; one added again after it was left out is counted
 * again, so the checks that feed a collector give each issue once, as the library's do. Instances
 * are not thread-safe: one collects the issues of one document.
 */
public final class IssueCollector {

  private final int limit;
  private final Comparator<ValidationIssue> order;
  private final List<ValidationIssue> kept = new ArrayList<>();
  /** Once the limit is reached, the last issue kept: an issue after it is only counted. */
  private ValidationIssue last;
  private long leftOut;
  private Severity leftOutSeverity;

  /**
   * A collector keeping the first {@code limit} issues in the order of their pointers, as {@link
   * ValidationReport#ordered(Comparator)} orders them.
   *
   * @param limit the most issues to keep; at least 1
   * @param pointerOrder the order of pointers, such as a document's order
   * @throws IllegalArgumentException if the limit is less than 1
   */
  public IssueCollector(int limit, Comparator<Pointer> pointerOrder) {
    if (limit < 1) {
      throw new IllegalArgumentException("A report keeps at least 1 issue");
    }
    this.limit = limit;
    this.order = ValidationReport.issueOrder(Objects.requireNonNull(pointerOrder, "pointerOrder"));
  }

  /**
   * Adds an issue.
   *
   * @param issue the issue
   */
  public void add(ValidationIssue issue) {
    Objects.requireNonNull(issue, "issue");
    if (last != null && order.compare(issue, last) > 0) {
      countLeftOut(1, issue.severity());
      return;
    }
    kept.add(issue);
    if (kept.size() >= 2L * limit + 16) {
      keepFirst();
    }
  }

  /**
   * Adds issues.
   *
   * @param issues the issues
   */
  public void addAll(Collection<ValidationIssue> issues) {
    issues.forEach(this::add);
  }

  /**
   * Adds what another collector kept, and counts what it left out as left out here too.
   *
   * @param other a collector of other issues of the same document
   */
  public void addAll(IssueCollector other) {
    other.keepFirst();
    addAll(other.kept);
    countLeftOut(other.leftOut, other.leftOutSeverity);
  }

  /** {@return whether any issue kept or left out is an error} */
  public boolean hasErrors() {
    return leftOutSeverity == Severity.ERROR || kept.stream().anyMatch(issue -> issue.severity() == Severity.ERROR);
  }

  /** {@return how many issues were left out so far} */
  public long leftOut() {
    keepFirst();
    return leftOut;
  }

  /** {@return the issues kept, at most the limit, in order} */
  public List<ValidationIssue> issues() {
    keepFirst();
    return List.copyOf(kept);
  }

  /**
   * {@return the issues kept, in order, and, if any were left out, one issue at the end saying how
   * many}
   */
  public ValidationReport report() {
    List<ValidationIssue> all = new ArrayList<>(issues());
    if (leftOut > 0) {
      all.add(leftOutIssue());
    }
    return ValidationReport.of(all);
  }

  private ValidationIssue leftOutIssue() {
    String count = String.format(Locale.ROOT, "%,d", leftOut);
    String keptCount = String.format(Locale.ROOT, "%,d", limit);
    return ValidationIssue.of(
        leftOutSeverity,
        IssueCode.REPORT_ISSUES_LEFT_OUT,
        Pointer.root(),
        "the document has " + count + (leftOut == 1 ? " more issue" : " more issues")
            + " than this report shows, which keeps the first " + keptCount + " (the limit report-issues)");
  }

  /** Sorts what is kept, without repeats, and leaves out all but the first {@code limit}. */
  private void keepFirst() {
    List<ValidationIssue> sorted = new ArrayList<>(new LinkedHashSet<>(kept));
    sorted.sort(order);
    kept.clear();
    kept.addAll(sorted.subList(0, Math.min(limit, sorted.size())));
    for (ValidationIssue dropped : sorted.subList(kept.size(), sorted.size())) {
      countLeftOut(1, dropped.severity());
    }
    last = kept.size() == limit ? kept.get(limit - 1) : null;
  }

  private void countLeftOut(long count, Severity severity) {
    if (count == 0) {
      return;
    }
    leftOut += count;
    if (leftOutSeverity == null || severity.compareTo(leftOutSeverity) < 0) {
      leftOutSeverity = severity;
    }
  }
}
