package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.review.testing.SummaryJson.parse;
import static org.safeguarding.review.testing.SummaryJson.read;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.DatesInOrder;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;
import org.safeguarding.review.testing.IssueText;
import tools.jackson.databind.node.ObjectNode;

/**
 * The facts of documents about reviews rather than of one case, and the loose facts of a case, each
 * read from JSON as typed values, checked, shown and counted: dated entries of an index page, a
 * review's change of stage, what guidance requires and of whom, an incident's loose time and
 * circumstances, negative and relational facts about family members.
 */
class DocumentsAboutReviewsTest {

  private static final String FORMAT = "INDEX_PAGE";

  @Test
  void anIndexPageHasDatedEntriesEachWithAResourceAndItsPublisher() {
    LearningSummary page = read(FORMAT, """
        "sections": [{"kind": "OTHER", "heading": "Sexual abuse in schools", "date": {"date": "2022-02-21"},
          "content": [{"resource": {"title": "Review of sexual abuse in schools and colleges",
            "publisher": {"name": "NSPCC"}, "date": {"date": "2021-06", "asWritten": "June 2021"}}}]}]
        """);

    Section entry = page.getSections().get(0);
    Resource resource = entry.getContent().get(0).getResource().orElseThrow();
    assertThat(page.getFormat()).isEqualTo(LearningFormat.INDEX_PAGE);
    assertThat(entry.getDate().flatMap(When::getDate)).contains(PartialDate.parse("2022-02-21"));
    assertThat(resource.getPublisher().flatMap(Organisation::getName)).contains("NSPCC");
    assertThat(resource.getDate().flatMap(When::getAsWritten)).contains("June 2021");

    String markdown = MarkdownRenderer.standard().render(page);
    assertThat(markdown).contains("*21 February 2022*").contains("by: NSPCC; date: June 2021");
  }

  @Test
  void aReviewDecommissionedPartWaySaysWhenWhyAndAfterWhat() {
    LearningSummary summary = read(FORMAT, """
        "sources": [{"id": "S1", "type": "SERIOUS_CASE_REVIEW", "decisionDate": "2019-03", "stage": "DECOMMISSIONED",
          "stageWhen": {"asWritten": "mid-point"}, "stageReason": "following completion of the criminal investigation",
          "stageProcess": "POLICE_INVESTIGATION"}]
        """);

    ReviewReference source = summary.getSources().get(0);
    assertThat(source.getStageWhen().flatMap(When::getAsWritten)).contains("mid-point");
    assertThat(source.getStageReason()).contains("following completion of the criminal investigation");
    assertThat(source.getStageProcess()).contains(ParallelProcess.POLICE_INVESTIGATION);
    assertThat(MarkdownRenderer.standard().render(summary)).contains("after: Police investigation").doesNotContain("S1");
  }

