package org.safeguarding.review.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.Breakage;
import org.safeguarding.review.testing.ModelGenerators;

/**
 * The standard validator checks the model's constraints itself, and gives exactly the issues the
 * bundled Hibernate Validator gives, for valid documents and documents with a constraint broken.
 */
class ModelConstraintsTest {

  private static final ModelValidator OWN = Standard.validator();
  private static final ModelValidator HIBERNATE = Standard.validator().withValidator(ConstraintEngine.bundledValidator());

  @Test
  void everyConstraintOfBothDocumentTypesIsCheckedByTheWalk() {
    assertThat(ModelConstraints.supports(LearningSummary.class)).isTrue();
    assertThat(ModelConstraints.supports(RapidReview.class)).isTrue();
  }

  @Test
  void givesWhatHibernateValidatorGivesForGeneratedDocuments() {
    qt().withExamples(300).forAll(ModelGenerators.documents()).checkAssert(ModelConstraintsTest::sameIssues);
  }

  @Test
  void givesWhatHibernateValidatorGivesForBrokenDocuments() {
    qt().withExamples(1000).forAll(Breakage.of(ModelGenerators.documents())).checkAssert(broken -> sameIssues(broken.document()));
  }

  private static void sameIssues(ReviewDocument document) {
    Set<?> own = new HashSet<>(OWN.validate(document).issues());
    Set<?> hibernate = new HashSet<>(HIBERNATE.validate(document).issues());
    assertThat(own).isEqualTo(hibernate);
  }
}
