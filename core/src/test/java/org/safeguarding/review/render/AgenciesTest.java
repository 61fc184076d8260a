package org.safeguarding.review.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Agency;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.testing.ModelGenerators;

/**
 * Rendering reads only the model, so the case details find a document's agencies by walking it
 * themselves; this holds that walk to the checks' own, which finds every part of every type from
 * the model's metadata, so that an agency added to a new part of the model cannot be left out.
 */
class AgenciesTest {

  @Test
  void theCaseDetailsNameEveryAgencyADocumentHoldsOnce() {
    qt().withShrinkCycles(20)
        .withExamples(300)
        .forAll(ModelGenerators.documents())
        .checkAssert(
            document -> {
              List<Agency> held = DocumentParts.of(document).all(Agency.class).stream().map(Located::value).toList();
              assertThat(agencies(document)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(held));
            });
  }

  private static List<Agency> agencies(ReviewDocument document) {
    return document instanceof LearningSummary summary ? Agencies.of(summary) : Agencies.of((RapidReview) document);
  }
}
