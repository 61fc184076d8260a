package org.safeguarding.review.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.safeguarding.review.Finding;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.examples.ExampleDocuments;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.validation.ModelValidator;

class DocumentsTest {

  static final List<String> SIZES = Documents.SIZES;

  @ParameterizedTest
  @FieldSource("SIZES")
  void everyDocumentIsValidByTheModelAndTheFullPipeline(String size) {
    LearningSummary document = Documents.document(size);

    assertThat(Standard.validator().validate(document).issues()).isEmpty();
    assertThat(DocumentValidator.strict().validate(JsonInput.of(Documents.json(size))).report().issues()).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("SIZES")
  void theJsonReadsBackAsTheDocument(String size) {
    assertThat(ReviewJson.strict().read(JsonInput.of(Documents.json(size)), LearningSummary.class))
        .isEqualTo(Documents.document(size));
  }

  @ParameterizedTest
  @FieldSource("SIZES")
  void documentsAreTheSameOnEveryBuild(String size) {
    assertThat(Documents.json(size)).isEqualTo(Documents.json(size));
  }

  @Test
  void theSmallDocumentIsAboutOneKilobyte() {
    assertThat(Documents.json(Documents.SMALL).length).isBetween(800, 1_400);
  }

  @Test
  void theMediumDocumentIsTheEssexExampleByteForByte() {
    byte[] example = ExampleDocuments.bytes(ExampleDocuments.ESSEX_LEARNING_SUMMARY);

    assertThat(Documents.json(Documents.MEDIUM)).isEqualTo(example);
    assertThat(example.length).isBetween(9_000, 12_000);
  }

  @Test
  void theLargeDocumentHas500FindingsInAbout300Kilobytes() {
    LearningSummary large = Documents.document(Documents.LARGE);

    assertThat(large.findings()).hasSize(Documents.LARGE_FINDINGS);
    assertThat(large.findings().stream().map(Finding::getId).distinct()).hasSize(500);
    assertThat(Documents.json(Documents.LARGE).length).isBetween(250_000, 330_000);
  }

  @Test
  void documentsHaveDifferentIds() {
    assertThat(SIZES.stream().map(Documents::document).map(ReviewDocument::getId).distinct())
        .hasSize(3);
  }

  @Test
  void anUnknownSizeIsRejected() {
    assertThatThrownBy(() -> Documents.document("huge"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("small");
  }
}
