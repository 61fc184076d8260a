package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.review.testing.SummaryJson.parse;
import static org.safeguarding.review.testing.SummaryJson.read;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.References;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * Facts the thirteenth blind encoding squeezed, each read from JSON as a typed value, checked,
 * shown and, where statistics count the thing, counted: a review's products and their delays, a
 * non-recent case, how its learning was shared, recommendations made but not listed, criteria as
 * a list, a response's points and what it answers, a reference's mark and accessed date, a link
 * the copy lacks, an arrangement's status and what it complies with, a residential care provider
 * and its sector, and abuse of a kind not said.
 */
class PublicationHistoryCriteriaAndProvidersTest {

  @Test
  void aReviewsProductsHaveTheirOwnPublicationAndItsLearningHowItWasShared() {
    LearningSummary summary = read("NEWS_ITEM", """
        "sources": [{"id": "g", "type": "SERIOUS_CASE_REVIEW", "nonRecent": true, "stage": "COMPLETED", "publication": "IN_FULL",
          "outputs": [
            {"kind": "LEARNING_BRIEF", "status": "PUBLISHED", "date": {"date": "2015-10"}},
            {"kind": "OVERVIEW_REPORT", "kindAsWritten": "overview report", "status": "PUBLISHED_AFTER_DELAY", "date": {"date": "2017-06-14"},
             "reason": "delayed until now due to parallel proceedings", "process": "PARALLEL_PROCEEDINGS"}],
          "madeRecommendations": true,
          "dissemination": [{"asWritten": "shared with agencies and professionals via the learning briefs",
            "means": ["BRIEFING"], "audience": ["ALL_AGENCIES"], "audienceRoles": ["PRACTITIONERS"]}]}]
        """);

    ReviewReference source = summary.getSources().get(0);
    assertThat(source.getOutputs()).extracting(ReviewOutput::getStatus)
        .containsExactly(java.util.Optional.of(OutputStatus.PUBLISHED), java.util.Optional.of(OutputStatus.PUBLISHED_AFTER_DELAY));
    assertThat(source.getOutputs().get(1).getProcess()).contains(ParallelProcess.PARALLEL_PROCEEDINGS);
    assertThat(source.getNonRecent()).contains(true);
    assertThat(source.getDissemination().get(0).getMeans()).containsExactly(DisseminationMeans.BRIEFING);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("non-recent case: yes")
        .contains("products: Learning brief (published; October 2015), overview report (published after a delay; "
            + "14 June 2017; delayed until now due to parallel proceedings; waiting for parallel proceedings, kind not said)")
        .contains("made recommendations: yes")
        .contains("learning shared: shared with agencies and professionals via the learning briefs (briefings; to All agencies; to practitioners)");

    ReadResult<LearningSummary> unnamed = parse("NEWS_ITEM", """
        "sources": [{"outputs": [{"status": "DEFERRED", "reason": "parallel proceedings are ongoing"}]}]
        """);
    assertThat(unnamed.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(FormRule.Codes.OUTPUT_FORM, "/sources/0/outputs/0"));
  }

  @Test
  void criteriaAreAListWithTheHarmsAndStatusesTheyNameButNeverBesideTheOneStatement() {
    LearningSummary summary = read("GUIDANCE_PAGE", """
        "sources": [{"typeAsWritten": "significant case review", "type": "SIGNIFICANT_CASE_REVIEW",
          "criteria": [{"asWritten": "where the child has died by suicide or accidental death", "harmTypes": ["SUICIDE", "ACCIDENT"]},
            {"asWritten": "the child is on the child protection register", "statuses": ["CHILD_PROTECTION_PLAN"]}]}]
        """);

    assertThat(summary.getSources().get(0).getCriteria().get(0).getHarmTypes()).containsExactly(HarmType.SUICIDE, HarmType.ACCIDENT);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("criteria: where the child has died by suicide or accidental death (Suicide; Accident), "
            + "the child is on the child protection register (Child protection plan)");

    ReadResult<LearningSummary> both = parse("GUIDANCE_PAGE", """
        "sources": [{"criteriaAsWritten": "a child died", "criteria": [{"asWritten": "a child died"}]}]
        """);
    assertThat(both.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(FormRule.Codes.SOURCE_CRITERIA_FORM, "/sources/0"));
  }

