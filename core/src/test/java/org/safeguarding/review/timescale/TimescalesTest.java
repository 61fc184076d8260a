package org.safeguarding.review.timescale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.AccommodationType;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.IssueText;
import org.safeguarding.review.validation.ModelValidator;

class TimescalesTest {

  private final Timescales timescales = Timescales.standard();

  @Test
  void theScheduleForANotificationOnTheThursdayBeforeEaster2026() {
    LocalDate thursday = LocalDate.of(2026, 4, 2);

    List<Deadline> schedule = timescales.schedule(Optional.of(thursday), Optional.of(thursday), Optional.of(LocalDate.of(2026, 5, 1)));

    assertThat(schedule)
        .extracting(Deadline::rule, Deadline::due)
        .containsExactly(
            tuple(TimescaleRule.NOTIFICATION, LocalDate.of(2026, 4, 13)),
            tuple(TimescaleRule.RAPID_REVIEW, LocalDate.of(2026, 4, 27)),
            tuple(TimescaleRule.FINAL_REPORT, LocalDate.of(2026, 10, 22)),
            tuple(TimescaleRule.PUBLICATION, LocalDate.of(2026, 11, 1)));
  }

  @Test
  void theRapidReviewCanCountFromBecomingAware() {
    Timescales fromAwareness = Timescales.of(WorkingDayCalendar.englandAndWales(), Timescales.RapidReviewAnchor.BECAME_AWARE);

    assertThat(fromAwareness.rapidReview(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)).due()).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(timescales.rapidReview(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)).due()).isEqualTo(LocalDate.of(2026, 3, 30));
  }

  @Test
  void everyRuleHasACodeASourceAndAStatus() {
    for (TimescaleRule rule : TimescaleRule.values()) {
      assertThat(rule.getCode().category()).isEqualTo(IssueCategory.TIMESCALE);
      assertThat(rule.getSource()).isNotBlank();
      assertThat(rule.getDeadline()).isNotBlank();
    }
    assertThat(TimescaleRule.FINAL_REPORT.getConfirmation()).isEqualTo(Confirmation.ASSUMED);
    assertThat(TimescaleRule.BED_AND_BREAKFAST.getConfirmation()).isEqualTo(Confirmation.ASSUMED);
    assertThat(TimescaleRule.NOTIFICATION.getConfirmation()).isEqualTo(Confirmation.CONFIRMED);
  }

  @Test
  void lateRapidReviewDatesAreWarningsWithTheDueDateAndHowLate() {
    RapidReview review =
        RapidReview.builder()
            .from(TestDocuments.rapidReview())
            .timeline(
                RapidReviewTimeline.builder()
                    .becameAware(PartialDate.of(LocalDate.of(2026, 3, 2)))
                    .notificationSent(PartialDate.of(LocalDate.of(2026, 3, 12)))
                    .submitted(PartialDate.of(LocalDate.of(2026, 4, 10)))
                    .build())
            .build();

    List<ValidationIssue> issues = timescales.check(review);

    assertThat(issues)
        .extracting(ValidationIssue::severity, ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(Severity.WARNING, TimescaleRule.NOTIFICATION.getCode(), "/timeline/notificationSent"),
            tuple(Severity.WARNING, TimescaleRule.RAPID_REVIEW.getCode(), "/timeline/submitted"));
    assertThat(issues.get(0).message()).contains("due by 2026-03-09").contains("3 working days late");
    assertThat(issues.get(1).message()).contains("due by 2026-04-02").contains("4 working days late");
    assertThat(Standard.validator().validate(review).isValid()).isTrue();
  }

  @Test
  void aRapidReviewWithPartialDatesIsLateOnlyWhenCertainlyLate() {
    RapidReview monthOnly = withTimeline(RapidReviewTimeline.builder()
        .becameAware(PartialDate.parse("2026-03"))
        .notificationSent(PartialDate.parse("2026-03-12"))
        .submitted(PartialDate.parse("2026-04"))
        .build());
    RapidReview certainlyLate = withTimeline(RapidReviewTimeline.builder()
        .becameAware(PartialDate.parse("2026-02"))
        .notificationSent(PartialDate.parse("2026-03-12"))
        .submitted(PartialDate.parse("2026-05"))
        .build());
    RapidReview withoutAwareness = withTimeline(RapidReviewTimeline.builder()
        .notificationSent(PartialDate.parse("2026-03-12"))
        .submitted(PartialDate.parse("2026-04-10"))
        .build());

    assertThat(timescales.check(monthOnly)).isEmpty();
    assertThat(timescales.check(certainlyLate))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(TimescaleRule.NOTIFICATION.getCode(), "/timeline/notificationSent"),
            tuple(TimescaleRule.RAPID_REVIEW.getCode(), "/timeline/submitted"));
    assertThat(timescales.check(withoutAwareness))
        .extracting(ValidationIssue::code)
        .containsExactly(TimescaleRule.RAPID_REVIEW.getCode());
    assertThat(Timescales.of(WorkingDayCalendar.englandAndWales(), Timescales.RapidReviewAnchor.BECAME_AWARE).check(withoutAwareness))
        .isEmpty();
  }

  @Test
  void aDateTheEncoderInferredIsNeverTheGroundOfAWarning() {
    RapidReview inferredAwareness = withTimeline(RapidReviewTimeline.builder()
        .becameAware(PartialDate.parse("2026-02?"))
        .notificationSent(PartialDate.parse("2026-03-12"))
        .submitted(PartialDate.parse("2026-05?"))
        .build());
    RapidReview statedAwareness = withTimeline(RapidReviewTimeline.builder()
        .becameAware(PartialDate.parse("2026-02"))
        .notificationSent(PartialDate.parse("2026-03-12"))
        .submitted(PartialDate.parse("2026-05?"))
        .build());

    assertThat(timescales.check(inferredAwareness)).isEmpty();
    assertThat(timescales.check(statedAwareness))
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(TimescaleRule.NOTIFICATION.getCode(), "/timeline/notificationSent"));
  }

  private static RapidReview withTimeline(RapidReviewTimeline timeline) {
    return RapidReview.builder().from(TestDocuments.rapidReview()).timeline(timeline).build();
  }

  @Test
  void placementsBreakingTheHousingTimescalesAreWarnings() {
    HousingPlacement bedAndBreakfast =
        HousingPlacement.builder()
            .accommodationType(AccommodationType.BED_AND_BREAKFAST)
            .start(PartialDate.parse("2025-11-03"))
            .end(PartialDate.parse("2025-12-16"))
            .outOfArea(true)
            .hostAuthorityNotified(LocalDate.of(2025, 11, 18))
            .build();
    HousingPlacement monthsOnly =
        HousingPlacement.builder()
            .accommodationType(AccommodationType.BED_AND_BREAKFAST)
            .start(PartialDate.parse("2026-01"))
            .end(PartialDate.parse("2026-02"))
            .build();
    LearningSummary summary = LearningSummary.builder().from(TestDocuments.learningSummary()).addHousingPlacements(bedAndBreakfast, monthsOnly).build();

    List<ValidationIssue> issues = timescales.check(summary);

    assertThat(issues)
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(TimescaleRule.OUT_OF_DISTRICT_NOTICE.getCode(), "/housingPlacements/0/hostAuthorityNotified"),
            tuple(TimescaleRule.BED_AND_BREAKFAST.getCode(), "/housingPlacements/0/end"));
    assertThat(issues.get(0).message()).contains("due by 2025-11-17").contains("1 day late");
    assertThat(issues.get(1).message()).contains("due by 2025-12-15").contains("assumed");
  }

  @Test
  void aLocalReviewPublishedMoreThanSixMonthsAfterItsDecisionIsLateOnlyWhenCertainly() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(
                source("2023-05-10", "2023-12"),
                source("2023-05", "2023-11"),
                source("2023-05", "2023-12-01"))
            .build();

    assertThat(timescales.check(summary))
        .extracting(IssueText::pointer)
        .containsExactly("/sources/0/publicationDate", "/sources/2/publicationDate");
  }

  private static ReviewReference source(String decided, String published) {
    return ReviewReference.builder()
        .type(ReviewType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW)
        .decisionDate(PartialDate.parse(decided))
        .publicationDate(PartialDate.parse(published))
        .build();
  }
}
