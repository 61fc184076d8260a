package org.safeguarding.review.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Action;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.AssessmentFactor;
import org.safeguarding.review.Block;
import org.safeguarding.review.CaseEvent;
import org.safeguarding.review.ChildProtectionCategory;
import org.safeguarding.review.Completeness;
import org.safeguarding.review.CompletenessStatus;
import org.safeguarding.review.Consequence;
import org.safeguarding.review.ConsequenceKind;
import org.safeguarding.review.Count;
import org.safeguarding.review.CountedPart;
import org.safeguarding.review.EventKind;
import org.safeguarding.review.Family;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyRole;
import org.safeguarding.review.Figure;
import org.safeguarding.review.FigureUnit;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.Group;
import org.safeguarding.review.Incident;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.Move;
import org.safeguarding.review.Omission;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.OrganisationKind;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.PersonInRole;
import org.safeguarding.review.Place;
import org.safeguarding.review.Provenance;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.RiskFactor;
import org.safeguarding.review.RoleKind;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.Setting;
import org.safeguarding.review.StatedCount;
import org.safeguarding.review.Status;
import org.safeguarding.review.StatusKind;
import org.safeguarding.review.StatusTiming;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Submission;
import org.safeguarding.review.Table;
import org.safeguarding.review.TableColumn;
import org.safeguarding.review.TableRow;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.TimeSpan;
import org.safeguarding.review.When;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.IssueText;
import org.safeguarding.review.validation.ModelValidator;

/** The domain rules of issue 12: names, references, spans, ranges, tables and a rapid review's statutory gaps. */
class DomainRulesTest {

  /** Every domain rule, run on one document as a validator runs them. */
  private final DocumentCheck rules = parts -> DomainRules.all().stream().flatMap(rule -> rule.check(parts).stream()).toList();

