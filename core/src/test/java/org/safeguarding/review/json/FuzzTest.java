package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.testing.Fuzzing;
import org.safeguarding.review.testing.HostileCorpus;
import org.safeguarding.review.testing.Mutated;
import org.safeguarding.review.testing.Mutations;
import org.safeguarding.review.testing.SmallDocuments;

/**
 * Fuzzing {@link ReviewJson} with mutations of valid generated documents: whatever the bytes, the
 * reader gives a valid document or a report with errors, never another exception, and a valid
 * result reads back equal after writing. Each example checks several mutations of one generated
 * document (small: its texts are cut, see {@link SmallDocuments}); the two properties check 10,000
 * mutated inputs in all.
 *
 * <p>The seed is random on each run and printed when a property fails; replay a failure with
 * {@code -DQT_SEED=<seed>}.
 */
@Tag("slow")
class FuzzTest {

  /** Mutated inputs checked per generated document. */
  private static final int PER_DOCUMENT = 5;

  /** Examples (generated documents) per property: 1,000 x 5 = 5,000 inputs, 10,000 in all. */
  private static final int EXAMPLES = 1_000;

  private static final ReviewJson STRICT = ReviewJson.strict();
  private static final ReviewJson LENIENT = ReviewJson.lenient();

  @Test
  void byteMutationsGiveADocumentOrATypedReport() {
    int checked =
        Fuzzing.check(Mutations.bytes(SmallDocuments.trees(), PER_DOCUMENT), EXAMPLES, 50, FuzzTest::readsAsADocumentOrATypedReport);
    assertThat(checked).isEqualTo(EXAMPLES * PER_DOCUMENT);
  }

  @Test
  void jsonMutationsGiveADocumentOrATypedReport() {
    int checked =
        Fuzzing.check(Mutations.json(SmallDocuments.trees(), PER_DOCUMENT), EXAMPLES, 50, FuzzTest::readsAsADocumentOrATypedReport);
    assertThat(checked).isEqualTo(EXAMPLES * PER_DOCUMENT);
  }

  /**
   * The property: {@code parse} gives a valid document or errors; {@code read} agrees, returning
   * an equal document or throwing a {@link DocumentReadException} with the same report; a valid
   * document reads back equal after writing; and the lenient reader holds to the same.
   */
  static void readsAsADocumentOrATypedReport(Mutated input) {
    ReadResult<ReviewDocument> strict = STRICT.parse(JsonInput.of(input.json()), ReviewDocument.class);
    assertTyped(input, strict);
    if (strict.isValid()) {
      assertThat(STRICT.read(JsonInput.of(input.json()), ReviewDocument.class)).isEqualTo(strict.document().get());
      assertThat(STRICT.read(JsonInput.of(STRICT.writeBytes(strict.document().get())), ReviewDocument.class))
          .as("written and read again").isEqualTo(strict.document().get());
    } else {
      assertThatThrownBy(() -> STRICT.read(JsonInput.of(input.json()), ReviewDocument.class))
          .isInstanceOfSatisfying(DocumentReadException.class, e -> assertThat(e.getReport()).isEqualTo(strict.report()));
    }

    ReadResult<ReviewDocument> lenient = LENIENT.parse(JsonInput.of(input.json()), ReviewDocument.class);
    assertTyped(input, lenient);
    if (lenient.isValid()) {
      assertThat(LENIENT.read(JsonInput.of(LENIENT.writeBytes(lenient.document().get())), ReviewDocument.class))
          .as("written and read again, leniently").isEqualTo(lenient.document().get());
    }
  }

  private static void assertTyped(Mutated input, ReadResult<ReviewDocument> result) {
    if (!result.isValid()) {
      assertThat(result.report().errors()).as("errors of an invalid result").isNotEmpty();
    }
    for (ValidationIssue issue : result.report().issues()) {
      assertThat(issue.code()).isNotNull();
      assertThat(issue.message()).isNotBlank().doesNotContainIgnoringCase(HostileCorpus.CANARY);
    }
  }
}
