package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.review.testing.SummaryJson.parse;
import static org.safeguarding.review.testing.SummaryJson.read;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * Facts the fourteenth blind encoding squeezed, each read from JSON as a typed value, checked,
 * shown and, where statistics count the thing, counted: whether a kind's criteria must all hold,
 * facts known only from where a document is published, a family member of one of several roles,
 * interviews with perpetrators and evidence reviews, a body's level, whom a source is for, and
 * kinds of agency where the model takes an organisation.
 */
class CriteriaJoinsInferredFactsAndAgencyKindsTest {

  @Test
  void criteriaSayWhetherAllMustHoldButOnlyWhenTheyAreListed() {
    LearningSummary summary = read("GUIDANCE_PAGE", """
        "sources": [{"type": "RAPID_REVIEW", "criteriaJoin": "ALL",
          "criteria": [{"asWritten": "abuse or neglect is known or suspected"}, {"asWritten": "the child has died or been seriously harmed"}]}]
        """);

    assertThat(summary.getSources().get(0).getCriteriaJoin()).contains(CriteriaJoin.ALL);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary)).contains("criteria join: All must hold");

    ReadResult<LearningSummary> alone = parse("GUIDANCE_PAGE", """
        "sources": [{"criteriaAsWritten": "a child died", "criteriaJoin": "ANY"}]
        """);
    assertThat(alone.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(FormRule.Codes.SOURCE_CRITERIA_JOIN, "/sources/0"));
  }

  @Test
  void aSeriesAndAnAudienceKnownOnlyFromTheAddressSayWhereTheyCameFrom() {
    LearningSummary summary = read("SEVEN_MINUTE_BRIEFING", """
        "series": "7 minute briefings", "audience": ["ALL_AGENCIES"],
        "provenance": {"link": "https://example.org/professionals/7-minute-briefings/one", "titleFrom": "WEB_ADDRESS",
          "inferred": [{"field": "SERIES", "takenFrom": "WEB_ADDRESS"}, {"field": "AUDIENCE", "takenFrom": "HOST_PAGE"}]}
        """);

    assertThat(summary.getProvenance().orElseThrow().getInferred())
        .extracting(InferredFact::getField, InferredFact::getTakenFrom)
        .containsExactly(tuple(InferredField.SERIES, TitleSource.WEB_ADDRESS), tuple(InferredField.AUDIENCE, TitleSource.HOST_PAGE));
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary)).contains("Title from: web address. Series from: web address. Audience from: host page.");

    ReadResult<LearningSummary> fieldless = parse("SEVEN_MINUTE_BRIEFING", """
        "provenance": {"inferred": [{"takenFrom": "WEB_ADDRESS"}]}
        """);
    assertThat(fieldless.report().errors()).extracting(issue -> issue.pointer().toString()).containsExactly("/provenance/inferred/0/field");
  }

  @Test
  void aFamilyMemberOfOneOfSeveralRolesKeepsThemAllWithoutAssertingOne() {
    LearningSummary summary = read("REPORT", """
        "familyMembers": [{"label": "the man", "role": "MALE_CARER", "roleAsWritten": "their father, stepfather or another adult male",
          "possibleRoles": ["FATHER", "STEP_PARENT", "MALE_CARER"]}]
        """);

    FamilyMember member = summary.getFamilyMembers().get(0);
    assertThat(member.getPossibleRoles()).containsExactly(FamilyRole.FATHER, FamilyRole.STEP_PARENT, FamilyRole.MALE_CARER);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary)).contains("one of: Father, Step-parent, Male carer");
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.FAMILY_ROLES)).extracting(Frequency::key).containsExactly("MALE_CARER");
  }

  @Test
  void researchWithPerpetratorsAndAnEvidenceReviewHaveTheirOwnValuesAndAreCounted() {
    LearningSummary summary = read("NEWS_ITEM", """
        "sources": [{"id": "national", "title": "The national review", "methods": ["PERPETRATOR_INTERVIEWS", "ANALYSIS_OF_REVIEW_REPORTS"]},
          {"id": "evidence", "type": "EVIDENCE_REVIEW", "title": "The evidence review"}]
        """);

    assertThat(summary.getSources().get(0).getMethods()).startsWith(ReviewMethod.PERPETRATOR_INTERVIEWS);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary)).contains("Interviews with perpetrators").contains("Evidence review");
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.REVIEW_TYPES)).extracting(Frequency::key).contains("EVIDENCE_REVIEW");
  }

  @Test
  void aSourceSaysWhoShouldReadItAndABodyItsLevel() {
    LearningSummary summary = read("NEWS_ITEM", """
        "sources": [{"title": "The national review", "audience": ["ALL_AGENCIES"], "audienceRoles": ["PRACTITIONERS"],
          "audienceAsWritten": "everyone working with families",
          "conductedBy": [{"name": "the safeguarding team", "kind": "HEALTH_BODY", "level": "NATIONAL"}]}]
        """);

    ReviewReference source = summary.getSources().get(0);
    assertThat(source.getConductedBy().get(0).getLevel()).contains(Level.NATIONAL);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("for: everyone working with families (All agencies, Practitioners)")
        .contains("the safeguarding team, Health body, national");
  }

  @Test
  void kindsOfAgencyStandWhereTheModelTakesAnOrganisation() {
    LearningSummary summary = read("GUIDANCE_PAGE", """
        "arrangements": [{"kind": "DUTY", "name": "The duty to share learning", "holder": {"agencyKinds": ["ALL_AGENCIES"]}}],
        "processDescriptions": [{"title": "How learning is shared",
          "steps": [{"asWritten": "education shares the learning with schools", "by": [{"agencyKinds": ["EDUCATION_AND_EARLY_YEARS"]}]}]}]
        """);

    assertThat(summary.getArrangements().get(0).getHolder().orElseThrow().getAgencyKinds()).containsExactly(AgencyKind.ALL_AGENCIES);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    String rendered = MarkdownRenderer.standard().render(summary);
    assertThat(rendered).contains("All agencies").contains(AgencyKind.EDUCATION_AND_EARLY_YEARS.getLabel());

    ReadResult<LearningSummary> empty = parse("GUIDANCE_PAGE", """
        "arrangements": [{"kind": "DUTY", "name": "The duty", "holder": {"agencyKinds": []}}]
        """);
    assertThat(empty.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(FormRule.Codes.ORGANISATION_UNNAMED, "/arrangements/0/holder"));
  }
}
