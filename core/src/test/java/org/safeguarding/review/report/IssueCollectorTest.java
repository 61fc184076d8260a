package org.safeguarding.review.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.review.pointer.Pointer;

/**
 * A collector keeps what a whole report, ordered and cut at the limit, would keep, however the
 * issues come, and counts the rest into one last issue as severe as the most severe left out.
 */
class IssueCollectorTest {

  /** Pointers by their text: enough order for these tests, and independent of any document. */
  private static final Comparator<Pointer> BY_TEXT = Comparator.comparing(Pointer::toString);

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 10, 50, 500, 5000})
  void itKeepsTheFirstIssuesOfTheOrderedReportAndCountsTheRest(int limit) {
    List<ValidationIssue> issues = randomIssues(new Random(limit), 2_000);
    ValidationReport whole = ValidationReport.of(issues).ordered(BY_TEXT);
    IssueCollector collector = new IssueCollector(limit, BY_TEXT);
    issues.forEach(collector::add);

    List<ValidationIssue> report = collector.report().issues();
    int kept = Math.min(limit, whole.issues().size());
    assertThat(report.subList(0, kept)).containsExactlyElementsOf(whole.issues().subList(0, kept));
    if (whole.issues().size() <= limit) {
      assertThat(report).hasSize(whole.issues().size());
      assertThat(collector.leftOut()).isZero();
      return;
    }
    List<ValidationIssue> rest = whole.issues().subList(limit, whole.issues().size());
    ValidationIssue last = report.get(report.size() - 1);
    assertThat(report).hasSize(limit + 1);
    assertThat(last.code()).isEqualTo(IssueCode.REPORT_ISSUES_LEFT_OUT);
    assertThat(last.pointer().isRoot()).isTrue();
    assertThat(collector.leftOut()).isEqualTo(rest.size());
    assertThat(last.severity())
        .isEqualTo(rest.stream().map(ValidationIssue::severity).min(Comparator.naturalOrder()).orElseThrow());
  }

  @Test
  void errorsLeftOutMakeTheReportInvalidThoughOnlyWarningsAreKept() {
    IssueCollector collector = new IssueCollector(2, BY_TEXT);
    collector.add(ValidationIssue.of(Severity.WARNING, IssueCode.PROPERTY_UNKNOWN, Pointer.root().property("a"), "kept"));
    collector.add(ValidationIssue.of(Severity.WARNING, IssueCode.PROPERTY_UNKNOWN, Pointer.root().property("b"), "kept"));
    collector.add(ValidationIssue.of(IssueCode.VALUE_ENUM, Pointer.root().property("c"), "left out"));

    assertThat(collector.hasErrors()).isTrue();
    ValidationReport report = collector.report();
    assertThat(report.isValid()).isFalse();
    assertThat(report.errors()).extracting(ValidationIssue::code).containsExactly(IssueCode.REPORT_ISSUES_LEFT_OUT);
    assertThat(report.errors().get(0).message()).contains("1 more issue ").contains("the first 2 ");
  }

  @Test
  void whatAnotherCollectorLeftOutIsCountedToo() {
    IssueCollector first = new IssueCollector(1, BY_TEXT);
    first.add(ValidationIssue.of(IssueCode.VALUE_BLANK, Pointer.root().property("a"), "kept"));
    first.add(ValidationIssue.of(IssueCode.VALUE_BLANK, Pointer.root().property("b"), "left out"));
    IssueCollector all = new IssueCollector(5, BY_TEXT);
    all.add(ValidationIssue.of(Severity.WARNING, IssueCode.VALUE_BLANK, Pointer.root().property("c"), "kept"));
    all.addAll(first);

    assertThat(all.leftOut()).isEqualTo(1);
    assertThat(all.report().issues()).extracting(ValidationIssue::code)
        .containsExactly(IssueCode.VALUE_BLANK, IssueCode.VALUE_BLANK, IssueCode.REPORT_ISSUES_LEFT_OUT);
  }

  @Test
  void repeatsAreKeptOnceAndNotCounted() {
    IssueCollector collector = new IssueCollector(3, BY_TEXT);
    ValidationIssue issue = ValidationIssue.of(IssueCode.VALUE_BLANK, Pointer.root().property("a"), "once");
    for (int i = 0; i < 100; i++) {
      collector.add(issue);
    }
    assertThat(collector.report().issues()).containsExactly(issue);
    assertThat(collector.leftOut()).isZero();
  }

  @Test
  void aReportKeepsAtLeastOneIssue() {
    assertThatThrownBy(() -> new IssueCollector(0, BY_TEXT)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Distinct issues, many at the same places, in no order. */
  private static List<ValidationIssue> randomIssues(Random random, int count) {
    List<IssueCode> codes = List.of(IssueCode.PROPERTY_UNKNOWN, IssueCode.VALUE_BLANK, IssueCode.VALUE_ENUM);
    List<ValidationIssue> issues = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Pointer pointer = Pointer.root().property("p" + random.nextInt(300)).index(random.nextInt(5));
      Severity severity = random.nextInt(4) == 0 ? Severity.ERROR : Severity.WARNING;
      issues.add(ValidationIssue.of(severity, codes.get(random.nextInt(codes.size())), pointer, "message " + i));
    }
    return issues;
  }
}
