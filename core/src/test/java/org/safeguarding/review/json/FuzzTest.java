package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.testing.HostileCorpus;
import org.safeguarding.review.testing.Mutated;
import org.safeguarding.review.testing.Mutations;
import org.safeguarding.review.testing.SmallDocuments;
import org.safeguarding.review.validation.ValidationIssue;

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
class FuzzTest {

  /** Mutated inputs checked per generated document. */
  private static final int PER_DOCUMENT = 5;

  /** Examples (generated documents) per property: 1,000 x 5 = 5,000 inputs, 10,000 in all. */
  private static final int EXAMPLES = 1_000;

  /** Far above the half minute each property takes; only a hang breaks it. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(10);

  private static final ReviewJson STRICT = ReviewJson.strict();
  private static final ReviewJson LENIENT = ReviewJson.lenient();

  @Test
  void byteMutationsGiveADocumentOrATypedReport() {
    AtomicInteger checked = new AtomicInteger();
    assertTimeoutPreemptively(HANG_GUARD, () ->
        qt().withExamples(EXAMPLES).withShrinkCycles(50)
            .forAll(Mutations.bytes(SmallDocuments.trees(), PER_DOCUMENT))
            .checkAssert(inputs -> checkAll(inputs, checked)));
    assertThat(checked.get()).isEqualTo(EXAMPLES * PER_DOCUMENT);
  }

  @Test
  void jsonMutationsGiveADocumentOrATypedReport() {
    AtomicInteger checked = new AtomicInteger();
    assertTimeoutPreemptively(HANG_GUARD, () ->
        qt().withExamples(EXAMPLES).withShrinkCycles(50)
            .forAll(Mutations.json(SmallDocuments.trees(), PER_DOCUMENT))
            .checkAssert(inputs -> checkAll(inputs, checked)));
    assertThat(checked.get()).isEqualTo(EXAMPLES * PER_DOCUMENT);
  }

  /** Checks the inputs of one example on every processor: the codecs are thread-safe. */
  private static void checkAll(List<Mutated> inputs, AtomicInteger checked) {
    inputs.parallelStream().forEach(input -> {
      try {
        readsAsADocumentOrATypedReport(input);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("For the input " + input + "\n" + e, e);
      }
    });
    checked.addAndGet(inputs.size());
  }

  /**
   * The property: {@code parse} gives a valid document or errors; {@code read} agrees, returning
   * an equal document or throwing a {@link DocumentReadException} with the same report; a valid
   * document reads back equal after writing; and the lenient reader holds to the same.
   */
  static void readsAsADocumentOrATypedReport(Mutated input) {
    ReadResult<ReviewDocument> strict = STRICT.parse(input.json(), ReviewDocument.class);
    assertTyped(input, strict);
    if (strict.isValid()) {
      assertThat(STRICT.read(input.json(), ReviewDocument.class)).isEqualTo(strict.document().get());
      assertThat(STRICT.read(STRICT.writeBytes(strict.document().get()), ReviewDocument.class))
          .as("written and read again").isEqualTo(strict.document().get());
    } else {
      assertThatThrownBy(() -> STRICT.read(input.json(), ReviewDocument.class))
          .isInstanceOfSatisfying(DocumentReadException.class, e -> assertThat(e.getReport()).isEqualTo(strict.report()));
    }

    ReadResult<ReviewDocument> lenient = LENIENT.parse(input.json(), ReviewDocument.class);
    assertTyped(input, lenient);
    if (lenient.isValid()) {
      assertThat(LENIENT.read(LENIENT.writeBytes(lenient.document().get()), ReviewDocument.class))
          .as("written and read again, leniently").isEqualTo(lenient.document().get());
    }
  }

  private static void assertTyped(Mutated input, ReadResult<ReviewDocument> result) {
    if (!result.isValid()) {
      assertThat(result.report().errors()).as("errors of an invalid result").isNotEmpty();
    }
    for (ValidationIssue issue : result.report().issues()) {
      assertThat(issue.code()).isNotBlank();
      assertThat(issue.message()).isNotBlank().doesNotContainIgnoringCase(HostileCorpus.CANARY);
    }
  }
}
