package org.safeguarding.review.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.Block;
import org.safeguarding.review.Certainty;
import org.safeguarding.review.ChildProtectionCategory;
import org.safeguarding.review.Decision;
import org.safeguarding.review.DecisionOutcome;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyRole;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Incident;
import org.safeguarding.review.IncidentOutcome;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.Notification;
import org.safeguarding.review.NotificationRoute;
import org.safeguarding.review.PanelResponse;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.Section;
import org.safeguarding.review.SignOff;
import org.safeguarding.review.Status;
import org.safeguarding.review.StatusKind;
import org.safeguarding.review.StatutoryPartner;
import org.safeguarding.review.Subject;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.rules.DatesInOrder;
import org.safeguarding.review.rules.PlacementOverlaps;
import org.safeguarding.review.rules.ProtectionCategories;
import org.safeguarding.review.rules.RapidReviewWarnings;
import org.safeguarding.review.rules.References;
import org.safeguarding.review.rules.UniqueIds;
import org.safeguarding.review.rules.UniqueNames;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.IssueText;

class ModelValidatorTest {

  private final ModelValidator validator = Standard.validator();

  @Test
  void theTestDocumentsAreValidWithoutIssues() {
    assertThat(validator.validate(TestDocuments.learningSummary()).issues()).isEmpty();
    assertThat(validator.validate(TestDocuments.rapidReview()).issues()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1e999999999, true", "-1e999999999, true", "1000000000001, true", "-1000000000001, true", "1e-999999999, false",
      "1000000000000, false", "-1000000000000, false", "72.5, false"})
  void aFiguresValueIsBoundedEitherWayAndComparedWithoutWritingItOut(String value, boolean outOfRange) {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addFigures(org.safeguarding.review.Figure.builder().measure("contacts").value(new java.math.BigDecimal(value)).unit(org.safeguarding.review.FigureUnit.COUNT).build())
            .build();

    for (ModelValidator each : List.of(validator, validator.withValidator(BeanValidationConstraints.bundled()))) {
      assertThat(each.validate(summary).errors())
          .extracting(ValidationIssue::code, IssueText::pointer)
          .isEqualTo(outOfRange ? List.of(tuple(IssueCode.VALUE_OUT_OF_RANGE, "/figures/0/value")) : List.of());
    }
  }

  @Test
  void rapidReviewDatesMustRunInOrder() {
    RapidReview review =
        withTimeline(
            RapidReviewTimeline.builder()
                .becameAware(day(2026, 3, 10))
                .notificationSent(day(2026, 3, 5))
                .addMeetings(day(2026, 3, 20), day(2026, 3, 18))
                .submitted(day(2026, 3, 25))
                .build());

    assertThat(validator.validate(review).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/timeline/notificationSent"),
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/timeline/meetings/1"));
  }

  @Test
  void datesOnTheSameDayAreInOrder() {
    PartialDate day = day(2026, 3, 5);
    RapidReview review =
        withTimeline(
            RapidReviewTimeline.builder().becameAware(day).notificationSent(day).addMeetings(day).submitted(day).build());

    assertThat(validator.validate(review).errors()).isEmpty();
  }

  @Test
  void aDecisionAndThePanelResponseFollowTheTimeline() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .timeline(
                RapidReviewTimeline.builder()
                    .from(TestDocuments.rapidReview().getTimeline())
                    .submitted(day(2026, 3, 25))
                    .build())
            .decision(
                Decision.builder()
                    .from(TestDocuments.rapidReview().getDecision().orElseThrow())
                    .date(day(2026, 1, 1))
                    .build())
            .panelResponse(
                org.safeguarding.review.PanelResponse.builder().date(day(2026, 3, 20)).build())
            .build();

    assertThat(validator.validate(review).errors())
        .extracting(IssueText::pointer)
        .containsExactly("/decision/date", "/panelResponse/date");
  }

  @Test
  void placementsMustEndAfterTheyStartAndNotOverlapWithinAHousehold() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .addHousingPlacements(
                placement("P1", "2025-11", "2026-01-09", null),
                placement("P2", "2026-01-09", "2026-02", null),
                placement("P3", "2025-12-01", "2025-12-20", null),
                placement("P4", "2025-12-01", "2025-12-20", "Grandmother's household"),
                placement("P5", "2026-03", "2026-02", "Grandmother's household"))
            .build();