  @Test
  void aResponseSaysWhatItAnswersAndAReferenceItsMarkAndWhenItWasConsulted() {
    LearningSummary summary = read("LEARNING_BRIEFING", """
        "sources": [{"id": "panel", "title": "Safeguarding children with disabilities in residential settings",
          "responses": [{"title": "Government response", "publisher": {"name": "DfE", "kind": "GOVERNMENT"},
            "keyPoints": ["accepts the recommendations in principle"], "answers": ["R1"]}]}],
        "sections": [{"kind": "RECOMMENDATIONS", "content": [{"recommendation": {"id": "R1", "statement": "Review all placements."}}]},
          {"kind": "FURTHER_READING", "content": [
            {"resource": {"title": "Phase 2 report", "link": "https://example.org/phase-2", "accessed": "2024-01-12", "marker": "3",
              "answers": ["R1"], "keyPoints": ["the homes were not safe"]}},
            {"resource": {"title": "the national guidance (PDF)", "linkNotInCopy": true}}]}]
        """);

    Resource reference = summary.resources().get(0);
    assertThat(reference.getAccessed()).contains(PartialDate.parse("2024-01-12"));
    assertThat(summary.getSources().get(0).getResponses().get(0).getAnswers()).containsExactly("R1");
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("Government response (DfE, Government; accepts the recommendations in principle)")
        .contains("**Phase 2 report** — cited: accessed 12 January 2024, mark 3; key points: the homes were not safe; answers: “Review all placements.”")
        .contains("**the national guidance (PDF)** — cited: linked, address not in the copy");

    ReadResult<LearningSummary> unknown = parse("LEARNING_BRIEFING", """
        "sources": [{"responses": [{"title": "Government response", "answers": ["R9"]}]}]
        """);
    assertThat(unknown.report().errors())
        .extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(References.UNKNOWN_PART, "/sources/0/responses/0/answers/0"));
    ReadResult<LearningSummary> both = parse("LEARNING_BRIEFING", """
        "arrangements": [{"kind": "GUIDANCE", "name": "the guidance", "link": "https://example.org/g", "linkNotInCopy": true}]
        """);
    assertThat(both.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(FormRule.Codes.LINK_NOT_IN_COPY, "/arrangements/0"));
  }

  @Test
  void anArrangementHasAStatusAndWhatItCompliesWith() {
    LearningSummary summary = read("GUIDANCE_PAGE", """
        "arrangements": [{"kind": "GUIDANCE", "name": "National guidance for child protection committees", "status": "INTERIM"},
          {"kind": "PROTOCOL", "name": "the local protocol", "compliesWith": ["the national guidance"], "status": "IN_FORCE",
           "linkNotInCopy": true}]
        """);

    assertThat(summary.getArrangements().get(0).getStatus()).contains(ArrangementStatus.INTERIM);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("**National guidance for child protection committees** — kind: Guidance; status: Interim")
        .contains("**the local protocol** — kind: Protocol; complies with: the national guidance; status: In force; "
            + "link: address not in the copy");
  }

  @Test
  void aResidentialProviderItsSectorNewThemesAndAbuseOfAKindNotSaidAreTypedAndCounted() {
    LearningSummary summary = read("LEARNING_BRIEFING", """
        "partnership": {"name": "NSPCC", "kind": "CHARITY", "sector": "VOLUNTARY"},
        "agencies": [{"kind": "RESIDENTIAL_CARE_PROVIDER", "name": "the group's homes", "sector": "PRIVATE"}],
        "incidents": [{"harmTypes": ["ABUSE_UNSPECIFIED", "NEGLECT"], "abuseOrNeglectAsWritten": "abuse and neglect"}],
        "themes": ["CONCEALED_PREGNANCY", "ADVERSE_CHILDHOOD_EXPERIENCES", "CHILDREN_IN_CARE"]
        """);

    assertThat(summary.getAgencies().get(0).getSector()).contains(Sector.PRIVATE);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    CorpusStatistics statistics = CorpusStatistics.of(summary);
    assertThat(statistics.getFrequencies(Statistic.THEMES)).extracting(Frequency::key)
        .contains("CONCEALED_PREGNANCY", "ADVERSE_CHILDHOOD_EXPERIENCES", "CHILDREN_IN_CARE");
    assertThat(statistics.getFrequencies(Statistic.AGENCY_KINDS)).extracting(Frequency::key).contains("RESIDENTIAL_CARE_PROVIDER");
    assertThat(statistics.getFrequencies(Statistic.HARM_TYPES)).extracting(Frequency::key).contains("ABUSE_UNSPECIFIED");
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("NSPCC, Charity or voluntary organisation, voluntary or charitable")
        .contains("the group's homes (Residential care provider, private)")
        .contains("Concealed or denied pregnancy")
        .contains("Abuse, kind not said");
  }
}
