package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.review.testing.SummaryJson.parse;
import static org.safeguarding.review.testing.SummaryJson.read;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.Ranges;
import org.safeguarding.review.rules.References;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * Facts a tenth blind encoding squeezed, each read from JSON as a typed value, checked, shown and
 * counted: online harm, bullying and adults grooming a child online; a source that builds on an
 * earlier one and an arrangement that draws on named work; a documentary analysis of partnerships'
 * annual reports; a review published to an extent not said; a figure out of a whole; a meeting's
 * kind and attendees; and the steps of how a review is done.
 */
class OnlineHarmProcessesAndDenominatorsTest {

  private static final String FORMAT = "LEARNING_BRIEFING";

  @Test
  void onlineHarmBullyingAndAdultsGroomingAChildOnlineAreTyped() {
    LearningSummary summary = read(FORMAT, """
        "themes": ["ONLINE_HARM"],
        "subjects": [{"pseudonym": "Child A", "riskFactors": [{"factor": "BULLYING", "detail": "bullied through social media"}]}],
        "incidents": [{"subjects": ["Child A"], "harmTypes": ["GROOMING", "SEXUAL_ABUSE"], "harmedBy": "ADULT",
          "place": {"setting": "ONLINE"}}]
        """);

    assertThat(summary.getThemes()).containsExactly(Theme.of(LearningTheme.ONLINE_HARM));
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(Standard.validator().validate(summary).warnings()).isEmpty();
    // Bullying has no census code, so it is counted by its own name.
    assertThat(summary.getSubjects().get(0).getRiskFactors().get(0).cinCode(FactorHolder.CHILD)).isEmpty();
    CorpusStatistics statistics = CorpusStatistics.of(summary);
    assertThat(statistics.getFrequencies(Statistic.RISK_FACTORS)).extracting(Frequency::key).containsExactly("BULLYING");
    assertThat(statistics.getFrequencies(Statistic.HARM_TYPES)).extracting(Frequency::key).containsExactlyInAnyOrder("GROOMING", "SEXUAL_ABUSE");
    assertThat(MarkdownRenderer.standard().render(summary)).contains("Grooming").contains("Online harm");
  }

  @Test
  void aSourceBuildsOnAnEarlierOneByIdAndAnArrangementDrawsOnNamedWork() {
    LearningSummary summary = read(FORMAT, """
        "sources": [{"id": "first", "title": "The first analysis", "types": ["SAFEGUARDING_PARTNERSHIP_ANNUAL_REPORT"]},
          {"id": "second", "title": "The second analysis", "methods": ["DOCUMENTARY_ANALYSIS"], "buildsOn": ["first"],
           "publication": "PUBLISHED"}],
        "arrangements": [{"kind": "GUIDANCE", "name": "Local guidance",
          "drawsOn": [{"title": "Working Together"}, {"description": "advice", "publisher": {"name": "the Panel"}}]}]
        """);

    assertThat(summary.getSources().get(1).getBuildsOn()).containsExactly("first");
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("builds on: The first analysis")
        .contains("methods: Documentary analysis")
        .contains("publication: Published, extent not said")
        .contains("Safeguarding partnership's annual report")
        .contains("draws on: Working Together, advice (the Panel)");

    ReadResult<LearningSummary> unknown = parse(FORMAT, """
        "sources": [{"id": "second", "buildsOn": ["second", "missing"]}]
        """);
    assertThat(unknown.report().errors())
        .extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(
            tuple(References.UNKNOWN_SOURCE, "/sources/0/buildsOn/0"), tuple(References.UNKNOWN_SOURCE, "/sources/0/buildsOn/1"));
  }

  @Test
  void aFigureOutOfAWholeIsShownAsSuchAndNeverCountsMoreThanTheWhole() {
    LearningSummary summary = read(FORMAT, """
        "figures": [{"measure": "partnerships that reported on training", "value": 11, "unit": "COUNT", "outOf": 18,
          "asWritten": "11/18"}]
        """);

    assertThat(summary.getFigures().get(0).getOutOf()).contains(new BigDecimal("18"));
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary)).contains("11 of 18 partnerships that reported on training");

    ReadResult<LearningSummary> above = parse(FORMAT, """
        "figures": [{"measure": "partnerships", "value": 19, "unit": "COUNT", "outOf": 18}]
        """);
    assertThat(above.report().errors())
        .extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(Ranges.ABOVE_OUT_OF, "/figures/0/value"));

    // A percentage, or a count that is not whole, is not held to its whole.
    assertThat(parse(FORMAT, """
        "figures": [{"measure": "of reports", "value": 120, "unit": "PERCENT", "outOf": 18}]
        """).report().errors()).isEmpty();

    ReadResult<LearningSummary> alone = parse(FORMAT, """
        "figures": [{"measure": "partnerships", "asWritten": "most of 18", "outOf": 18}]
        """);
    assertThat(alone.report().errors()).extracting(ValidationIssue::code).containsExactly(FormRule.Codes.FIGURE_FORM);
  }

  @Test
  void aMeetingHasAKindAndAttendeesWhoArePeopleOfTheDocument() {
    LearningSummary summary = read(FORMAT, """
        "familyMembers": [{"label": "Mother", "role": "MOTHER"}],
        "sources": [{"id": "r", "title": "The review",
          "meetings": [{"kind": "LEARNING_EVENT"}, {"kind": "FAMILY_MEETING", "attendees": ["Mother"]}]}]
        """);

    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary)).contains("met: Learning event, Meeting with the family (attended by Mother)");
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.MEETINGS))
        .extracting(Frequency::key)
        .containsExactlyInAnyOrder("LEARNING_EVENT", "FAMILY_MEETING");

    ReadResult<LearningSummary> unknown = parse(FORMAT, """
        "sources": [{"meetings": [{"attendees": ["Father"]}]}]
        """);
    assertThat(unknown.report().errors())
        .extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(References.UNKNOWN_PERSON, "/sources/0/meetings/0/attendees/0"));
    assertThat(parse(FORMAT, """
        "sources": [{"meetings": [{}]}]
        """).report().errors()).extracting(ValidationIssue::code).containsExactly(FormRule.Codes.MEETING_FORM);
  }

  @Test
  void theStepsOfHowAReviewIsDoneAreKeptInOrderWithTheirKindsWhereOneFits() {
    LearningSummary summary = read(FORMAT, """
        "processDescriptions": [{"title": "How a practice review is done", "reviewTypes": ["CHILD_PRACTICE_REVIEW"],
          "steps": [{"kind": "REFERRAL", "asWritten": "a case is referred to the board"},
            {"kind": "DECISION", "asWritten": "the board decides whether to hold a review", "by": [{"name": "the board's chair"}]},
            {"asWritten": "a short pause for reflection"},
            {"kind": "PUBLICATION", "asWritten": "the report is published"}]}]
        """);

    assertThat(summary.getProcessDescriptions().get(0).getSteps())
        .extracting(step -> step.getKind().orElse(null))
        .containsExactly(ProcessStepKind.REFERRAL, ProcessStepKind.DECISION, null, ProcessStepKind.PUBLICATION);
    assertThat(Standard.validator().validate(summary).errors()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("How a practice review is done")
        .contains("Referral: a case is referred to the board, Decision: the board decides whether to hold a review (the board's chair),"
            + " a short pause for reflection, Publication: the report is published");

    assertThat(parse(FORMAT, """
        "processDescriptions": [{"title": "No steps", "steps": []}]
        """).report().errors()).isNotEmpty();
  }
}
