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
import org.safeguarding.review.rules.RiskFactors;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * Facts a ninth blind encoding squeezed, each read from JSON as a typed value, checked, shown and
 * counted: a family member's convictions and prosecutions and the risk they were known to pose,
 * with the assessment that was not robust; an arrest and a report to the police in a chronology,
 * and a threat to life; whose care a child was in; a counted source of two kinds of review; a
 * national programme as author, with the document's purpose and audience; the body a review's
 * findings were put to; several unnamed people in one role.
 */
class HistoryRisksAndAudiencesTest {

  private static final String FORMAT = "LEARNING_BRIEFING";

  @Test
  void aFamilyMembersConvictionsAndTheRiskTheyPoseAreTypedAndNotCodedAsHarmTheyExperienced() {
    LearningSummary summary = read(FORMAT, """
        "groups": [{"label": "the children"}],
        "familyMembers": [{"label": "family members with a history of sexual offending", "role": "NOT_KNOWN",
          "relatedSubjects": ["the children"],
          "criminalHistory": [{"kind": "CONVICTION", "offence": "sex offences", "asWritten": "convicted sex offenders"},
            {"kind": "PROSECUTION", "offence": "sexual abuse including rape", "when": {"asWritten": "previously"}}],
          "riskFactors": [{"factor": "SEXUAL_ABUSE_BY_AN_ADULT", "riskPosed": true, "certainty": "KNOWN",
            "riskAssessment": "NOT_ROBUST", "riskAssessmentAsWritten": "without a strong risk assessment",
            "detail": "known to present some risk of sexual harm"}]}],
        "incidents": [{"subjects": ["the children"], "harmTypes": ["SEXUAL_ABUSE"],
          "inCareOf": ["family members with a history of sexual offending"], "inCareOfAsWritten": "while left in their care"}]
        """);

    FamilyMember member = summary.getFamilyMembers().get(0);
    assertThat(member.getCriminalHistory()).extracting(CriminalRecord::getKind).containsExactly(CriminalRecordKind.CONVICTION, CriminalRecordKind.PROSECUTION);
    RiskFactor factor = member.getRiskFactors().get(0);
    assertThat(factor.getRiskAssessment()).contains(RiskAssessment.NOT_ROBUST);
    // A risk posed to others is no census code for its holder, and so not a child-only factor on an adult.
    assertThat(factor.cinCode(FactorHolder.CHILD)).isEmpty();
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(Standard.validator().validate(summary).warnings()).isEmpty();
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.RISK_FACTORS)).extracting(Frequency::key).containsExactly("SEXUAL_ABUSE_BY_AN_ADULT");
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("criminal history: Conviction (sex offences; convicted sex offenders), Prosecution (sexual abuse including rape; previously)")
        .contains("a risk posed to others; known; risk no robust assessment; without a strong risk assessment")
        .contains("in the care of: family members with a history of sexual offending")
        .contains("care: while left in their care");

    LearningSummary poses = read(FORMAT, """
        "familyMembers": [{"label": "Uncle", "role": "OTHER_RELATIVE", "riskFactors": [{"factor": "SEXUAL_ABUSE_BY_AN_ADULT"}]}]
        """);
    assertThat(Standard.validator().validate(poses).warnings()).extracting(ValidationIssue::code).containsExactly(RiskFactors.CHILD_ONLY);
  }

  @Test
  void whoseCareAChildWasInNamesPeopleOfTheDocument() {
    ReadResult<LearningSummary> unknown = parse(FORMAT, """
        "subjects": [{"pseudonym": "Baby L"}],
        "incidents": [{"subjects": ["Baby L"], "inCareOf": ["Baby L's father"]}]
        """);

    assertThat(unknown.report().errors())
        .extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(References.UNKNOWN_PERSON, "/incidents/0/inCareOf/0"));
  }

  @Test
  void anArrestAReportToThePoliceAndAThreatToLifeAreEventsAndAFactorWithoutACensusCode() {
    LearningSummary summary = read(FORMAT, """
        "groups": [{"label": "both children", "count": {"value": 2},
          "riskFactors": [{"factor": "THREAT_TO_LIFE", "detail": "threats to life were reported"}]}],
        "events": [{"kind": "ARREST", "title": "at the point of arrest", "people": ["both children"]},
          {"kind": "REPORT_TO_POLICE", "title": "when threats to life were reported", "people": ["both children"]}]
        """);

    assertThat(summary.getGroups().get(0).getRiskFactors().get(0).cinCode(FactorHolder.CHILD)).isEmpty();
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    CorpusStatistics statistics = CorpusStatistics.of(summary);
    assertThat(statistics.getFrequencies(Statistic.EVENTS)).extracting(Frequency::key).containsExactlyInAnyOrder("ARREST", "REPORT_TO_POLICE");
    assertThat(statistics.getFrequencies(Statistic.RISK_FACTORS)).extracting(Frequency::key).containsExactly("THREAT_TO_LIFE");
    assertThat(MarkdownRenderer.standard().render(summary)).contains("Arrest").contains("Report to the police").contains("Threat to life");
  }

  @Test
  void aSourceOfTwoKindsIsCountedUnderEachAndNeverHasATypeBeside() {
    LearningSummary summary = read(FORMAT, """
        "sources": [{"typeAsWritten": "serious case reviews and LCSPRs", "count": {"value": 41},
          "types": ["SERIOUS_CASE_REVIEW", "LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW"],
          "forConsiderationBy": [{"name": "East Ayrshire Child Protection Committee", "kind": "CHILD_PROTECTION_COMMITTEE"}]},
          {"type": "SERIOUS_CASE_REVIEW"}]
        """);

    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.REVIEW_TYPES))
        .extracting(Frequency::key, Frequency::count)
        .containsExactlyInAnyOrder(
            tuple("SERIOUS_CASE_REVIEW", 2L),
            tuple("LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW", 1L));
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("types: Serious case review (before October 2019), Local child safeguarding practice review")
        .contains("for consideration by: East Ayrshire Child Protection Committee");

    ReadResult<LearningSummary> both = parse(FORMAT, """
        "sources": [{"type": "SERIOUS_CASE_REVIEW", "types": ["SERIOUS_CASE_REVIEW", "LEARNING_REVIEW"]}]
        """);
    assertThat(both.report().errors()).extracting(ValidationIssue::code).containsExactly(FormRule.Codes.SOURCE_TYPES_FORM);
  }

  @Test
  void aNationalProgrammeWritesForThePoliceAndTwoUnnamedReviewersAreOneEntry() {
    LearningSummary summary = read(FORMAT, """
        "partnership": {"name": "Vulnerability Knowledge and Practice Programme", "abbreviation": "VKPP", "kind": "NATIONAL_PROGRAMME"},
        "purpose": "to reflect on the learning for police practice",
        "audience": ["POLICE"], "audienceAsWritten": "operational and strategic police practice",
        "people": [{"roles": ["REVIEWER"], "roleAsWritten": "two independent reviewers", "count": {"value": 2}}]
        """);

    assertThat(summary.getAudience()).containsExactly(AgencyKind.POLICE);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("National programme")
        .contains("**Purpose:** to reflect on the learning for police practice")
        .contains("**Written for:** operational and strategic police practice (Police)")
        .contains("how many: 2");

    ReadResult<LearningSummary> named = parse(FORMAT, """
        "people": [{"name": "Dr Example", "count": {"value": 2}}]
        """);
    assertThat(named.report().errors()).extracting(ValidationIssue::code).containsExactly(FormRule.Codes.PERSON_COUNT);
  }
}
