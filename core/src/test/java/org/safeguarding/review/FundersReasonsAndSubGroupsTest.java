package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.standard.Standard;

/**
 * Who paid for a review, why guidance was made and which board a panel belongs to, each read from
 * JSON as a typed value, checked and shown: facts a sixth blind encoding left in the text or in
 * OTHER.
 */
class FundersReasonsAndSubGroupsTest {

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

  @Test
  void aBoardsPanelIsASubGroupPartOfTheBoard() {
    LearningSummary summary = ReviewJson.strict().read(JsonInput.of("""
        {"documentType": "LearningSummary", "schemaVersion": "1.0.0", "id": "ls-1", "title": "Facts",
         "format": "GUIDANCE_PAGE",
         "sources": [{"type": "CASE_MANAGEMENT_REVIEW", "conductedBy": [{"name": "CMR Panel", "kind": "SUB_GROUP",
           "partOf": "the Safeguarding Board for Northern Ireland"}]}],
         "sections": [{"kind": "OTHER", "content": [{"paragraph": "Text."}]}]}
        """), LearningSummary.class);

    Organisation panel = summary.getSources().get(0).getConductedBy().get(0);
    assertThat(panel.getKind()).contains(OrganisationKind.SUB_GROUP);
    assertThat(panel.getPartOf()).contains("the Safeguarding Board for Northern Ireland");
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("CMR Panel, Committee, sub-group or panel of a board, part of the Safeguarding Board for Northern Ireland");
  }
}
