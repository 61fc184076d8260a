package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.review.testing.SummaryJson.read;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.IncidentStatements;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;
import org.safeguarding.review.testing.IssueText;

/**
 * Facts a learning document gives that once lived in titles and detail, each read from JSON as a
 * typed value, checked, shown and counted: a chronology event's universal health contact,
 * description, analysis and outcome; poisoning, a finding of fact and a presentation with no
 * explanation; a figure's comparison, change, driver and harm types; an arrangement's powers and the
 * bodies it involves; a partnership's news item.
 */
class ChronologyHarmAndFigureFactsTest {

  private static final ReviewJson JSON = ReviewJson.strict();

  private static final String FORMAT = "SEVEN_MINUTE_BRIEFING";

  @Test
  void anEventSaysWhichUniversalContactItWasWhatHappenedWhatItMeansAndWhatAMeetingFound() {
    LearningSummary summary = read(FORMAT, """
        "events": [
          {"kind": "VISIT", "contactType": "NEW_BIRTH_VISIT", "title": "New birth visit",
           "description": "The Health Visitor contacted other agencies; no explanation was found."},
          {"kind": "PRACTICE_EPISODE", "title": "Referral to the MASH",
           "analysis": "The MASH was reluctant to take the referral without further exploration."},
          {"kind": "STRATEGY_MEETING", "title": "Strategy meeting",
           "outcome": "Further safeguarding concerns, unrelated to the bruising, were identified."}]
        """);

    assertThat(summary.getEvents().get(0).getContactType()).contains(UniversalHealthContact.NEW_BIRTH_VISIT);
    assertThat(summary.getEvents().get(0).getDescription()).contains("The Health Visitor contacted other agencies; no explanation was found.");
    assertThat(summary.getEvents().get(1).getAnalysis()).contains("The MASH was reluctant to take the referral without further exploration.");
    assertThat(summary.getEvents().get(2).getOutcome()).contains("Further safeguarding concerns, unrelated to the bruising, were identified.");
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.HEALTH_CONTACTS))
        .extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("NEW_BIRTH_VISIT", 1L));
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("contact: New birth visit")
        .contains("analysis: The MASH was reluctant")
        .contains("outcome: Further safeguarding concerns");
  }

  @Test
  void poisoningAFindingOfFactAndNoExplanationOfferedAreTyped() {
    LearningSummary summary = read(FORMAT, """
        "incidents": [{"harmTypes": ["POISONING"],
          "presentations": [{"injuries": ["BRUISING"], "explanationOffered": false}],
          "consequences": [{"kind": "FINDING_OF_FACT", "when": {"date": "2015-11"},
            "outcome": "the children had been given methadone"}]}]
        """);

    Incident incident = summary.getIncidents().get(0);
    assertThat(incident.getHarmTypes()).containsExactly(HarmType.POISONING);
    assertThat(incident.getPresentations().get(0).getExplanationOffered()).contains(false);
    assertThat(incident.getConsequences().get(0).getKind()).isEqualTo(ConsequenceKind.FINDING_OF_FACT);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("Poisoning or giving harmful substances")
        .contains("no explanation offered")
        .contains("Finding of fact")
        .contains("outcome: the children had been given methadone");
  }

  @Test
  void noExplanationOfferedWithAnExplanationAndOtherHarmWithoutASummaryAreWarnings() {
    LearningSummary summary = read(FORMAT, """
        "incidents": [{"harmTypes": ["OTHER"],
          "presentations": [{"explanationOffered": false, "explanationGiven": "a fall"}]}]
        """);

    assertThat(Standard.validator().validate(summary).issues())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactlyInAnyOrder(
            tuple(IncidentStatements.OTHER_HARM_UNEXPLAINED, "/incidents/0/harmTypes"),
            tuple(IncidentStatements.EXPLANATION_CONTRADICTED, "/incidents/0/presentations/0/explanationOffered"));
    assertThat(Standard.validator().validate(read(FORMAT, """
        "incidents": [{"harmTypes": ["OTHER"], "summary": "Given a sedative.",
          "presentations": [{"explanationOffered": true, "explanationGiven": "a fall"}]}]
        """)).issues()).isEmpty();
  }

  @Test
  void aFigureComparesChangesForAReasonAndIsAboutHarmsThatAreNotCountedAsIncidents() {
    LearningSummary summary = read(FORMAT, """
        "figures": [{"measure": "serious incident notifications", "value": 18, "unit": "PERCENT", "change": "FALL",
          "changeReason": "mainly fewer notifications for serious harm", "comparison": "reflects the national picture"},
          {"measure": "extrafamilial harm for boys than girls", "asWritten": "more", "harmTypes": ["EXTRA_FAMILIAL_HARM"]}]
        """);

    Figure fall = summary.getFigures().get(0);
    assertThat(fall.getChange()).contains(ChangeDirection.FALL);
    assertThat(fall.getChangeReason()).contains("mainly fewer notifications for serious harm");
    assertThat(fall.getComparison()).contains("reflects the national picture");
    assertThat(summary.getFigures().get(1).getHarmTypes()).containsExactly(HarmType.EXTRA_FAMILIAL_HARM);
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.HARM_TYPES)).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("change: Fall")
        .contains("driven by: mainly fewer notifications for serious harm")
        .contains("compared with: reflects the national picture")
        .contains("harm: Exploitation or extra-familial harm");
  }

  @Test
  void anArrangementSaysWhatItAllowsAndWhichBodiesItInvolves() {
    LearningSummary summary = read(FORMAT, """
        "arrangements": [{"kind": "DUTY", "name": "The regulations",
          "powers": ["The Welsh Government Safeguarding Team can draw in other parts of the Welsh Government."],
          "involves": [{"name": "Inspectorates Group"}]}]
        """);

    Arrangement regulations = summary.getArrangements().get(0);
    assertThat(regulations.getPowers()).containsExactly("The Welsh Government Safeguarding Team can draw in other parts of the Welsh Government.");
    assertThat(regulations.getInvolves()).extracting(o -> o.getName().orElseThrow()).containsExactly("Inspectorates Group");
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("allows: The Welsh Government Safeguarding Team")
        .contains("involves: Inspectorates Group");
  }

  @Test
  void aPartnershipsNewsItemIsAFormatOfItsOwn() {
    ReadResult<LearningSummary> news = JSON.parse(JsonInput.of("""
        {"documentType": "LearningSummary", "schemaVersion": "1.0.0", "id": "ls-1", "title": "Panel annual report",
         "format": "NEWS_ITEM", "sections": [{"kind": "OTHER", "content": [{"paragraph": "Text."}]}]}
        """), LearningSummary.class);

    assertThat(news.report().errors()).isEmpty();
    assertThat(news.orElseThrow().getFormat()).isEqualTo(LearningFormat.NEWS_ITEM);
  }
}
