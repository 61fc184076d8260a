package org.safeguarding.review.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Classification;
import org.safeguarding.review.Disability;
import org.safeguarding.review.Group;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.Subject;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.testing.IssueText;

/** Coded disabilities of a child or of a group are special category data, kept out of documents for publication. */
class SpecialCategoryDataTest {

  private final SpecialCategoryData check = new SpecialCategoryData();

  @Test
  void aChildsOrAGroupsCodedDisabilitiesAreErrorsInADocumentForPublicationAndNeverRepeated() {
    LearningSummary published = withCodedDisabilities(Classification.FOR_PUBLICATION);

    assertThat(check.check(DocumentParts.of(published)))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(SpecialCategoryData.IN_PUBLICATION, "/subjects/0/censusDisabilities"),
            tuple(SpecialCategoryData.IN_PUBLICATION, "/groups/0/censusDisabilities"));
    assertThat(check.check(DocumentParts.of(published)))
        .extracting(ValidationIssue::message)
        .noneMatch(message -> message.contains(Disability.values()[0].name()));
  }

  @Test
  void aSensitiveDocumentMayHoldThem() {
    assertThat(check.check(DocumentParts.of(withCodedDisabilities(Classification.SENSITIVE)))).isEmpty();
  }

  private static LearningSummary withCodedDisabilities(Classification classification) {
    Disability coded = Disability.values()[0];
    return LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .classification(classification)
        .subjects(List.of(Subject.builder().pseudonym("Infant A").addCensusDisabilities(coded).build()))
        .groups(List.of(Group.builder().label("the siblings").health("two had asthma").addCensusDisabilities(coded).build()))
        .build();
  }
}
