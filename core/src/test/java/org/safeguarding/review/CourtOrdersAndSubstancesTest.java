package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.NationalCodes;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * Facts a sixth blind encoding squeezed, each read from JSON as a typed value, checked, shown and
 * counted: care proceedings before the death that resulted in a supervision order, a death from a
 * drugs overdose nobody is said to have given, and parental drug use not called misuse.
 */
class CourtOrdersAndSubstancesTest {

  private static final ReviewJson JSON = ReviewJson.strict();

  private static final String DOCUMENT = """
      {"documentType": "LearningSummary", "schemaVersion": "1.0.0", "id": "ls-1", "title": "Facts",
       "format": "REPORT",
       "subjects": [{"pseudonym": "T", "age": {"value": 15, "unit": "YEARS"},
         "statuses": [{"kind": "SUPERVISION_ORDER", "timing": "BEFORE_INCIDENT"}]}],
       "familyMembers": [{"label": "T's parents", "role": "PARENT",
         "riskFactors": [{"factor": "DRUG_USE", "detail": "parental drug use"}]}],
       "events": [{"kind": "COURT_PROCEEDINGS", "title": "care proceedings", "timing": "BEFORE_INCIDENT",
         "people": ["T"], "outcome": "a Supervision Order"}],
       "incidents": [{"harmTypes": ["SUBSTANCE_TOXICITY"], "outcome": "DIED"}],
       "sections": [{"kind": "OTHER", "content": [{"paragraph": "Text."}]}]}
      """;

  private static LearningSummary read() {
    return JSON.read(JsonInput.of(DOCUMENT), LearningSummary.class);
  }

  @Test
  void proceedingsBeforeTheIncidentAndTheOrderThatFollowedAreAnEventAndAStatus() {
    LearningSummary summary = read();

    CaseEvent proceedings = summary.getEvents().get(0);
    assertThat(proceedings.getKind()).isEqualTo(EventKind.COURT_PROCEEDINGS);
    assertThat(proceedings.getOutcome()).contains("a Supervision Order");
    Status order = summary.getSubjects().get(0).getStatuses().get(0);
    assertThat(order.getKind()).isEqualTo(StatusKind.SUPERVISION_ORDER);
    assertThat(order.getLegalStatus()).isEmpty();
    assertThat(NationalCodes.of(StatusKind.SUPERVISION_ORDER, CodeList.SSDA903_LEGAL_STATUS)).isEmpty();
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.EVENTS))
        .extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("COURT_PROCEEDINGS", 1L));
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("Court proceedings")
        .contains("outcome: a Supervision Order")
        .contains("Supervision order");
  }

  @Test
  void anOverdoseNobodyIsSaidToHaveGivenAndDrugUseNotCalledMisuseHaveNoCensusCode() {
    LearningSummary summary = read();

    assertThat(summary.getIncidents().get(0).getHarmTypes()).containsExactly(HarmType.SUBSTANCE_TOXICITY);
    assertThat(NationalCodes.of(HarmType.SUBSTANCE_TOXICITY, CodeList.CIN_CATEGORY_OF_ABUSE)).isEmpty();
    RiskFactor drugUse = summary.getFamilyMembers().get(0).getRiskFactors().get(0);
    assertThat(drugUse.getFactor()).isEqualTo(AssessmentFactor.DRUG_USE);
    assertThat(drugUse.cinCode(FactorHolder.PARENT_OR_CARER)).isEmpty();
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    CorpusStatistics statistics = CorpusStatistics.of(summary);
    assertThat(statistics.getFrequencies(Statistic.HARM_TYPES))
        .extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("SUBSTANCE_TOXICITY", 1L));
    assertThat(statistics.getFrequencies(Statistic.RISK_FACTORS))
        .extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("DRUG_USE", 1L));
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("Drug or substance overdose or toxicity")
        .contains("Drug use, not said to be misuse");
  }
}
