package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.testing.Fuzzing;
import org.safeguarding.review.testing.HostileCorpus;
import org.safeguarding.review.testing.Mutated;
import org.safeguarding.review.testing.Mutations;
import org.safeguarding.review.testing.SmallDocuments;

/**
 * Fuzzing {@link DocumentValidator} and {@link SchemaValidator} with mutations of valid generated
 * documents: whatever the bytes, each gives a report, with errors unless the document is valid,
 * never an exception; and the full validator agrees with {@link ReviewJson} on whether the input
 * is a valid document, strictly and leniently, because both check the same model. 3,000 mutated
 * inputs per run.
 *
 * <p>The seed is random on each run and printed when a property fails; replay a failure with
 * {@code -DQT_SEED=<seed>}.
 */
class DocumentFuzzTest {

  private static final int PER_DOCUMENT = 5;

  /** Examples per property: 300 x 5 = 1,500 inputs. */
  private static final int EXAMPLES = 300;

  @Test
  void byteMutationsGiveAReport() {
    int checked =
        Fuzzing.check(Mutations.bytes(SmallDocuments.trees(), PER_DOCUMENT), EXAMPLES, 30, DocumentFuzzTest::validatesAsTheReaderReads);
    assertThat(checked).isEqualTo(EXAMPLES * PER_DOCUMENT);
  }

  @Test
  void jsonMutationsGiveAReport() {
    int checked =
        Fuzzing.check(Mutations.json(SmallDocuments.trees(), PER_DOCUMENT), EXAMPLES, 30, DocumentFuzzTest::validatesAsTheReaderReads);
    assertThat(checked).isEqualTo(EXAMPLES * PER_DOCUMENT);
  }

  /**
   * The property: both validators give a report without throwing, a valid result has a document
   * the schema accepts, an invalid one has errors, and each validator agrees with the reader of the
   * same leniency.
   */
  static void validatesAsTheReaderReads(Mutated input) {
    ValidationReport schema = SchemaValidator.standard().validate(JsonInput.of(input.json()));
    assertTyped(schema);
    for (boolean lenient : new boolean[] {false, true}) {
      DocumentValidator validator = lenient ? DocumentValidator.lenient() : DocumentValidator.strict();
      ReviewJson reader = lenient ? ReviewJson.lenient() : ReviewJson.strict();
      ReadResult<ReviewDocument> result = validator.validate(JsonInput.of(input.json()));
      assertTyped(result.report());
      if (result.isValid()) {
        assertThat(schema.errors().stream().allMatch(i -> lenient && i.code() == IssueCode.PROPERTY_UNKNOWN))
            .as("the schema's errors of a valid document: " + schema).isTrue();
      } else {
        assertThat(result.report().errors()).as("errors of an invalid result").isNotEmpty();
      }
      assertThat(result.isValid())
          .as((lenient ? "lenient" : "strict") + " validator and reader agree; validator: " + result.report())
          .isEqualTo(reader.parse(JsonInput.of(input.json()), ReviewDocument.class).isValid());
    }
  }

  private static void assertTyped(ValidationReport report) {
    for (ValidationIssue issue : report.issues()) {
      assertThat(issue.code()).isNotNull();
      assertThat(issue.message()).isNotBlank().doesNotContainIgnoringCase(HostileCorpus.CANARY);
    }
  }
}
