package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.Breakage;
import org.safeguarding.review.testing.IssueText;
import org.safeguarding.review.testing.ModelGenerators;
import org.safeguarding.review.validation.ModelValidator;
import tools.jackson.databind.JsonNode;

/** Property tests over generated documents of both types. */
@Tag("slow")
class GeneratedDocumentsTest {

  private static final ReviewJson JSON = ReviewJson.strict();

  @Test
  void generatedDocumentsValidateWithoutErrors() {
    qt().withShrinkCycles(20).withExamples(300)
        .forAll(ModelGenerators.documents())
        .checkAssert(document -> assertThat(Standard.validator().validate(document).errors()).isEmpty());
  }

  @Test
  void objectToJsonToObjectGivesAnEqualObject() {
    qt().withShrinkCycles(20).withExamples(300)
        .forAll(ModelGenerators.documents())
        .checkAssert(
            document -> {
              assertThat(JSON.read(JsonInput.of(JSON.write(document)), ReviewDocument.class)).isEqualTo(document);
              assertThat(JSON.read(JsonInput.of(JSON.withPrettyPrinting().writeBytes(document)), ReviewDocument.class))
                  .isEqualTo(document);
            });
  }

  @Test
  void jsonToObjectToJsonGivesTheSameTree() {
    qt().withShrinkCycles(20).withExamples(300)
        .forAll(ModelGenerators.documents())
        .checkAssert(
            document -> {
              JsonNode tree = JSON.toTree(document);
              ReviewDocument read = JSON.read(JsonInput.of(tree), ReviewDocument.class);
              assertThat(JSON.toTree(read)).isEqualTo(tree);
              assertThat(JSON.write(read)).isEqualTo(JSON.write(document));
            });
  }

  @Test
  void breakingOneConstraintGivesOneErrorAtExactlyThatPointer() {
    qt().withShrinkCycles(20).withExamples(500)
        .forAll(Breakage.of(ModelGenerators.documents()))
        .checkAssert(
            broken -> {
              ValidationReport report = Standard.validator().validate(broken.document());
              assertThat(report.errors())
                  .as(broken.toString())
                  .extracting(ValidationIssue::severity, ValidationIssue::code, IssueText::pointer)
                  .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, broken.code(), broken.pointer()));
            });
  }

  @Test
  void breakingOneConstraintGivesTheSameErrorWhenTheJsonIsRead() {
    qt().withShrinkCycles(20).withExamples(300)
        .forAll(Breakage.of(ModelGenerators.documents()))
        .checkAssert(
            broken -> {
              ValidationReport report = JSON.parse(JsonInput.of(JSON.write(broken.document())), ReviewDocument.class).report();
              // Empty lists are left out when written, so an empty required list reads as missing.
              IssueCode code =
                  IssueCode.ARRAY_TOO_SHORT.equals(broken.code()) ? IssueCode.PROPERTY_REQUIRED : broken.code();
              assertThat(report.errors())
                  .as(broken.toString())
                  .extracting(ValidationIssue::code, IssueText::pointer)
                  .containsExactly(org.assertj.core.groups.Tuple.tuple(code, broken.pointer()));
            });
  }
}