    assertThat(validator.validate(review).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(PlacementOverlaps.PLACEMENTS_OVERLAP, "/housingPlacements/2/start"),
            tuple(DatesInOrder.DATES_OUT_OF_ORDER, "/housingPlacements/4/end"));
  }

  @Test
  void placementsWithDatesKnownOnlyToTheMonthOverlapOnlyWhenCertain() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .addHousingPlacements(placement("P1", "2025-11", "2025-12", null), placement("P2", "2025-12", "2026-01", null))
            .build();

    assertThat(validator.validate(review).errors()).isEmpty();
  }

  @Test
  void aPlacementWithoutAnEndOverlapsOneItStartsDuring() {
    HousingPlacement during = HousingPlacement.builder().id("P2").start(PartialDate.parse("2026-01-20")).build();
    HousingPlacement after = HousingPlacement.builder().id("P3").start(PartialDate.parse("2026-02-09")).build();
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .addHousingPlacements(placement("P1", "2025-11", "2026-02-09", null), during, after)
            .build();

    assertThat(validator.validate(review).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(PlacementOverlaps.PLACEMENTS_OVERLAP, "/housingPlacements/1/start"));
  }

  @Test
  void idsMustBeUniqueAcrossFindingsRecommendationsActionsAndPlacements() {
    LearningSummary summary = TestDocuments.learningSummary();
    Section section =
        Section.builder()
            .from(summary.getSections().get(0))
            .addContent(Block.of(finding("R1")), Block.of(finding("F1")))
            .build();
    LearningSummary duplicated = LearningSummary.builder().from(summary).sections(java.util.List.of(section)).build();

    assertThat(validator.validate(duplicated).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(UniqueIds.ID_DUPLICATE, "/sections/0/content/1/recommendation/id"),
            tuple(UniqueIds.ID_DUPLICATE, "/sections/0/content/3/finding/id"));
  }

  @Test
  void recommendationsMustLinkToFindingsTheDocumentHas() {
    LearningSummary summary = TestDocuments.learningSummary();
    Section section =
        Section.builder()
            .from(summary.getSections().get(0))
            .addContent(Block.of(Recommendation.builder().id("R2").statement("Do this.").addFindings("F1", "F9").build()))
            .build();
    LearningSummary linked = LearningSummary.builder().from(summary).sections(java.util.List.of(section)).build();

    assertThat(validator.validate(linked).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(References.UNKNOWN_FINDING, "/sections/0/content/2/recommendation/findings/1"));
  }

  @Test
  void pseudonymsAndLabelsMustBeUniqueAndReferencesMustResolve() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSubjects(Subject.of("Infant A", Age.of(2, AgeUnit.YEARS)))
            .addFamilyMembers(
                FamilyMember.builder().label("Mother").role(FamilyRole.MOTHER).addRelatedSubjects("Infant A", "Infant Z").partnerOf("Father").build(),
                FamilyMember.builder().label("Mother").role(FamilyRole.OTHER_RELATIVE).build())
            .addIncidents(Incident.builder().outcome(IncidentOutcome.DIED).addSubjects("Infant Q").build())
            .addHousingPlacements(HousingPlacement.builder().addOccupants("Mother", "Infant A", "Lodger").build())
            .build();

    assertThat(validator.validate(summary).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(UniqueNames.PSEUDONYM_DUPLICATE, "/subjects/1/pseudonym"),
            tuple(References.UNKNOWN_SUBJECT, "/familyMembers/0/relatedSubjects/1"),
            tuple(References.UNKNOWN_PERSON, "/familyMembers/0/partnerOf"),
            tuple(UniqueNames.LABEL_DUPLICATE, "/familyMembers/1/label"),
            tuple(References.UNKNOWN_SUBJECT, "/incidents/0/subjects/0"),
            tuple(References.UNKNOWN_PERSON, "/housingPlacements/0/occupants/2"));
  }

  @Test
  void aSourcePublishedBeforeItsDecisionIsAnError() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(
                ReviewReference.builder().decisionDate(PartialDate.parse("2024-05")).publicationDate(PartialDate.parse("2024-01")).build(),
                ReviewReference.builder().decisionDate(PartialDate.parse("2024-05")).publicationDate(PartialDate.parse("2024")).build())
            .build();

    assertThat(validator.validate(summary).errors())
        .extracting(IssueText::pointer)
        .containsExactly("/sources/0/publicationDate");
  }

  @Test
  void warningsDoNotMakeADocumentInvalid() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .children(
                java.util.List.of(
                    child("A", StatusKind.CHILD_IN_NEED, ChildProtectionCategory.NEGLECT),
                    child("B", StatusKind.NONE, null),
                    child("C", StatusKind.NONE, null),
                    child("D", StatusKind.NONE, null),
                    child("Baby T", StatusKind.CHILD_PROTECTION_PLAN, ChildProtectionCategory.NEGLECT)))
            .incident(
                Incident.builder()
                    .from(TestDocuments.rapidReview().getIncident())
                    .outcome(IncidentOutcome.DIED)
                    .subjects(java.util.List.of("A", "B", "C", "D", "Baby T"))
                    .build())
            .timeline(
                RapidReviewTimeline.builder()
                    .from(TestDocuments.rapidReview().getTimeline())
                    .submitted(day(2026, 3, 25))
                    .build())
            .decision(
                Decision.builder()
                    .criteriaMet(true)
                    .outcome(DecisionOutcome.NO_FURTHER_REVIEW)
                    .rationale("The family has moved abroad.")
                    .build())
            .addSignOff(SignOff.builder().partner(StatutoryPartner.POLICE).build())
            .build();

    ValidationReport report = validator.validate(review);

    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(ProtectionCategories.CATEGORY_WITHOUT_PLAN, "/children/0/statuses/0/category"),
            tuple(RapidReviewWarnings.DEATHS_ON_ONE_NOTIFICATION, "/incident/outcome"),
            tuple(RapidReviewWarnings.CRITERIA_MET_WITHOUT_REVIEW, "/decision/outcome"),
            tuple(RapidReviewWarnings.SIGN_OFF_MISSING, "/signOff"));
    assertThat(report.warnings().get(1).message()).contains("5 children died").contains("lists 0 of the other 4");
    assertThat(report.warnings().get(3).message()).contains("LOCAL_AUTHORITY, INTEGRATED_CARE_BOARD");
  }

  @Test
  void aNotificationForEachChildWhoDiedAndARouteThatFitsWhatIsKnown() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .children(java.util.List.of(child("A", StatusKind.NONE, null), child("B", StatusKind.NONE, null)))
            .incident(
                Incident.builder()
                    .from(TestDocuments.rapidReview().getIncident())
                    .outcome(IncidentOutcome.DIED)
                    .subjects(java.util.List.of("A", "B"))
                    .abuseOrNeglect(Certainty.NEITHER)
                    .build())
            .notification(Notification.builder().route(NotificationRoute.SERIOUS_INCIDENT).addLinkedNotifications("SIN-2").build())
            .build();

    assertThat(validator.validate(review).warnings()).extracting(ValidationIssue::code).containsOnly(RapidReviewWarnings.ROUTE_WITHOUT_ABUSE);
    assertThat(validator.validate(RapidReview.builder().from(review).notification(Notification.builder().build()).build()).warnings())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(RapidReviewWarnings.DEATHS_ON_ONE_NOTIFICATION, "/notification/linkedNotifications"));
  }

  @Test
  void constraintMessagesNameTheFieldAndWhatIsAllowedWithoutTheValue() {
    LearningSummary summary =
        LearningSummary.builder().from(TestDocuments.learningSummary()).title("T".repeat(600)).series(" ").addKeywords("ok", "\u3000").build();

    assertThat(validator.validate(summary).errors())
        .extracting(IssueText::pointer, ValidationIssue::code, ValidationIssue::message)
        .containsExactly(
            tuple("/title", IssueCode.VALUE_TOO_LONG, "\"title\" must be at most 500 characters long"),
            tuple("/series", IssueCode.VALUE_BLANK, "\"series\" must not be blank"),
            tuple("/keywords/1", IssueCode.VALUE_BLANK, "each item of \"keywords\" must not be blank"));
  }

  @Test
  void textLengthsCountCharactersAsJsonSchemaDoesNotAsUtf16Units() {
    String emoji = "\ud83d\udc76";
    LearningSummary atLimit = LearningSummary.builder().from(TestDocuments.learningSummary()).title(emoji.repeat(500)).build();
    LearningSummary overLimit = LearningSummary.builder().from(TestDocuments.learningSummary()).title(emoji.repeat(501)).build();

    assertThat(validator.validate(atLimit).errors()).isEmpty();
    assertThat(validator.validate(overLimit).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(IssueCode.VALUE_TOO_LONG, "/title"));
  }

  @Test
  void aTextBothBlankAndTooLongIsReportedForBoth() {
    LearningSummary summary = LearningSummary.builder().from(TestDocuments.learningSummary()).title(" ".repeat(501)).build();

    assertThat(validator.validate(summary).errors())
        .extracting(ValidationIssue::code)
        .containsExactly(IssueCode.VALUE_BLANK, IssueCode.VALUE_TOO_LONG);
  }

  @Test
  void anUnknownPropertyMayNotTakeTheNameOfAModelProperty() {
    var text = tools.jackson.databind.node.JsonNodeFactory.instance.stringNode("x");
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .putUnknownProperties("title", text)
            .putUnknownProperties("documentType", text)
            .putUnknownProperties("vendorId", text)
            .build();

    assertThat(validator.validate(summary).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(ModelValidator.PROPERTY_NAME_TAKEN, "/documentType"), tuple(ModelValidator.PROPERTY_NAME_TAKEN, "/title"));
  }

  private static RapidReview withTimeline(RapidReviewTimeline timeline) {
    return RapidReview.builder().from(TestDocuments.rapidReview()).timeline(timeline).build();
  }

  private static HousingPlacement placement(String id, String start, String end, String household) {
    HousingPlacement.Builder builder =
        HousingPlacement.builder().id(id).start(PartialDate.parse(start)).end(PartialDate.parse(end));
    if (household != null) {
      builder.household(household);
    }
    return builder.build();
  }

  private static Finding finding(String id) {
    return Finding.builder().id(id).kind(FindingKind.LEARNING).statement("A finding.").build();
  }

  /** A child with everything a rapid review asks for, and a status at the time of the incident. */
  private static Subject child(String pseudonym, StatusKind status, ChildProtectionCategory category) {
    Status.Builder builder = Status.builder().kind(status);
    if (category != null) {
      builder.category(category);
    }
    return Subject.builder().pseudonym(pseudonym).age(Age.of(2, AgeUnit.YEARS)).area("Exampleshire").addStatuses(builder.build()).build();
  }

  private static PartialDate day(int year, int month, int day) {
    return PartialDate.of(LocalDate.of(year, month, day));
  }
}
