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
        .partnership(Organisation.of("Exampleshire Safeguarding Children Partnership", OrganisationKind.SAFEGUARDING_CHILDREN_PARTNERSHIP))
        .addSubjects(Subject.of("Infant A", Age.of(3, AgeUnit.WEEKS)))
        .addSections(
            Section.builder()
                .kind(SectionKind.LEARNING)
                .heading("Key learning")
                .addContent(
                    Block.of(
                        Finding.builder()
                            .id("F1")
                            .kind(FindingKind.LEARNING)
                            .statement("Safer sleep advice was not repeated after the move.")
                            .addThemes(Theme.of(LearningTheme.SAFER_SLEEP))
                            .build()))
                .addContent(
                    Block.of(
                        Recommendation.builder()
                            .id("R1")
                            .statement("Repeat safer sleep advice at every change of address.")
                            .addFindings("F1")
                            .build()))
                .build())
        .build();
  }

  /** A small valid rapid review that says everything the Panel expects, so that it has no issues. */
  public static RapidReview rapidReview() {
    return RapidReview.builder()
        .id("rr-1")
        .partnership(Organisation.of("Exampleshire Safeguarding Children Partnership", OrganisationKind.SAFEGUARDING_CHILDREN_PARTNERSHIP))
        .timeline(
            RapidReviewTimeline.builder()
                .becameAware(PartialDate.of(LocalDate.of(2026, 3, 2)))
                .notificationSent(PartialDate.of(LocalDate.of(2026, 3, 5)))
                .addMeetings(PartialDate.of(LocalDate.of(2026, 3, 17)))
                .build())
        .addChildren(
            Subject.builder()
                .pseudonym("Baby T")
                .age(Age.of(3, AgeUnit.MONTHS))
                .area("Exampleshire")
                .addStatuses(Status.builder().kind(StatusKind.NONE).build())
                .build())
        .incident(
            Incident.builder()
                .outcome(IncidentOutcome.SERIOUSLY_HARMED)
                .addHarmTypes(HarmType.NON_ACCIDENTAL_INJURY)
                .abuseOrNeglect(Certainty.SUSPECTED)
                .place(Place.builder().area("Exampleshire").build())
                .addSubjects("Baby T")
                .build())
        .addAgencyInvolvement(
            AgencyInvolvement.builder()
                .agency(Agency.of(AgencyKind.HEALTH_VISITING))
                .summary("The health visitor saw Baby T at home for the new birth visit.")
                .build())
        .decision(
            Decision.builder()
                .outcome(DecisionOutcome.ALTERNATIVE_LEARNING_REVIEW)
                .rationale("The learning is already being taken forward through a thematic review.")
                .build())
        .build();
  }
}
