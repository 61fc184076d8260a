package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report keeps at most the limit report-issues of a document's issues: the first, in document
 * order, as the whole report has them, and then one issue saying how many more there were.
 */
class IssueLimitTest {

  private static final ReadLimits ALL = ReadLimits.defaults().with(ReadLimit.REPORT_ISSUES, Integer.MAX_VALUE);

  @Test
  void aReportKeepsTheFirstIssuesOfTheWholeReportAndSaysHowManyMoreThereWere() {
    String json = withUnknownProperties(40);
    List<ValidationIssue> whole = ReviewJson.strict().withLimits(ALL).parse(JsonInput.of(json), ReviewDocument.class).report().issues();
    List<ValidationIssue> cut =
        ReviewJson.strict().withLimits(ALL.with(ReadLimit.REPORT_ISSUES, 7)).parse(JsonInput.of(json), ReviewDocument.class).report().issues();

    assertThat(whole).hasSize(40);
    assertThat(cut).hasSize(8);
    assertThat(cut.subList(0, 7)).containsExactlyElementsOf(whole.subList(0, 7));
    ValidationIssue last = cut.get(7);
    assertThat(last.code()).isEqualTo(IssueCode.REPORT_ISSUES_LEFT_OUT);
    assertThat(last.severity()).isEqualTo(Severity.ERROR);
    assertThat(last.message()).contains("33 more issues").contains("the first 7").contains(ReadLimit.REPORT_ISSUES.text());
  }

  @Test
  void byDefaultAReportKeepsAThousandIssues() {
    assertThat(ReadLimits.defaults().get(ReadLimit.REPORT_ISSUES)).isEqualTo(1_000);
    List<ValidationIssue> issues = ReviewJson.strict().parse(JsonInput.of(withUnknownProperties(5_000)), ReviewDocument.class).report().issues();

    assertThat(issues).hasSize(1_001);
    assertThat(issues.subList(0, 1_000)).extracting(ValidationIssue::code).containsOnly(IssueCode.PROPERTY_UNKNOWN);
    assertThat(issues.get(1_000).code()).isEqualTo(IssueCode.REPORT_ISSUES_LEFT_OUT);
    assertThat(issues.get(1_000).message()).contains("4,000 more issues");
  }

  @Test
  void aDocumentUnderTheLimitGetsItsWholeReport() {
    String json = withUnknownProperties(7);
    assertThat(ReviewJson.strict().withLimits(ALL.with(ReadLimit.REPORT_ISSUES, 7)).parse(JsonInput.of(json), ReviewDocument.class).report())
        .isEqualTo(ReviewJson.strict().withLimits(ALL).parse(JsonInput.of(json), ReviewDocument.class).report());
  }

  @Test
  void anErrorLeftOutAfterWarningsKeptLeavesTheDocumentInvalid() {
    ObjectNode document = (ObjectNode) ReviewJson.lenient().toTree(TestDocuments.learningSummary());
    document.remove("format");
    for (int i = 0; i < 10; i++) {
      document.put("note" + i, i);
    }
    document.put("format", "NOT_A_FORMAT");
    ReviewJson lenient = ReviewJson.lenient().withLimits(ALL.with(ReadLimit.REPORT_ISSUES, 3));

    List<ValidationIssue> issues = lenient.parse(JsonInput.of(document.toString()), ReviewDocument.class).report().issues();
    assertThat(issues).hasSize(4);
    assertThat(issues.subList(0, 3)).extracting(ValidationIssue::severity).containsOnly(Severity.WARNING);
    assertThat(issues.get(3).code()).isEqualTo(IssueCode.REPORT_ISSUES_LEFT_OUT);
    assertThat(issues.get(3).severity()).isEqualTo(Severity.ERROR);
  }

  /** A valid learning summary with {@code count} properties the model does not have, at its top. */
  static String withUnknownProperties(int count) {
    ObjectNode tree = (ObjectNode) ReviewJson.strict().toTree(TestDocuments.learningSummary());
    for (int i = 0; i < count; i++) {
      tree.put("unknown" + i, i);
    }
    return tree.toString();
  }
}
