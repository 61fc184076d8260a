package org.safeguarding.review.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;

class ScalingTest {

  @Test
  void theSlopeIsThePowerOfSizeThatTimeGrowsBy() {
    double[] sizes = {1, 2, 4, 8, 16};
    assertThat(Scaling.slope(sizes, new double[] {3, 6, 12, 24, 48})).isCloseTo(1.0, within(1e-9));
    assertThat(Scaling.slope(sizes, new double[] {1, 4, 16, 64, 256})).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void eachShapeIsReadWholeAtItsSizeAndGivesWhatItStresses() {
    int bytes = 200_000;
    for (Scaling.Shape shape : Scaling.shapes()) {
      List<String> lines = shape.lines().apply(bytes);
      long size = lines.stream().mapToLong(String::length).sum();
      assertThat(size).as(shape.name()).isBetween((long) bytes, 3L * bytes);
      for (String line : lines) {
        List<ValidationIssue> issues = shape.validator().validate(JsonInput.of(line)).report().issues();
        assertThat(issues).as(shape.name()).noneMatch(issue -> issue.code().category() == IssueCategory.READING
            || issue.code().category() == IssueCategory.LIMIT && !IssueCode.REPORT_ISSUES_LEFT_OUT.equals(issue.code()));
      }
    }
    assertThat(Scaling.shapes()).extracting(Scaling.Shape::name).hasSize(6);
    List<ValidationIssue> manyIssues = Scaling.shapes().get(1).validator().validate(JsonInput.of(Scaling.shapes().get(1).lines().apply(bytes).get(0))).report().issues();
    assertThat(manyIssues).extracting(ValidationIssue::code).contains(IssueCode.PROPERTY_REQUIRED, IssueCode.REPORT_ISSUES_LEFT_OUT);
  }
}
