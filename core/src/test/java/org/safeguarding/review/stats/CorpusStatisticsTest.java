package org.safeguarding.review.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Agency;
import org.safeguarding.review.AgencyKind;
import org.safeguarding.review.Arrangement;
import org.safeguarding.review.ArrangementKind;
import org.safeguarding.review.AssessmentFactor;
import org.safeguarding.review.Block;
import org.safeguarding.review.CaseEvent;
import org.safeguarding.review.Count;
import org.safeguarding.review.CountedPart;
import org.safeguarding.review.EventKind;
import org.safeguarding.review.Family;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyRole;
import org.safeguarding.review.Group;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.LegalStatus;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.RiskFactor;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.StatedCount;
import org.safeguarding.review.Status;
import org.safeguarding.review.StatusKind;
import org.safeguarding.review.StatusTiming;
import org.safeguarding.review.Subject;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.Theme;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.national.CodeList;

/**
 * The statistics of the twenty example documents, each count worked out by hand from the JSON
 * (with jq, not with the model), and the rules of counting on small documents built in code.
 */
class CorpusStatisticsTest {

  private static final Path EXAMPLES = Path.of("../examples/documents");

  private static List<ReviewDocument> examples;
  private static CorpusStatistics statistics;

  @BeforeAll
  static void countTheExamples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      examples = files.filter(f -> f.toString().endsWith(".json")).sorted()
          .map(f -> ReviewJson.strict().read(JsonInput.of(f), ReviewDocument.class))
          .toList();
    }
    statistics = new CorpusStatistics();
    examples.forEach(statistics::accept);
  }

  private static Map<String, Long> rows(Statistic statistic) {
    Map<String, Long> rows = new LinkedHashMap<>();
    statistics.getFrequencies(statistic).forEach(row -> rows.put(row.key(), row.count()));
    return rows;
  }

  @Test
  void aStatusTheDocumentSaysDidNotHoldIsNotCounted() {
    LearningSummary summary = LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .subjects(List.of(Subject.builder().pseudonym("Infant A")
            .addStatuses(Status.builder().kind(StatusKind.LOOKED_AFTER).legalStatus(LegalStatus.values()[0]).held(false).build())
            .addStatuses(Status.builder().kind(StatusKind.LOOKED_AFTER).legalStatus(LegalStatus.values()[1]).build())
            .build()))
        .build();

    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.LEGAL_STATUSES))
        .extracting(Frequency::key)
        .containsExactly(LegalStatus.values()[1].name());
  }

  @Test
  void documentsByTypeAndFormat() {
    assertThat(statistics.getDocuments()).isEqualTo(32);
    assertThat(statistics.getInvalidDocuments()).isZero();
    assertThat(rows(Statistic.DOCUMENT_TYPES)).containsExactly(Map.entry("LearningSummary", 30L), Map.entry("RapidReview", 2L));
    assertThat(rows(Statistic.FORMATS)).containsExactly(
        Map.entry("REPORT", 6L), Map.entry("LEARNING_BRIEFING", 5L), Map.entry("LEARNING_SUMMARY", 5L),
        Map.entry("GUIDANCE_PAGE", 2L), Map.entry("INDEX_PAGE", 2L), Map.entry("REVIEW_NOTICE", 2L), Map.entry("SEVEN_MINUTE_BRIEFING", 2L),
        Map.entry("AUDIT_BRIEFING", 1L), Map.entry("MEETING_PAPERS", 1L),
        Map.entry("NEWSLETTER", 1L), Map.entry("NEWS_ITEM", 1L), Map.entry("PRESS_RELEASE", 1L), Map.entry("STEP_BRIEFING", 1L));
  }

  @Test
  void reviewsByTypeCountEverySourceAndEachRapidReviewItself() {
    // The Cambridgeshire post's 41 "SCRs and LCSPRs" and Gwent's "Child or Adult Practice Reviews" are each one
    // source of two types, counted once under each; the 18 annual reports What Works analysed are one source.
    assertThat(rows(Statistic.REVIEW_TYPES)).containsExactly(
        Map.entry("NOT_GIVEN", 11L), Map.entry("SERIOUS_CASE_REVIEW", 8L), Map.entry("LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW", 7L),
        Map.entry("RAPID_REVIEW", 7L), Map.entry("MULTI_AGENCY_AUDIT", 4L), Map.entry("OVERVIEW_OF_REVIEWS", 4L),
        Map.entry("NATIONAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW", 3L), Map.entry("CHILD_PRACTICE_REVIEW", 2L),
        Map.entry("CONCISE_CHILD_PRACTICE_REVIEW", 2L), Map.entry("INSPECTORATE_REVIEW", 2L), Map.entry("LOCAL_LEARNING_REVIEW", 2L),
        Map.entry("ADULT_PRACTICE_REVIEW", 1L), Map.entry("CASE_MANAGEMENT_REVIEW", 1L), Map.entry("EXTENDED_CHILD_PRACTICE_REVIEW", 1L),
        Map.entry("INDIVIDUAL_MANAGEMENT_REVIEW", 1L), Map.entry("OTHER", 1L), Map.entry("SAFEGUARDING_PARTNERSHIP_ANNUAL_REPORT", 1L),
        Map.entry("SIGNIFICANT_CASE_REVIEW", 1L));
  }

  @Test
  void incidentsByHarmOutcomeCircumstanceAndConsequence() {
    assertThat(rows(Statistic.HARM_TYPES)).containsExactly(
        Map.entry("NON_ACCIDENTAL_INJURY", 6L), Map.entry("NEGLECT", 5L), Map.entry("NOT_GIVEN", 4L),
        Map.entry("SEXUAL_ABUSE", 3L), Map.entry("SUDDEN_UNEXPECTED_DEATH_IN_INFANCY", 3L), Map.entry("SUICIDE", 3L),
        Map.entry("ABUSIVE_HEAD_TRAUMA", 2L), Map.entry("ACCIDENT", 1L), Map.entry("BULLYING", 1L),
        Map.entry("CHILD_SEXUAL_EXPLOITATION", 1L), Map.entry("GROOMING", 1L), Map.entry("HARM_BY_PROFESSIONALS", 1L),
        Map.entry("SERIOUS_YOUTH_VIOLENCE", 1L));
    // Redbridge's suicide after cyberbullying died; its online grooming and its abuse for images say no outcome.
    assertThat(rows(Statistic.INCIDENT_OUTCOMES)).containsExactly(
        Map.entry("DIED", 11L), Map.entry("SERIOUSLY_HARMED", 9L), Map.entry("NOT_GIVEN", 5L));
    // Lancashire's two infants died co-sleeping with a mother who had been drinking; no other example says how.
    assertThat(rows(Statistic.CIRCUMSTANCES)).containsExactly(
        Map.entry("CARER_UNDER_THE_INFLUENCE", 2L), Map.entry("CO_SLEEPING", 2L));
    // Arrests in Devon's rapid review and briefing and in Stoke's review; Bexley's and Devon's Baby F's hospital
    // admissions, Anglesey's inquest, East Ayrshire's Baby L's lasting injuries. "The children were taken into
    // care" is one entry, however many it names.
    assertThat(rows(Statistic.CONSEQUENCES)).containsExactly(
        Map.entry("ARREST", 3L), Map.entry("HOSPITAL_ADMISSION", 2L), Map.entry("INVESTIGATION", 2L),
        Map.entry("NO_FURTHER_ACTION", 2L), Map.entry("TAKEN_INTO_CARE", 2L), Map.entry("INQUEST", 1L),
        Map.entry("ONGOING_IMPACT", 1L), Map.entry("STRATEGY_DISCUSSION", 1L));
  }

  @Test
  void childrenByAgeBandCountEachSubjectAndEveryChildOfAGroup() {
    // Subjects: seven babies (two unnamed, of 2 and 13 weeks, in the North Wales notices), two 16-year-olds,
    // children of 2 and 4, Child Q (a stage) and Child D (no age); Lancashire's Child LR and Child LP
    // (under 5 months), Lambeth's Child Angela and Baby N (no age).
    // Groups: ten boys, 5 and 2 children (Devon), four children (Stoke), 45 children (Northern Ireland's reviews)
    // without ages (the children among the 45 who died are part of them, not counted again); twelve young
    // people (a stage); Lambeth's two children of the Panel's report (no age) and babies under 1 (one,
    // without a count; the harmed and the killed among them are part of them); NSCB's four children aged
    // 6 to 18 (across bands; its unnamed young person is one of them, not counted again) and the
    // inspectorates' "hundreds of children" (one, without a count; the 36 tracked in detail are part of them);
    // Baby L (no age), the VKPP briefing's two boys and the Panel's children abused in the family (one,
    // without a count; those under 12 are part of them), none with an age.
    assertThat(rows(Statistic.AGE_BANDS)).containsExactly(
        Map.entry("NOT_GIVEN", 76L), Map.entry("STAGE_ONLY", 13L), Map.entry("UNDER_1", 11L),
        Map.entry("ACROSS_BANDS", 4L), Map.entry("AGED_16_TO_17", 2L), Map.entry("AGED_1_TO_4", 2L));
  }

  @Test
  void familyMembersByRoleAndCareLeaverStatus() {
    assertThat(rows(Statistic.FAMILY_ROLES)).containsExactly(
        Map.entry("MOTHER", 10L), Map.entry("SIBLING", 8L), Map.entry("FATHER", 7L), Map.entry("PARENT", 3L),
        Map.entry("MALE_CARER", 2L), Map.entry("NOT_KNOWN", 2L), Map.entry("PARTNER", 2L), Map.entry("GRANDPARENT", 1L));
    assertThat(rows(Statistic.CARE_LEAVERS)).containsExactly(Map.entry("NOT_GIVEN", 32L), Map.entry("CARE_LEAVER", 3L));
  }

  @Test
  void agenciesByKindLeaveOutOtherAndByNameCountDocuments() {
    assertThat(rows(Statistic.AGENCY_KINDS)).containsExactly(
        Map.entry("CHILDRENS_SOCIAL_CARE", 9L), Map.entry("POLICE", 5L), Map.entry("EDUCATION_AND_EARLY_YEARS", 4L),
        Map.entry("GENERAL_HEALTH", 3L), Map.entry("HOUSING_LOCAL_AUTHORITY", 3L), Map.entry("GP", 2L),
        Map.entry("HEALTH_VISITING", 2L), Map.entry("HOUSING_PROVIDER", 2L), Map.entry("MATERNITY_AND_MIDWIFERY", 2L),
        Map.entry("COURTS_AND_PROSECUTION", 1L), Map.entry("FRONT_DOOR_MASH", 1L), Map.entry("HOSPITAL_PAEDIATRICS", 1L),
        Map.entry("LADO", 1L), Map.entry("LEGAL_SERVICES", 1L), Map.entry("YOUTH_JUSTICE", 1L));
    Map<String, Long> names = rows(Statistic.AGENCY_NAMES);
    assertThat(names).hasSize(28).containsEntry("school", 2L).containsEntry("children's social care", 2L).containsEntry("social services", 1L).containsEntry("Metropolitan Police Service", 1L)
        .containsEntry("Children's social care", 1L).containsEntry("Children's Social Care", 1L);
    // "health services" is named in three documents, East Ayrshire's the third.
    assertThat(names).containsEntry("health services", 3L);
    assertThat(names.keySet()).first().isEqualTo("health services");
  }

  @Test
  void themesCountDocumentsThatMentionThemAnywhere() {
    Map<String, Long> themes = rows(Statistic.THEMES);
    // Thresholds and recording are catalogue themes, no longer three local ones.
    assertThat(themes).hasSize(51);
    assertThat(themes.entrySet()).startsWith(
        Map.entry("MULTI_AGENCY_WORKING", 17L), Map.entry("RISK_ASSESSMENT", 12L), Map.entry("INFORMATION_SHARING", 10L),
        Map.entry("NEGLECT", 9L), Map.entry("VOICE_OF_THE_CHILD", 8L), Map.entry("FATHERS_AND_MALE_CARERS", 7L),
        Map.entry("NON_ACCIDENTAL_INJURY_IN_INFANTS", 6L), Map.entry("WORKFORCE", 6L), Map.entry("DOMESTIC_ABUSE", 5L));
    assertThat(themes).containsEntry("local:STRIP_SEARCH_OF_CHILDREN", 1L).containsEntry("COVID_19", 2L).containsEntry("ONLINE_HARM", 1L)
        .containsEntry("THRESHOLDS", 3L).containsEntry("RECORDING_AND_CHRONOLOGIES", 1L).doesNotContainKey("local:THRESHOLDS");
    assertThat(themes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(154);
  }

  @Test
  void pairsOfThemesCountDocumentsWithBoth() {
    // Each document with n themes has n(n-1)/2 pairs; over the examples they add up to 516.
    assertThat(statistics.getTotal(Statistic.THEME_PAIRS)).isEqualTo(516);
    List<Frequency> pairs = statistics.getFrequencies(Statistic.THEME_PAIRS);
    assertThat(pairs.get(0).key()).isEqualTo("MULTI_AGENCY_WORKING+RISK_ASSESSMENT");
    assertThat(pairs.get(0).label()).isEqualTo("Multi-agency working + Risk assessment and decision-making");
    for (Frequency pair : pairs) {
      String[] codes = pair.key().split("\\+");
      assertThat(codes[0]).isLessThan(codes[1]);
      assertThat(pair.count()).isLessThanOrEqualTo(Math.min(rows(Statistic.THEMES).get(codes[0]), rows(Statistic.THEMES).get(codes[1])));
    }
  }

  @Test
  void findingsByKindWithTheFindingsADocumentOnlyCounts() {
    // Hackney's news release lists two findings and says the review made eight.
    assertThat(rows(Statistic.FINDINGS)).containsExactly(
        Map.entry("LEARNING", 73L), Map.entry("AREA_FOR_IMPROVEMENT", 23L), Map.entry("GOOD_PRACTICE", 12L),
        Map.entry("STATED_NOT_LISTED", 6L), Map.entry("PROGRESS", 5L));
  }

  @Test
  void recommendationsActionsAndQuestionsCombineListedAndStated() {
    // Bexley lists 2, Essex 3, the Cambridgeshire post 3; Hackney lists none and says fourteen.
    assertThat(rows(Statistic.RECOMMENDATIONS)).containsExactly(Map.entry("STATED_NOT_LISTED", 14L), Map.entry("LISTED", 8L));
    assertThat(statistics.getTotal(Statistic.RECOMMENDATIONS)).isEqualTo(22);
    // Exampleshire's two immediate actions, Leeds's five, the audit briefing's four, Swindon's three,
    // Solihull's one, the seven-minute briefing's one, NSCB's six actions taken and East Ayrshire's seven;
    // the briefing's two questions are the only ones.
    assertThat(rows(Statistic.ACTIONS)).containsExactly(Map.entry("LISTED", 29L));
    // NSCB's actions taken: three done ("now in place", "has been given", "was sent"), one under way, one
    // to be developed; no other example says how far an action has gone (East Ayrshire's gerunds,
    // "introducing ...", do not).
    assertThat(rows(Statistic.ACTION_STATUSES)).containsExactly(
        Map.entry("NOT_GIVEN", 24L), Map.entry("COMPLETED", 3L), Map.entry("IN_PROGRESS", 1L), Map.entry("NOT_STARTED", 1L));
    assertThat(rows(Statistic.QUESTIONS)).containsExactly(Map.entry("LISTED", 2L));
  }

  @Test
  void familiesArrangementsAndEventsOfTheExamples() {
    // Blackpool's family and Lancashire's two; Anglesey's notice names the All Wales Child Protection
    // Procedures, CYSUR's page a regulation, a duty, a statute and guidance, Lambeth's thresholds guidance and
    // two London procedures, Lancashire's brief its local campaigns (a scheme without a name), NSCB's
    // report the PLO, a self-harm pathway, a neglect strategy, a PLO panel and two kinds of training, East
    // Ayrshire's two pieces of guidance, its referral group and its learning programme, Gwent's statute and duty,
    // and What Works's Working Together and its audit tool.
    assertThat(rows(Statistic.FAMILIES)).containsExactly(Map.entry("LISTED", 3L));
    assertThat(rows(Statistic.ARRANGEMENTS)).containsExactly(
        Map.entry("GUIDANCE", 5L), Map.entry("PROCEDURE", 5L), Map.entry("TRAINING", 3L), Map.entry("DUTY", 2L),
        Map.entry("PANEL", 2L), Map.entry("STATUTE", 2L), Map.entry("REGULATION", 1L), Map.entry("SCHEME", 1L),
        Map.entry("STRATEGY", 1L), Map.entry("TOOL", 1L));
    // Gwent's learning event and meeting with the family, and the meeting of NSCB's audit sub panel.
    assertThat(rows(Statistic.MEETINGS)).containsExactly(
        Map.entry("FAMILY_MEETING", 1L), Map.entry("LEARNING_EVENT", 1L), Map.entry("PANEL_MEETING", 1L));
    // The VKPP briefing's critical moments: an arrest and threats to life reported to the police.
    assertThat(rows(Statistic.EVENTS)).containsExactly(Map.entry("ARREST", 1L), Map.entry("REPORT_TO_POLICE", 1L));
    assertThat(statistics.getStatistics()).contains(Statistic.FAMILIES, Statistic.ARRANGEMENTS, Statistic.EVENTS);
  }

  @Test
  void familiesToldApartCountOneEachAndACountedSetAsManyAsItsCount() {
    CorpusStatistics one = CorpusStatistics.of(LearningSummary.builder().from(TestDocuments.learningSummary())
        .addFamilies(
            Family.builder().label("Family A").relatedToOthers(false).build(),
            Family.builder().label("Family B").build(),
            Family.builder().label("24 families").count(Count.of(24)).build())
        .build());

    assertThat(one.getFrequencies(Statistic.FAMILIES)).extracting(Frequency::key, Frequency::label, Frequency::count).containsExactly(
        tuple(CorpusStatistics.STATED_NOT_LISTED, "Stated as a number, not listed", 24L),
        tuple(CorpusStatistics.LISTED, "Told apart", 2L));
    assertThat(one.getTotal(Statistic.FAMILIES)).isEqualTo(26);
  }

  @Test
  void eventsAndArrangementsCountEachEntryByKind() {
    CorpusStatistics one = CorpusStatistics.of(LearningSummary.builder().from(TestDocuments.learningSummary())
        .addEvents(
            CaseEvent.builder().kind(EventKind.STRATEGY_MEETING).title("A strategy discussion was held").timing(StatusTiming.BEFORE_INCIDENT).build(),
            CaseEvent.builder().kind(EventKind.STRATEGY_MEETING).title("A second strategy meeting").build(),
            CaseEvent.builder().kind(EventKind.VISIT).title("A home visit").build())
        .addArrangements(
            Arrangement.builder().kind(ArrangementKind.STATUTE).name("Children Act 1989").section("section 47").build(),
            Arrangement.builder().kind(ArrangementKind.PROTOCOL).name("the regional bruising protocol").build())
        .build());

    assertThat(one.getFrequencies(Statistic.EVENTS)).extracting(Frequency::key, Frequency::label, Frequency::count).containsExactly(
        tuple("STRATEGY_MEETING", EventKind.STRATEGY_MEETING.getLabel(), 2L), tuple("VISIT", EventKind.VISIT.getLabel(), 1L));
    assertThat(one.getFrequencies(Statistic.ARRANGEMENTS)).extracting(Frequency::key, Frequency::count).containsExactly(
        tuple("PROTOCOL", 1L), tuple("STATUTE", 1L));
  }

  @Test
  void housingPlacementsByType() {
    assertThat(rows(Statistic.HOUSING_PLACEMENTS)).containsExactly(
        Map.entry("BED_AND_BREAKFAST", 1L), Map.entry("NIGHTLY_PAID_SELF_CONTAINED", 1L), Map.entry("NOT_GIVEN", 1L));
  }

  @Test
  void riskFactorsByTheCensusCodeForWhoHoldsThem() {
    RiskFactor drink = RiskFactor.builder().factor(AssessmentFactor.ALCOHOL_MISUSE).build();
    CorpusStatistics one = CorpusStatistics.of(LearningSummary.builder().from(TestDocuments.learningSummary())
        .addFamilyMembers(
            FamilyMember.builder().label("Mother").role(FamilyRole.MOTHER).addRiskFactors(drink).build(),
            FamilyMember.builder().label("Uncle").role(FamilyRole.OTHER_RELATIVE).inHousehold(true).addRiskFactors(drink).build(),
            FamilyMember.builder().label("Grandfather").role(FamilyRole.GRANDPARENT).addRiskFactors(drink).build())
        .build());

    assertThat(one.getFrequencies(Statistic.RISK_FACTORS)).extracting(Frequency::key, Frequency::label).containsExactly(
        tuple("1B", "1B " + CodeList.CIN_ASSESSMENT_FACTORS.entry("1B").orElseThrow().label()),
        tuple("1C", "1C " + CodeList.CIN_ASSESSMENT_FACTORS.entry("1C").orElseThrow().label()),
        tuple("ALCOHOL_MISUSE", "Alcohol misuse (no census code)"));
  }

  @Test
  void onlyStatisticsThatSaySomethingAreShown() {
    CorpusStatistics essex = new CorpusStatistics();
    essex.accept(ReviewJson.strict().read(JsonInput.of(EXAMPLES.resolve("essex-learning-summary-child-hh-cc.json")), ReviewDocument.class));
    assertThat(essex.getStatistics()).doesNotContain(Statistic.QUESTIONS).contains(Statistic.THEMES);
    assertThat(statistics.getStatistics()).contains(Statistic.QUESTIONS, Statistic.CARE_LEAVERS);
    for (Statistic statistic : statistics.getStatistics()) {
      assertThat(statistics.getFrequencies(statistic)).as(statistic.getName())
          .anyMatch(row -> !row.key().equals(CorpusStatistics.NOT_GIVEN));
    }
  }

  @Test
  void aStatisticWithNothingButNotGivenIsNotShown() {
    CorpusStatistics one = CorpusStatistics.of(LearningSummary.builder().from(TestDocuments.learningSummary())
        .addFamilyMembers(FamilyMember.builder().label("Mother").role(FamilyRole.MOTHER).build())
        .build());

    assertThat(one.getFrequencies(Statistic.CARE_LEAVERS)).extracting(Frequency::key).containsExactly(CorpusStatistics.NOT_GIVEN);
    assertThat(one.getStatistics()).contains(Statistic.FAMILY_ROLES).doesNotContain(Statistic.CARE_LEAVERS);
  }

  @Test
  void rowsAreMostFrequentFirstAndEqualCountsByKey() {
    for (Statistic statistic : Statistic.values()) {
      assertThat(statistics.getFrequencies(statistic)).as(statistic.getName())
          .isSortedAccordingTo(Frequency.MOST_FREQUENT_FIRST)
          .allMatch(row -> row.count() > 0 && !row.label().isBlank());
    }
    assertThat(rows(Statistic.FORMATS).keySet()).containsSubsequence("AUDIT_BRIEFING", "MEETING_PAPERS", "PRESS_RELEASE");
  }

  @Test
  void labelsAreForPeople() {
    assertThat(statistics.getFrequencies(Statistic.THEMES)).extracting(Frequency::key, Frequency::label)
        .contains(tuple("MULTI_AGENCY_WORKING", "Multi-agency working"), tuple("local:CONSENT", "CONSENT (local theme)"));
    assertThat(statistics.getFrequencies(Statistic.AGE_BANDS)).extracting(Frequency::key, Frequency::label)
        .contains(tuple("AGED_1_TO_4", "1 to 4"), tuple("NOT_GIVEN", "Not given"));
    assertThat(statistics.getFrequencies(Statistic.RECOMMENDATIONS)).extracting(Frequency::label)
        .containsExactly("Stated as a number, not listed", "Listed");
  }

  @Test
  void combiningSharesGivesTheSameCountsAsOneAccumulator() {
    CorpusStatistics first = new CorpusStatistics();
    CorpusStatistics second = new CorpusStatistics();
    examples.subList(0, 5).forEach(first::accept);
    examples.subList(5, examples.size()).forEach(second::accept);
    second.acceptInvalid();

    CorpusStatistics combined = first.combine(second);

    assertThat(combined.getDocuments()).isEqualTo(examples.size());
    assertThat(combined.getInvalidDocuments()).isEqualTo(1);
    for (Statistic statistic : Statistic.values()) {
      assertThat(combined.getFrequencies(statistic)).as(statistic.getName()).isEqualTo(statistics.getFrequencies(statistic));
    }
    assertThat(examples.parallelStream().collect(CorpusStatistics.collector()).getFrequencies(Statistic.THEME_PAIRS))
        .isEqualTo(statistics.getFrequencies(Statistic.THEME_PAIRS));
  }

  @Test
  void anInvalidDocumentAddsToNoOtherCount() {
    CorpusStatistics counted = new CorpusStatistics();
    counted.acceptInvalid();

    assertThat(counted.getInvalidDocuments()).isEqualTo(1);
    assertThat(counted.getDocuments()).isZero();
    assertThat(counted.getStatistics()).isEmpty();
  }

  @Test
  void aStatedCountAddsOnlyWhatTheListLeavesOut() {
    LearningSummary excerpt = LearningSummary.builder().from(TestDocuments.learningSummary())
        .addStatedCounts(StatedCount.builder().part(CountedPart.RECOMMENDATIONS).count(Count.of(4)).build())
        .addStatedCounts(StatedCount.builder().part(CountedPart.FINDINGS).count(Count.of(1)).build())
        .addStatedCounts(StatedCount.builder().part(CountedPart.QUESTIONS).count(Count.of(3)).build())
        .build();

    CorpusStatistics counted = CorpusStatistics.of(excerpt);

    // One recommendation listed and four stated: three more. One finding listed and one stated: none more.
    assertThat(counted.getFrequencies(Statistic.RECOMMENDATIONS)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple(CorpusStatistics.STATED_NOT_LISTED, 3L), tuple(CorpusStatistics.LISTED, 1L));
    assertThat(counted.getFrequencies(Statistic.FINDINGS)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("LEARNING", 1L));
    assertThat(counted.getFrequencies(Statistic.QUESTIONS)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple(CorpusStatistics.STATED_NOT_LISTED, 3L));
  }

  @Test
  void questionsInListsAreCounted() {
    LearningSummary withQuestions = LearningSummary.builder().from(TestDocuments.learningSummary())
        .addSections(Section.builder().kind(SectionKind.QUESTIONS_FOR_REFLECTION)
            .addContent(Block.question("How do you know the baby sleeps safely?"))
            .addContent(Block.of(ItemList.of(Item.question("Who else lives in the home?"), Item.text("Think about visitors."))))
            .build())
        .build();

    assertThat(CorpusStatistics.of(withQuestions).getFrequencies(Statistic.QUESTIONS)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple(CorpusStatistics.LISTED, 2L));
  }

  @Test
  void anAgencyNameThatMayHoldPersonalDataIsNeverCounted() {
    LearningSummary named = LearningSummary.builder().from(TestDocuments.learningSummary())
        .addAgencies(Agency.of(AgencyKind.GP, "Surgery at CO4 3SQ"))
        .addAgencies(Agency.of(AgencyKind.GP, "Surgery at CO4\u00A03\u200BSQ"))
        .addAgencies(Agency.of(AgencyKind.OTHER, "Mobile \uFF10\uFF17\uFF17\uFF10\uFF10 900123"))
        .addAgencies(Agency.of(AgencyKind.OTHER, "Community  church"))
        .build();

    CorpusStatistics counted = CorpusStatistics.of(named);

    assertThat(counted.getFrequencies(Statistic.AGENCY_NAMES)).extracting(Frequency::key).containsExactly("Community church");
    assertThat(counted.getFrequencies(Statistic.AGENCY_KINDS)).extracting(Frequency::key).containsExactly("GP");
  }

  @Test
  void aGroupCountsItsChildrenAndAThemeOnAnyPartCounts() {
    LearningSummary thematic = LearningSummary.builder().from(TestDocuments.learningSummary())
        .addGroups(Group.builder().label("six babies").count(Count.of(6)).age(org.safeguarding.review.Age.parse("under 1 year")).build())
        .addThemes(Theme.of(LearningTheme.SAFER_SLEEP), Theme.local("CUCKOOING"))
        .build();

    CorpusStatistics counted = CorpusStatistics.of(thematic);

    assertThat(counted.getFrequencies(Statistic.AGE_BANDS)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("UNDER_1", 7L));
    assertThat(counted.getFrequencies(Statistic.THEMES)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("SAFER_SLEEP", 1L), tuple("local:CUCKOOING", 1L));
    assertThat(counted.getFrequencies(Statistic.THEME_PAIRS)).extracting(Frequency::key, Frequency::label)
        .containsExactly(tuple("SAFER_SLEEP+local:CUCKOOING", "Safer sleep + CUCKOOING (local theme)"));
  }

  @Test
  void aChildWhoIsOneOfAGroupIsCountedOnlyInTheGroup() {
    Group four = Group.builder().label("4 children").count(Count.of(4)).age(org.safeguarding.review.Age.parse("6 to 18 years")).build();
    Subject youngPerson = Subject.builder().pseudonym("the young person").unnamed(true).age(org.safeguarding.review.Age.parse("15 years")).build();
    LearningSummary apart = LearningSummary.builder().from(TestDocuments.learningSummary()).subjects(List.of(youngPerson)).addGroups(four).build();
    LearningSummary oneOf = LearningSummary.builder().from(apart).subjects(List.of(Subject.builder().from(youngPerson).partOf("4 children").build())).build();

    assertThat(CorpusStatistics.of(apart).getFrequencies(Statistic.AGE_BANDS).stream().mapToLong(Frequency::count).sum())
        .as("counted apart, the child and the group are five children")
        .isEqualTo(5L);
    assertThat(CorpusStatistics.of(oneOf).getFrequencies(Statistic.AGE_BANDS)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple(AgeBand.of(four.getAge()).name(), 4L));
  }
}