  @Test
  void aStageReachedBeforeTheDecisionIsOutOfOrder() {
    ReviewReference source = ReviewReference.builder()
        .decisionDate(PartialDate.parse("2019-03"))
        .stage(ReviewStage.DECOMMISSIONED)
        .stageWhen(When.of(PartialDate.parse("2018-11")))
        .build();
    LearningSummary summary = LearningSummary.builder().from(TestDocuments.learningSummary()).addSources(source).build();

    assertThat(Standard.validator().validate(summary).issues())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .contains(tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/sources/0/stageWhen/date"));
  }

  @Test
  void guidanceSaysWhatItRequiresOfWhomAndWhatItLeavesToCoronersAndCourts() {
    LearningSummary page = read(FORMAT, """
        "arrangements": [{"kind": "DUTY", "name": "The Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015",
          "holder": {"name": "Regional Safeguarding Children Boards"},
          "requirements": ["Reviews should be completed in a timely manner."],
          "processes": ["CORONER", "CRIMINAL_PROCEEDINGS"], "version": "revised", "versionDate": {"date": "2023"}}]
        """);

    Arrangement duty = page.getArrangements().get(0);
    assertThat(duty.getHolder().flatMap(Organisation::getName)).contains("Regional Safeguarding Children Boards");
    assertThat(duty.getIssuer()).isEmpty();
    assertThat(duty.getRequirements()).containsExactly("Reviews should be completed in a timely manner.");
    assertThat(duty.getProcesses()).containsExactly(ParallelProcess.CORONER, ParallelProcess.CRIMINAL_PROCEEDINGS);
    assertThat(duty.getVersion()).contains("revised");
    assertThat(MarkdownRenderer.standard().render(page))
        .contains("duty on: Regional Safeguarding Children Boards")
        .contains("leaves to: Coroner's inquest, Criminal proceedings");
  }

  @Test
  void anIncidentGivenByAnotherHasAWhenAndItsCircumstancesAreCounted() {
    LearningSummary summary = read(FORMAT, """
        "subjects": [{"pseudonym": "Child LP", "age": {"value": 9, "unit": "WEEKS"}}],
        "incidents": [{"subjects": ["Child LP"], "outcome": "DIED",
          "when": {"asWritten": "within 2 weeks of the other death"}, "circumstances": ["CO_SLEEPING", "CARER_UNDER_THE_INFLUENCE"]}]
        """);

    Incident incident = summary.getIncidents().get(0);
    assertThat(incident.getWhen().flatMap(When::getAsWritten)).contains("within 2 weeks of the other death");
    assertThat(incident.getCircumstances()).containsExactly(IncidentCircumstance.CO_SLEEPING, IncidentCircumstance.CARER_UNDER_THE_INFLUENCE);
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.CIRCUMSTANCES))
        .extracting(Frequency::key, Frequency::count)
        .containsExactlyInAnyOrder(tuple("CO_SLEEPING", 1L), tuple("CARER_UNDER_THE_INFLUENCE", 1L));
    assertThat(MarkdownRenderer.standard().render(summary)).contains("Co-sleeping with an adult");
  }

  @Test
  void anIncidentStillReadsAPlainDateButNotADateAndAWhen() {
    assertThat(read(FORMAT, """
        "incidents": [{"date": "2019-05-02"}]
        """).getIncidents().get(0).getDate()).contains(PartialDate.parse("2019-05-02"));

    ReadResult<LearningSummary> both = parse(FORMAT, """
        "incidents": [{"date": "2019-05-02", "when": {"asWritten": "in May"}}]
        """);
    assertThat(both.report().errors())
        .extracting(ValidationIssue::code)
        .containsExactly(FormRule.Codes.INCIDENT_FORM);
  }

  @Test
  void familyMembersWithoutConcernsInContactOrWhoWithheldAStatusAreTyped() {
    LearningSummary summary = read(FORMAT, """
        "familyMembers": [
          {"label": "Siblings", "role": "SIBLING", "concernsKnown": false, "concernsAsWritten": "no previous health or education concerns"},
          {"label": "Half sibling", "role": "SIBLING", "contact": true},
          {"label": "Parents", "role": "PARENT",
           "statuses": [{"kind": "KNOWN_TO_SERVICES", "notDisclosedTo": [{"kind": "MATERNITY_AND_MIDWIFERY"}]}],
           "riskFactors": [{"factor": "ALCOHOL_USE", "detail": "had been drinking alcohol"}]}]
        """);

    List<FamilyMember> members = summary.getFamilyMembers();
    assertThat(members.get(0).getConcernsKnown()).contains(false);
    assertThat(members.get(1).getContact()).contains(true);
    assertThat(members.get(1).getInHousehold()).isEmpty();
    assertThat(members.get(2).getStatuses().get(0).getNotDisclosedTo()).extracting(Agency::getKind).containsExactly(AgencyKind.MATERNITY_AND_MIDWIFERY);
    RiskFactor drinking = members.get(2).getRiskFactors().get(0);
    assertThat(drinking.getFactor()).isEqualTo(AssessmentFactor.ALCOHOL_USE);
    assertThat(drinking.cinCode(FactorHolder.PARENT_OR_CARER)).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("concerns known: no")
        .contains("contact with the children: yes")
        .contains("not disclosed to");
  }

  @Test
  void aFigureSaysSinceWhenItHasHeldAndReviewKindsOfWalesAndInspectoratesAreCounted() {
    LearningSummary summary = read(FORMAT, """
        "sources": [{"type": "CHILD_PRACTICE_REVIEW"}, {"type": "INSPECTORATE_REVIEW", "partnership": {"name": "Ofsted"}}],
        "figures": [{"measure": "SUDI deaths in the area", "asWritten": "higher than the national average",
          "since": {"asWritten": "for a number of years"}}]
        """);

    assertThat(summary.getFigures().get(0).getSince().flatMap(When::getAsWritten)).contains("for a number of years");
    assertThat(ReviewType.CHILD_PRACTICE_REVIEW.getNation()).contains(Nation.WALES);
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.REVIEW_TYPES))
        .extracting(Frequency::key)
        .containsExactlyInAnyOrder("CHILD_PRACTICE_REVIEW", "INSPECTORATE_REVIEW");
  }

  @Test
  void aCauseOfDeathTheLimitOfAConcernANotificationToOfstedAndWhatFollowedForTheVictimsAreTyped() {
    LearningSummary summary = read(FORMAT, """
        "subjects": [{"pseudonym": "Baby D", "concernsKnown": false,
          "concernsAsWritten": "no previous concerns about the care of Baby D"}],
        "groups": [{"label": "the victims", "mayIncludeAdults": true, "description": "victims of abuse over generations"},
          {"label": "the children", "count": {"value": 3}}],
        "incidents": [{"subjects": ["Baby D"], "outcome": "DIED", "abuseOrNeglect": "SUSPECTED",
          "abuseOrNeglectAsWritten": "the concerns related only to whether the sleeping arrangements were safe",
          "causeOfDeath": "an unexplained cardiac arrest",
          "notifications": [{"to": [{"name": "Ofsted", "kind": "INSPECTORATE"}, {"name": "Department for Education", "kind": "GOVERNMENT"}],
            "by": {"name": "Exampleshire Council"}, "when": {"asWritten": "already"},
            "what": "the details of the child's death and that a review may be held"}],
          "consequences": [{"kind": "ONGOING_IMPACT", "people": ["the victims"], "detail": "a longstanding impact"},
            {"kind": "ONGOING_SUPPORT", "people": ["the victims"], "detail": "still working to support the victims"}]}]
        """);

    Incident incident = summary.getIncidents().get(0);
    assertThat(incident.getCauseOfDeath()).contains("an unexplained cardiac arrest");
    assertThat(incident.getNotifications().get(0).getTo()).extracting(Organisation::getName).containsExactly(Optional.of("Ofsted"), Optional.of("Department for Education"));
    assertThat(incident.getConsequences()).extracting(Consequence::getKind).containsExactly(ConsequenceKind.ONGOING_IMPACT, ConsequenceKind.ONGOING_SUPPORT);
    assertThat(summary.getSubjects().get(0).getConcernsKnown()).contains(false);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    // The victims may include adults: the children by age band are Baby D and the three children only.
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.AGE_BANDS)).extracting(Frequency::count).containsExactly(4L);
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("cause of death: an unexplained cardiac arrest")
        .contains("concern: the concerns related only to whether the sleeping arrangements were safe")
        .contains("notified to: Ofsted, Inspectorate, Department for Education, Government (by Exampleshire Council; already; the details of the child")
        .contains("Lasting impact").contains("Continuing support")
        .contains("may include adults: yes")
        .contains("**Groups:**")
        .doesNotContain("Groups of children")
        .contains("concerns known: no");
  }

  @Test
  void aReviewSaysWhenAndWhyItWasDecidedItsPurposesItsHealthOverviewReportAndThePublishedResponse() {
    LearningSummary summary = read(FORMAT, """
        "sources": [{"id": "scr", "type": "SERIOUS_CASE_REVIEW",
            "decisionWhen": {"asWritten": "soon after the death of the child"},
            "decisionReason": "because abuse or neglect were suspected to be a factor in the child's death",
            "remit": ["to review the involvement of agencies", "to establish what lessons are to be learnt"],
            "responses": [{"title": "The Board's response", "publisher": {"name": "Exampleshire Safeguarding Children Board"}}]},
          {"type": "HEALTH_OVERVIEW_REPORT", "typeAsWritten": "PCT Commissioning Health Overview Report", "partOf": "scr"}],
        "people": [{"name": "the Independent Chair", "roles": ["ENDORSER", "INDEPENDENT_CHAIR"], "roleAsWritten": "Executive summary endorsed by"}]
        """);

    ReviewReference review = summary.getSources().get(0);
    assertThat(review.getDecisionWhen().flatMap(When::getAsWritten)).contains("soon after the death of the child");
    assertThat(review.getRemit()).hasSize(2);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.REVIEW_TYPES))
        .extracting(Frequency::key)
        .containsExactlyInAnyOrder("SERIOUS_CASE_REVIEW", "HEALTH_OVERVIEW_REPORT");
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("decided: soon after the death of the child")
        .contains("decided because: because abuse or neglect")
        .contains("remit: to review the involvement of agencies, to establish what lessons are to be learnt")
        .contains("response: The Board's response (Exampleshire Safeguarding Children Board)")
        .contains("part of: Review 1")
        .contains("Endorsed the document");

    ReadResult<LearningSummary> both = parse(FORMAT, """
        "sources": [{"decisionDate": "2015-03", "decisionWhen": {"asWritten": "soon after"}}]
        """);
    assertThat(both.report().errors()).extracting(ValidationIssue::code).containsExactly(FormRule.Codes.SOURCE_DECISION_FORM);
  }
}