  @Test
  void pseudonymsAndTheLabelsOfGroupsAndFamilyMembersAreOneNamespace() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addGroups(Group.builder().label("Infant A").build(), Group.builder().label("ten boys").build())
            .addFamilyMembers(FamilyMember.builder().label("ten boys").role(FamilyRole.NOT_KNOWN).build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(UniqueNames.GROUP_LABEL_DUPLICATE, "/groups/0/label"),
            tuple(UniqueNames.LABEL_DUPLICATE, "/familyMembers/0/label"));
  }

  @Test
  void aWithdrawnCensusCodeIsWarnedAboutInARapidReviewButIsByWhomNotSaidInALearningSummary() {
    Subject child =
        Subject.builder().pseudonym("Child 2").age(Age.of(9, AgeUnit.YEARS))
            .addRiskFactors(RiskFactor.builder().factor(AssessmentFactor.SEXUAL_ABUSE).build()).build();
    RapidReview review = RapidReview.builder().from(TestDocuments.rapidReview()).addChildren(child).build();
    LearningSummary summary = LearningSummary.builder().from(TestDocuments.learningSummary()).addSubjects(child).build();

    assertThat(rules.check(review))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .contains(tuple(RiskFactors.CODE_WITHDRAWN, "/children/1/riskFactors/0/factor"));
    assertThat(rules.check(summary)).extracting(ValidationIssue::code).doesNotContain(RiskFactors.CODE_WITHDRAWN);
  }

  @Test
  void anAdultsFactorOnlyChildrenAreCodedForIsWarnedAboutUnlessTheAdultCausedIt() {
    RiskFactor suffered = RiskFactor.builder().factor(AssessmentFactor.PHYSICAL_ABUSE).build();
    RiskFactor caused = RiskFactor.builder().factor(AssessmentFactor.PHYSICAL_ABUSE).perpetrated(true).build();
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addFamilyMembers(
                FamilyMember.builder().label("Adult 1").role(FamilyRole.MOTHER).addRiskFactors(suffered).build(),
                FamilyMember.builder().label("Adult 2").role(FamilyRole.FATHER).addRiskFactors(caused).build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(RiskFactors.CHILD_ONLY, "/familyMembers/0/riskFactors/0/factor"));
  }

  @Test
  void childrenAreNamedByPseudonymOrGroupLabelAndPeopleByAnyName() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addGroups(Group.builder().label("Child 2").count(Count.of(5)).build())
            .addFamilyMembers(FamilyMember.builder().label("Child 2's mother").role(FamilyRole.MOTHER).addRelatedSubjects("Child 2").build())
            .addSources(ReviewReference.builder().id("S1").addSubjects("Infant A", "Child 2", "Child 9").build())
            .addIncidents(
                Incident.builder()
                    .addSubjects("Child 2", "Child 2's mother")
                    .addConsequences(Consequence.builder().kind(ConsequenceKind.ARREST).addPeople("Child 2's mother", "Lodger").build())
                    .build())
            .addMoves(Move.builder().addPeople("Infant A", "Child 2", "Child 2's mother", "Uncle").build())
            .addFigures(Figure.builder().measure("contacts").value(java.math.BigDecimal.valueOf(3)).unit(FigureUnit.COUNT).addAbout("Child 2", "S1").addSources("S1", "S2").build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(References.UNKNOWN_SUBJECT, "/sources/0/subjects/2"),
            tuple(References.UNKNOWN_SUBJECT, "/incidents/0/subjects/1"),
            tuple(References.UNKNOWN_PERSON, "/incidents/0/consequences/0/people/1"),
            tuple(References.UNKNOWN_PERSON, "/moves/0/people/3"),
            // A figure's about names people, never sources; its sources are ids of sources.
            tuple(References.UNKNOWN_PERSON, "/figures/0/about/1"),
            tuple(References.UNKNOWN_SOURCE, "/figures/0/sources/1"));
  }

  @Test
  void sectionsFindingsCountsAndPeopleNameSourcesByTheirIds() {
    Finding finding = Finding.builder().id("F9").kind(FindingKind.LEARNING).statement("A finding.").addSources("S1", "S2").build();
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(ReviewReference.builder().id("S1").build())
            .addPeople(PersonInRole.builder().addRoles(RoleKind.LEAD_REVIEWER).addSources("S3").build())
            .addStatedCounts(StatedCount.builder().part(CountedPart.FINDINGS).count(Count.of(6)).addSources("S1", "S4").build())
            .addSections(Section.builder().kind(SectionKind.CASE).addSources("S5").addContent(Block.of(finding)).build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(References.UNKNOWN_SOURCE, "/people/0/sources/0"),
            tuple(References.UNKNOWN_SOURCE, "/statedCounts/0/sources/1"),
            tuple(References.UNKNOWN_SOURCE, "/sections/1/sources/0"),
            tuple(References.UNKNOWN_SOURCE, "/sections/1/content/0/finding/sources/1"));
  }

  @Test
  void anOverviewCoversOtherSourcesAndAGroupIsPartOfAnotherGroup() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(
                ReviewReference.builder().id("overview").type(ReviewType.OVERVIEW_OF_REVIEWS).addCovers("scrs", "overview", "cmrs").build(),
                ReviewReference.builder().id("scrs").type(ReviewType.SIGNIFICANT_CASE_REVIEW).count(Count.of(20)).build())
            .addGroups(
                Group.builder().label("23 children").count(Count.of(23)).build(),
                Group.builder().label("11 of these children").partOf("23 children").count(Count.of(11)).build(),
                Group.builder().label("all of them").partOf("all of them").build(),
                Group.builder().label("some").partOf("Child A's siblings").build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(References.UNKNOWN_SOURCE, "/sources/0/covers/1"),
            tuple(References.UNKNOWN_SOURCE, "/sources/0/covers/2"),
            tuple(References.UNKNOWN_SUBJECT, "/groups/2/partOf"),
            tuple(References.UNKNOWN_SUBJECT, "/groups/3/partOf"));
  }

  @Test
  void groupsThatArePartOfOneAnotherInACircleAreEachReported() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addGroups(
                Group.builder().label("boys").partOf("infants").build(),
                Group.builder().label("infants").partOf("all children").build(),
                Group.builder().label("all children").partOf("boys").build(),
                Group.builder().label("twins").partOf("boys").build(),
                Group.builder().label("siblings").partOf("sisters").build(),
                Group.builder().label("sisters").partOf("siblings").build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(References.CIRCULAR_GROUPS, "/groups/0/partOf"),
            tuple(References.CIRCULAR_GROUPS, "/groups/1/partOf"),
            tuple(References.CIRCULAR_GROUPS, "/groups/2/partOf"),
            tuple(References.CIRCULAR_GROUPS, "/groups/4/partOf"),
            tuple(References.CIRCULAR_GROUPS, "/groups/5/partOf"));
  }

  @Test
  void anActionLinksOnlyToFindingsTheDocumentHas() {
    Action action = Action.builder().statement("Escalate.").addFindings("F1", "F7").build();
    LearningSummary summary = withContent(TestDocuments.learningSummary(), Block.of(action));

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(References.UNKNOWN_FINDING, "/sections/1/content/0/action/findings/1"));
  }

  @Test
  void anActionAnswersAnyOtherPartWithAnIdOfTheDocument() {
    Item issue = Item.builder().id("issue-a").text("Chronic neglect").build();
    Action action = Action.builder().id("A1").statement("A neglect strategy is now in place.").addAnswers("issue-a", "F1", "S1", "A1", "issue-z").build();
    LearningSummary summary =
        LearningSummary.builder()
            .from(withContent(TestDocuments.learningSummary(), Block.of(ItemList.of(issue, Item.of(action)))))
            .addSources(ReviewReference.builder().id("S1").build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(References.UNKNOWN_PART, "/sections/1/content/0/list/items/1/action/answers/3"),
            tuple(References.UNKNOWN_PART, "/sections/1/content/0/list/items/1/action/answers/4"));
  }

  @Test
  void anItemsIdIsUniqueWithTheOtherIds() {
    LearningSummary summary = withContent(TestDocuments.learningSummary(), Block.of(ItemList.of(Item.builder().id("F1").text("An issue").build())));

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(UniqueIds.ID_DUPLICATE, "/sections/1/content/0/list/items/0/id"));
  }

  @Test
  void aChildIsOneOfAGroupAndAReviewPartOfAnotherSourceOfTheDocument() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addGroups(Group.builder().label("4 children").count(Count.of(4)).build())
            .addSubjects(
                Subject.builder().pseudonym("the young person").unnamed(true).partOf("4 children").build(),
                Subject.builder().pseudonym("the baby").unnamed(true).partOf("5 children").build())
            .addSources(
                ReviewReference.builder().id("scr").type(ReviewType.SERIOUS_CASE_REVIEW).build(),
                ReviewReference.builder().id("imr").type(ReviewType.INDIVIDUAL_MANAGEMENT_REVIEW).partOf("scr").build(),
                ReviewReference.builder().id("imr2").type(ReviewType.INDIVIDUAL_MANAGEMENT_REVIEW).partOf("imr2").build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(References.UNKNOWN_SOURCE, "/sources/2/partOf"),
            tuple(References.UNKNOWN_SUBJECT, "/subjects/2/partOf"));
  }

  @Test
  void aDocumentIsNotDueForReviewBeforeItWasApproved() {
    LearningSummary approved = LearningSummary.builder().from(TestDocuments.learningSummary()).approvalDate(date("2015")).nextReviewDate(date("2016-03")).build();
    LearningSummary backwards = LearningSummary.builder().from(approved).nextReviewDate(date("2014-03")).build();

    assertThat(rules.check(approved)).isEmpty();
    assertThat(rules.check(backwards))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/nextReviewDate"));
  }

  @Test
  void idsOfSourcesIncidentsAndMovesAreUniqueWithTheOthers() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(ReviewReference.builder().id("F1").build())
            .addIncidents(Incident.builder().id("I1").build(), Incident.builder().id("I1").build())
            .addMoves(Move.builder().id("I1").build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(UniqueIds.ID_DUPLICATE, "/incidents/1/id"),
            tuple(UniqueIds.ID_DUPLICATE, "/moves/0/id"),
            tuple(UniqueIds.ID_DUPLICATE, "/sections/0/content/0/finding/id"));
  }

  @Test
  void aSpanEndsNoEarlierThanItStartsWhenThatIsCertain() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(
                ReviewReference.builder().period(When.builder().from(date("2017")).to(date("2016")).build()).build(),
                ReviewReference.builder().period(When.builder().from(date("2016-05")).to(date("2016")).build()).build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/sources/0/period/to"));
  }

  @Test
  void seasonsAndSpansOfYearsAreOutOfOrderOnlyWhenCertainlyAndInferredDatesNever() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(
                ReviewReference.builder().period(When.builder().from(date("2021-autumn")).to(date("2021-summer")).build()).build(),
                ReviewReference.builder().period(When.builder().from(date("2022-winter")).to(date("2021-12")).build()).build(),
                ReviewReference.builder().period(When.builder().from(date("2014")).to(date("2011/2012")).build()).build(),
                ReviewReference.builder().period(When.builder().from(date("2012")).to(date("2011/2012")).build()).build(),
                ReviewReference.builder().period(When.builder().from(date("2017?")).to(date("2016")).build()).build(),
                ReviewReference.builder().decisionDate(date("2019-spring")).publicationDate(date("2018-winter")).build(),
                ReviewReference.builder().decisionWhen(When.builder().date(date("2019-spring")).asWritten("in the spring of 2019").build())
                    .publicationDate(date("2018-winter")).build(),
                ReviewReference.builder().decisionWhen(When.builder().from(date("2019")).asWritten("from 2019").build())
                    .stageWhen(When.of(date("2018"))).build(),
                ReviewReference.builder().decisionWhen(When.builder().to(date("2019")).asWritten("by 2019").build())
                    .publicationDate(date("2018")).build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/sources/0/period/to"),
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/sources/2/period/to"),
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/sources/5/publicationDate"),
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/sources/6/publicationDate"),
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/sources/7/stageWhen/date"));
  }

  @Test
  void aDecisionGivenInWordsIsNamedByTheDateItWasGivenWith() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(ReviewReference.builder()
                .decisionWhen(When.builder().date(date("2019-06")).asWritten("in June 2019").build())
                .publicationDate(date("2019-05"))
                .build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::message)
        .containsExactly("\"publicationDate\" must not be before \"decisionWhen/date\"");
  }

  @Test
  void aMonthThatMayBeASpanOfYearsWrittenShortIsAWarningWhereverADateStands() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .publicationDate(date("2011-12"))
            .addSources(
                ReviewReference.builder().period(When.builder().from(date("2010-11")).to(date("2011/2012")).build()).build(),
                ReviewReference.builder().period(When.of(date("2011-11"))).build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, ValidationIssue::severity, IssueText::pointer)
        .containsExactly(
            tuple(ShortYearSpans.DATE_MAY_BE_YEARS, Severity.WARNING, "/publicationDate"),
            tuple(ShortYearSpans.DATE_MAY_BE_YEARS, Severity.WARNING, "/sources/0/period/from"));
  }

  @Test
  void aRapidReviewsMeetingsThatMayBeSpansOfYearsAreWarnedAtTheirIndex() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .timeline(RapidReviewTimeline.builder().addMeetings(date("2011-10"), date("2010-11")).build())
            .build();

    assertThat(rules.check(review))
        .filteredOn(issue -> issue.code() == ShortYearSpans.DATE_MAY_BE_YEARS)
        .extracting(IssueText::pointer)
        .containsExactly("/timeline/meetings/1");
  }

  @Test
  void anInferredNotificationDateIsAGapEvenToTheDay() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .timeline(RapidReviewTimeline.builder().becameAware(date("2026-03-02")).notificationSent(date("2026-03-04?")).build())
            .build();

    assertThat(rules.check(review))
        .filteredOn(issue -> issue.code() == StatutoryGaps.DATE_PARTIAL)
        .extracting(IssueText::pointer, ValidationIssue::message)
        .containsExactly(tuple("/timeline/notificationSent",
            "\"notificationSent\" is inferred, not stated; the rapid review's timescale of 15 working days is not checked"));
  }

  @Test
  void aFamilyIsNamedLikeAPersonAndItsMembersArePeopleOfTheDocument() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addFamilyMembers(FamilyMember.builder().label("Mother A").role(FamilyRole.MOTHER).build())
            .addFamilies(
                Family.builder().label("Family A").addMembers("Infant A", "Mother A").relatedToOthers(false).build(),
                Family.builder().label("Family B").addMembers("Family A", "Mother B").build(),
                Family.builder().label("Mother A").build())
            .addMoves(Move.builder().addPeople("Family A", "Family C").build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(UniqueNames.FAMILY_LABEL_DUPLICATE, "/families/2/label"),
            tuple(References.UNKNOWN_PERSON, "/families/1/members/0"),
            tuple(References.UNKNOWN_PERSON, "/families/1/members/1"),
            tuple(References.UNKNOWN_PERSON, "/moves/0/people/1"));
  }

  @Test
  void aRapidReviewsFamiliesFollowTheSameRulesAsALearningDocuments() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .addFamilies(
                Family.builder().label("the household").addMembers("Baby T", "Mother Z").build(),
                Family.builder().label("Baby T").build())
            .addMoves(Move.builder().addPeople("the household").build())
            .build();

    assertThat(rules.check(review))
        .filteredOn(issue -> issue.severity() == Severity.ERROR)
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(References.UNKNOWN_PERSON, "/families/0/members/1"),
            tuple(UniqueNames.FAMILY_LABEL_DUPLICATE, "/families/1/label"));
  }

  @Test
  void anEventNamesPeopleOfTheDocumentAndHasAnIdOfItsOwn() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addEvents(
                CaseEvent.builder().id("E1").kind(EventKind.MEETING).title("A core group met").addPeople("Infant A", "Uncle Z").build(),
                CaseEvent.builder().id("E1").kind(EventKind.REFERRAL).title("A referral was made").build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(References.UNKNOWN_PERSON, "/events/0/people/1"),
            tuple(UniqueIds.ID_DUPLICATE, "/events/1/id"));
  }

  @Test
  void aJointReviewMayConcernAnAdultOfTheFamilyButNeverAFamilyOrAnUnknownName() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addFamilyMembers(FamilyMember.builder().label("Mother A").role(FamilyRole.MOTHER).build())
            .addFamilies(Family.builder().label("Family A").build())
            .addSources(ReviewReference.builder().type(ReviewType.DOMESTIC_HOMICIDE_REVIEW).addSubjects("Mother A", "Infant A", "Family A", "Adult Z").build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(References.UNKNOWN_SUBJECT, "/sources/0/subjects/2"),
            tuple(References.UNKNOWN_SUBJECT, "/sources/0/subjects/3"));
  }

  @Test
  void aRangeOfAgesOrOfTimeDoesNotEndBelowItsStart() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addGroups(
                Group.builder().label("infants").age(Age.builder().value(2).to(0).unit(AgeUnit.YEARS).build()).build(),
                Group.builder().label("toddlers").age(Age.builder().value(1).to(1).unit(AgeUnit.YEARS).build()).build())
            .addMoves(Move.builder().lengthOfStay(TimeSpan.builder().value(9).to(6).unit(AgeUnit.WEEKS).build()).build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(Ranges.RANGE_REVERSED, "/groups/0/age/to"),
            tuple(Ranges.RANGE_REVERSED, "/moves/0/lengthOfStay/to"));
  }

  @Test
  void everyRowOfATableHasOneCellPerColumn() {
    Table table =
        Table.builder()
            .addColumns(TableColumn.of("Before"), TableColumn.of("After"))
            .addRows(TableRow.of(Item.text("a"), Item.text("b")), TableRow.of(Item.text("a")), TableRow.of(Item.text("a"), Item.builder().build(), Item.text("c")))
            .build();
    LearningSummary summary = withContent(TestDocuments.learningSummary(), Block.of(table));

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer, ValidationIssue::message)
        .containsExactly(
            tuple(TableWidths.TABLE_CELL_COUNT, "/sections/1/content/0/table/rows/1/cells", "\"cells\" must have one cell for each of the table's 2 columns"),
            tuple(TableWidths.TABLE_CELL_COUNT, "/sections/1/content/0/table/rows/2/cells", "\"cells\" must have one cell for each of the table's 2 columns"));
  }

  @Test
  void aChildProtectionCategoryGoesOnlyWithAPlan() {
    Status known = Status.builder().kind(StatusKind.KNOWN_TO_SERVICES).category(ChildProtectionCategory.NEGLECT).build();
    Status plan = Status.builder().kind(StatusKind.CHILD_PROTECTION_PLAN).category(ChildProtectionCategory.NEGLECT).beforeBirth(true).build();
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addGroups(Group.builder().label("siblings").addStatuses(plan, known).build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::severity, ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(Severity.WARNING, ProtectionCategories.CATEGORY_WITHOUT_PLAN, "/groups/0/statuses/1/category"));
  }

  @Test
  void aDocumentSaidToBeCompleteMarksNoTextAsNotAvailable() {
    Section gap = Section.builder().kind(SectionKind.OTHER).addContent(Block.of(Omission.of("A page is missing."))).build();
    LearningSummary complete = withCompleteness(CompletenessStatus.COMPLETE, gap);

    assertThat(rules.check(complete))
        .extracting(ValidationIssue::severity, ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(Severity.WARNING, CompletenessKept.OMISSION_IN_COMPLETE, "/sections/1/content/0/omission"));
    assertThat(rules.check(withCompleteness(CompletenessStatus.PARTIAL, gap))).isEmpty();
  }

  private static LearningSummary withCompleteness(CompletenessStatus status, Section section) {
    return LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .provenance(Provenance.builder().completeness(Completeness.builder().status(status).build()).build())
        .addSections(section)
        .build();
  }

  @Test
  void aRapidReviewThatSaysEverythingHasNoStatutoryGaps() {
    assertThat(rules.check(TestDocuments.rapidReview())).isEmpty();
  }

  @Test
  void eachStatutoryGapOfARapidReviewIsAWarningAtTheMissingProperty() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .timeline(RapidReviewTimeline.builder().notificationSent(date("2026-03")).build())
            .children(List.of(Subject.builder().pseudonym("Baby T").addStatuses(Status.builder().kind(StatusKind.KNOWN_TO_SERVICES).when(When.of(date("2024"))).build()).build()))
            .incident(Incident.builder().addSubjects("Baby T").place(Place.builder().setting(Setting.HOME).build()).build())
            .agencyInvolvement(List.of())
            .decision(java.util.Optional.empty())
            .build();

    List<ValidationIssue> issues = rules.check(review);

    assertThat(issues)
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(StatutoryGaps.BECAME_AWARE_MISSING, "/timeline/becameAware"),
            tuple(StatutoryGaps.DATE_PARTIAL, "/timeline/notificationSent"),
            tuple(StatutoryGaps.INCIDENT_OUTCOME_MISSING, "/incident/outcome"),
            tuple(StatutoryGaps.ABUSE_OR_NEGLECT_MISSING, "/incident/abuseOrNeglect"),
            tuple(StatutoryGaps.HARM_TYPE_MISSING, "/incident/harmTypes"),
            tuple(StatutoryGaps.INCIDENT_AREA_MISSING, "/incident/place/area"),
            tuple(StatutoryGaps.CHILD_AGE_MISSING, "/children/0/age"),
            tuple(StatutoryGaps.CHILD_AREA_MISSING, "/children/0/area"),
            tuple(StatutoryGaps.CHILD_STATUS_MISSING, "/children/0/statuses"),
            tuple(StatutoryGaps.AGENCY_INVOLVEMENT_MISSING, "/agencyInvolvement"),
            tuple(StatutoryGaps.DECISION_MISSING, "/decision"));
    assertThat(issues).allSatisfy(issue -> {
      assertThat(issue.severity()).isEqualTo(Severity.WARNING);
      assertThat(issue.code().category()).isEqualTo(IssueCategory.STATUTORY_GAP);
    });
    assertThat(Standard.validator().validate(review).isValid()).isTrue();
  }

  @Test
  void aRapidReviewThatDoesNotSayWhenTheNotificationWasSentIsWarnedAndStaysValid() {
    RapidReview review = RapidReview.builder().from(TestDocuments.rapidReview()).timeline(RapidReviewTimeline.builder().build()).build();

    assertThat(Standard.validator().validate(review).issues())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .contains(tuple(StatutoryGaps.NOTIFICATION_SENT_MISSING, "/timeline/notificationSent"))
        .doesNotContain(tuple(StatutoryGaps.DATE_PARTIAL, "/timeline/notificationSent"));
    assertThat(Standard.validator().validate(review).isValid()).isTrue();
  }

  @Test
  void aStatusBeforeTheIncidentWithoutADateIsNotAStatusAtTheIncident() {
    Status before = Status.builder().kind(StatusKind.CHILD_PROTECTION_PLAN).timing(StatusTiming.BEFORE_INCIDENT).build();
    Status at = Status.builder().kind(StatusKind.CHILD_IN_NEED).timing(StatusTiming.AT_INCIDENT).build();
    Subject child = TestDocuments.rapidReview().getChildren().get(0);

    RapidReview onlyBefore = RapidReview.builder().from(TestDocuments.rapidReview())
        .children(List.of(Subject.builder().from(child).statuses(List.of(before)).build())).build();
    RapidReview alsoAt = RapidReview.builder().from(TestDocuments.rapidReview())
        .children(List.of(Subject.builder().from(child).statuses(List.of(before, at)).build())).build();

    assertThat(rules.check(onlyBefore)).extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(StatutoryGaps.CHILD_STATUS_MISSING, "/children/0/statuses"));
    assertThat(rules.check(alsoAt)).isEmpty();
  }

  @Test
  void aResponseToASubmissionIsNotDatedBeforeItWasSent() {
    Organisation government = Organisation.builder().name("Welsh Government").kind(OrganisationKind.GOVERNMENT).build();
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(ReviewReference.builder()
                .type(ReviewType.CONCISE_CHILD_PRACTICE_REVIEW)
                .addSubmissions(
                    Submission.builder().to(government).date(date("2015-09")).responseDate(date("2015-11")).build(),
                    Submission.builder().to(government).date(date("2015-09")).responseDate(date("2015-08-31")).build(),
                    Submission.builder().to(government).date(date("2015")).responseDate(date("2015-01")).build())
                .build())
            .build();

    assertThat(rules.check(summary))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/sources/0/submissions/1/responseDate"));
  }

  @Test
  void anIncidentWithoutAPlaceIsMissingItsAreaAtThePlace() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .incident(Incident.builder().from(TestDocuments.rapidReview().getIncident()).place(java.util.Optional.empty()).build())
            .build();

    assertThat(rules.check(review))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(StatutoryGaps.INCIDENT_AREA_MISSING, "/incident/place"));
  }

  @Test
  void aRapidReviewsPartialDatesAreOutOfOrderOnlyWhenCertainly() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .timeline(
                RapidReviewTimeline.builder()
                    .becameAware(date("2026-03-10"))
                    .notificationSent(date("2026-03"))
                    .addMeetings(date("2026-03-09"), date("2026"))
                    .submitted(date("2026-02"))
                    .build())
            .build();

    assertThat(rules.check(review))
        .filteredOn(issue -> issue.severity() == Severity.ERROR)
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/timeline/meetings/0"),
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/timeline/submitted"));
  }

  private static LearningSummary withContent(LearningSummary summary, Block block) {
    return LearningSummary.builder().from(summary).addSections(Section.builder().kind(SectionKind.OTHER).addContent(block).build()).build();
  }

  private static PartialDate date(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void theSameDayIsNeverOutOfOrder() {
    PartialDate day = PartialDate.of(LocalDate.of(2026, 3, 5));
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .timeline(RapidReviewTimeline.builder().becameAware(day).notificationSent(day).submitted(day).build())
            .build();

    assertThat(rules.check(review)).filteredOn(issue -> issue.severity() == Severity.ERROR).isEmpty();
  }
}
