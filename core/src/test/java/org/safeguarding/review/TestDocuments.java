package org.safeguarding.review;

import java.time.LocalDate;

/** Small valid documents for tests, built in code. */
public final class TestDocuments {

  private TestDocuments() {}

  /** A small valid learning summary with one finding and a recommendation linked to it. */
  public static LearningSummary learningSummary() {
    return LearningSummary.builder()
        .id("ls-1")
        .title("Infant A")
        .format(LearningFormat.SEVEN_MINUTE_BRIEFING)
        .publisher(Partnership.of("Exampleshire Safeguarding Children Partnership", PartnershipKind.SAFEGUARDING_CHILDREN_PARTNERSHIP))
        .addSubjects(Subject.of("Infant A", Age.of(3, AgeUnit.WEEKS)))
        .addSections(
            Section.builder()
                .kind(SectionKind.LEARNING)
                .heading("Key learning")
                .addFindings(
                    Finding.builder()
                        .id("F1")
                        .kind(FindingKind.LEARNING)
                        .statement("Safer sleep advice was not repeated after the move.")
                        .addThemes(Theme.of(LearningTheme.SAFER_SLEEP))
                        .build())
                .addRecommendations(
                    Recommendation.builder()
                        .id("R1")
                        .statement("Repeat safer sleep advice at every change of address.")
                        .addFindings("F1")
                        .build())
                .build())
        .build();
  }

  /** A small valid rapid review. */
  public static RapidReview rapidReview() {
    return RapidReview.builder()
        .id("rr-1")
        .partnership(Partnership.of("Exampleshire Safeguarding Children Partnership", PartnershipKind.SAFEGUARDING_CHILDREN_PARTNERSHIP))
        .timeline(
            RapidReviewTimeline.builder()
                .becameAware(LocalDate.of(2026, 3, 2))
                .notificationSent(LocalDate.of(2026, 3, 5))
                .addMeetings(LocalDate.of(2026, 3, 17))
                .build())
        .addChildren(Subject.of("Baby T", Age.of(3, AgeUnit.MONTHS)))
        .incident(Incident.builder().outcome(IncidentOutcome.SERIOUSLY_HARMED).addChildren("Baby T").build())
        .decision(
            Decision.builder()
                .outcome(DecisionOutcome.ALTERNATIVE_LEARNING_REVIEW)
                .rationale("The learning is already being taken forward through a thematic review.")
                .build())
        .build();
  }
}
