package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.review.testing.SummaryJson.read;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * Facts an eleventh blind encoding squeezed, each read from JSON as a typed value, checked, shown
 * and counted: common topics of reviews as catalogue themes; a partnership's annual report as a
 * format; agencies named only as a grouping; and resuscitation, surgery and an infection that is
 * not an injury.
 */
class PlanningAnnualReportsAndTreatmentTest {

  @Test
  void planningThresholdsAndRecordingAreCatalogueThemes() {
    LearningSummary summary = read("LEARNING_BRIEFING", """
        "themes": ["PLANNING", "THRESHOLDS", "RECORDING_AND_CHRONOLOGIES"]
        """);

    assertThat(summary.getThemes()).containsExactly(
        Theme.of(LearningTheme.PLANNING), Theme.of(LearningTheme.THRESHOLDS), Theme.of(LearningTheme.RECORDING_AND_CHRONOLOGIES));
    assertThat(summary.getThemes()).noneMatch(Theme::isLocal);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.THEMES)).extracting(Frequency::key)
        .containsExactlyInAnyOrder("PLANNING", "THRESHOLDS", "RECORDING_AND_CHRONOLOGIES");
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("Planning and the child's plan").contains("Thresholds").contains("Recording and chronologies");
  }

  @Test
  void aChapterOfAnAnnualReportIsItsOwnFormatAndCounted() {
    LearningSummary summary = read("ANNUAL_REPORT", """
        "formatLabel": "Annual report", "sources": [{"id": "review-1", "title": "Child D"}]
        """);

    assertThat(summary.getFormat()).isEqualTo(LearningFormat.ANNUAL_REPORT);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.FORMATS)).extracting(Frequency::key)
        .containsExactly("ANNUAL_REPORT");
    // The label the document gives is the format's own label, so it is shown once.
    assertThat(MarkdownRenderer.standard().render(summary)).contains("Annual report").doesNotContain("(Annual report)");
  }

  @Test
  void agenciesNamedOnlyAsAGroupingHaveKindsOfTheirOwn() {
    LearningSummary summary = read("LEARNING_BRIEFING", """
        "audience": ["ALL_AGENCIES"], "audienceAsWritten": "teams and managers across agencies",
        "agencies": [{"kind": "UNIVERSAL_SERVICES", "name": "universal services"},
          {"kind": "STATUTORY_SERVICES", "name": "statutory services"}]
        """);

    assertThat(summary.getAudience()).containsExactly(AgencyKind.ALL_AGENCIES);
    assertThat(summary.getAgencies()).extracting(Agency::getKind)
        .containsExactly(AgencyKind.UNIVERSAL_SERVICES, AgencyKind.STATUTORY_SERVICES);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.AGENCY_KINDS)).extracting(Frequency::key)
        .containsExactlyInAnyOrder("UNIVERSAL_SERVICES", "STATUTORY_SERVICES");
    assertThat(MarkdownRenderer.standard().render(summary)).contains("All agencies");
  }

  @Test
  void resuscitationSurgeryAndAnInfectionThatIsNotAnInjuryAreTyped() {
    LearningSummary summary = read("SEVEN_MINUTE_BRIEFING", """
        "incidents": [{"presentations": [{"injuries": ["INFECTION"], "detail": "an abscess"}],
          "consequences": [{"kind": "RESUSCITATION"}, {"kind": "SURGERY", "detail": "an operation to drain it"}]}]
        """);

    Incident incident = summary.getIncidents().get(0);
    assertThat(incident.getPresentations().get(0).getInjuries()).containsExactly(InjuryKind.INFECTION);
    assertThat(incident.getConsequences()).extracting(Consequence::getKind)
        .containsExactly(ConsequenceKind.RESUSCITATION, ConsequenceKind.SURGERY);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.CONSEQUENCES)).extracting(Frequency::key)
        .containsExactlyInAnyOrder("RESUSCITATION", "SURGERY");
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("Infection or abscess").contains("Resuscitation").contains("Surgery");
  }
}
