package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.standard.Standard;

/**
 * Who paid for a review and why guidance was made, each read from JSON as a typed value, checked and
 * shown: facts a sixth blind encoding left in the text.
 */
class FundingAndReasonsTest {

  @Test
  void aReviewSaysWhoFundedItAndGuidanceWhyItWasMade() {
    LearningSummary summary = ReviewJson.strict().read(JsonInput.of("""
        {"documentType": "LearningSummary", "schemaVersion": "1.0.0", "id": "ls-1", "title": "Facts",
         "format": "REPORT",
         "sources": [{"type": "LOCAL_LEARNING_REVIEW", "fundedBy": [{"name": "DfE", "kind": "GOVERNMENT"}]}],
         "arrangements": [{"kind": "GUIDANCE", "name": "Working Together 2018",
           "reason": "the complexity of embedding learning from reviews"}],
         "sections": [{"kind": "OTHER", "content": [{"paragraph": "Text."}]}]}
        """), LearningSummary.class);

    Organisation funder = summary.getSources().get(0).getFundedBy().get(0);
    assertThat(funder.getName()).contains("DfE");
    assertThat(funder.getKind()).contains(OrganisationKind.GOVERNMENT);
    assertThat(summary.getArrangements().get(0).getReason()).contains("the complexity of embedding learning from reviews");
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("funded by: DfE")
        .contains("why made: the complexity of embedding learning from reviews");
  }
}
