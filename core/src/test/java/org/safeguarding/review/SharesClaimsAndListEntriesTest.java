package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.review.testing.SummaryJson.parse;
import static org.safeguarding.review.testing.SummaryJson.read;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.References;
import org.safeguarding.review.rules.Shares;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * Facts the eleventh blind encoding still squeezed, each read from JSON as a typed value, checked,
 * shown and counted: a status that holds for a share of a group, non-statutory support, a finding
 * someone else said, a partnership's own bodies and claims about itself, an arrangement held at
 * several levels, what a format draws on and whom it is for, entries of a list page of one kind
 * stated once, and the sources a figure is about.
 */
class SharesClaimsAndListEntriesTest {

  private static final String FORMAT = "NEWS_ITEM";

  @Test
  void aStatusHoldsForAShareOfAGroupWithoutBeingAssertedForTheWhole() {
    LearningSummary summary = read(FORMAT, """
        "groups": [{"label": "children in the reviewed cases",
          "statuses": [{"kind": "KNOWN_TO_SERVICES", "share": "MOST", "shareAsWritten": "almost all"},
            {"kind": "NON_STATUTORY_SUPPORT", "share": "MOST", "shareAsWritten": "almost all",
             "agency": {"name": "universal and statutory services", "kind": "UNIVERSAL_SERVICES"}}]}]
        """);

    Status known = summary.getGroups().get(0).getStatuses().get(0);
    assertThat(known.getShare()).contains(Share.MOST);
    assertThat(summary.getGroups().get(0).getStatuses().get(1).getKind()).isEqualTo(StatusKind.NON_STATUTORY_SUPPORT);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("Known to services (for almost all (most))")
        .contains("Non-statutory support (for almost all (most); universal and statutory services");

    ReadResult<LearningSummary> wordsAlone = parse(FORMAT, """
        "groups": [{"label": "the children", "statuses": [{"kind": "KNOWN_TO_SERVICES", "shareAsWritten": "most"}]}]
        """);
    assertThat(wordsAlone.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(FormRule.Codes.STATUS_SHARE, "/groups/0/statuses/0"));

    LearningSummary ofOne = read(FORMAT, """
        "subjects": [{"pseudonym": "Child A", "statuses": [{"kind": "KNOWN_TO_SERVICES", "share": "MOST"}]}]
        """);
    assertThat(Standard.validator().validate(ofOne).warnings()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(Shares.SHARE_OF_ONE, "/subjects/0/statuses/0/share"));
  }

  @Test
  void aFindingSaysWhoSaidItAndAnInspectorHasARole() {
    LearningSummary summary = read(FORMAT, """
        "people": [{"roles": ["INSPECTOR"], "roleAsWritten": "inspectors", "organisation": {"name": "Care Inspectorate", "kind": "INSPECTORATE"}}],
        "sections": [{"kind": "SUMMARY", "content": [{"finding": {"id": "F1", "kind": "LEARNING",
          "statement": "Well-managed interagency working was clearly important.", "attribution": "inspectors"}}]}]
        """);

    assertThat(summary.findings().get(0).getAttribution()).contains("inspectors");
    assertThat(summary.getPeople().get(0).getRoles()).containsExactly(RoleKind.INSPECTOR);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("Well-managed interagency working was clearly important.")
        .contains("**Findings attributed to someone:**")
        .contains("said by: inspectors")
        .contains("roles: Inspector");
  }

  @Test
  void aPartnershipsOwnBodiesClaimsAndArrangementsHeldAtSeveralLevelsAreTyped() {
    LearningSummary summary = read("ANNUAL_REPORT", """
        "partnership": {"name": "Leeds Safeguarding Children Partnership", "abbreviation": "LSCP"},
        "structure": [{"name": "other LSCP subgroups", "kind": "SUB_GROUP", "partOf": "LSCP"}],
        "arrangements": [
          {"kind": "DUTY", "name": "responsibility for how the system learns",
           "holders": [{"level": "NATIONAL", "levelAsWritten": "at a national level", "body": {"name": "the Panel", "kind": "NATIONAL_PANEL"}},
             {"level": "LOCAL", "body": {"name": "the safeguarding partners"}}]},
          {"kind": "GOVERNANCE", "name": "governance process", "requirements": ["published on the website"]}],
        "selfAssessments": [{"statement": "Leeds has a robust review process", "about": "review process", "themes": ["LEADERSHIP_AND_CULTURE"]}]
        """);

    assertThat(summary.getArrangements().get(0).getHolders()).extracting(ArrangementHolder::getLevel).containsExactly(Level.NATIONAL, Level.LOCAL);
    assertThat(summary.getSelfAssessments()).extracting(SelfAssessment::getStatement).containsExactly("Leeds has a robust review process");
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.ARRANGEMENTS)).extracting(Frequency::key)
        .containsExactlyInAnyOrder("DUTY", "GOVERNANCE");
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("**Its own bodies:** other LSCP subgroups")
        .contains("duty on: the Panel, Child Safeguarding Practice Review Panel (at a national level) and the safeguarding partners (local)")
        .contains("**What it says of itself:**")
        .contains("**Leeds has a robust review process** — about: review process; themes: Leadership and culture");

    ReadResult<LearningSummary> both = parse(FORMAT, """
        "arrangements": [{"kind": "DUTY", "name": "a duty", "holder": {"name": "the Panel"},
          "holders": [{"level": "LOCAL", "body": {"name": "the safeguarding partners"}}]}]
        """);
    assertThat(both.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(FormRule.Codes.ARRANGEMENT_HOLDERS_FORM, "/arrangements/0"));
  }

  @Test
  void aFormatSaysWhatItDrawsOnHowItIsBuiltAndWhichRolesItIsFor() {
    LearningSummary summary = read("INDEX_PAGE", """
        "formatDescription": "the structure will be the same so that managers become familiar with the format",
        "drawsOn": [{"description": "a technique", "publisher": {"name": "the FBI"}}, {"description": "research on seven minutes"}],
        "audienceRoles": ["TEAMS", "MANAGERS"], "audienceAsWritten": "your teams; managers"
        """);

    assertThat(summary.getAudienceRoles()).containsExactly(AudienceRole.TEAMS, AudienceRole.MANAGERS);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("**About the format:** the structure will be the same")
        .contains("a technique (the FBI)")
        .contains("research on seven minutes")
        .contains("**Written for:** your teams; managers (Teams, Managers and supervisors)");
  }

  @Test
  void entriesOfAListPageAreOfTheSetWhoseKindIsStatedOnce() {
    LearningSummary page = read("INDEX_PAGE", """
        "sources": [{"id": "csprs", "typeAsWritten": "Child Safeguarding Practice Reviews", "type": "LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW"},
          {"id": "darryll", "memberOf": "csprs", "subjects": ["Darryll"]}],
        "subjects": [{"pseudonym": "Darryll"}],
        "sections": [{"kind": "SUMMARY", "heading": "Daryll", "entryFormat": "SEVEN_MINUTE_BRIEFING", "sources": ["darryll"],
          "content": [{"paragraph": "Darryll was 15 days old."}]}]
        """);

    assertThat(page.getSources().get(1).getMemberOf()).contains("csprs");
    assertThat(page.getSections().get(0).getEntryFormat()).contains(LearningFormat.SEVEN_MINUTE_BRIEFING);
    assertThat(Standard.validator().validate(page).issues()).isEmpty();
    // The entry counts as the one kind its set has, not as a review of no kind; the set is not a review of its own.
    assertThat(CorpusStatistics.of(page).getFrequencies(Statistic.REVIEW_TYPES)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW", 1L));
    assertThat(MarkdownRenderer.standard().render(page))
        .contains("one of: Child Safeguarding Practice Reviews")
        .contains("**Entries listed:**")
        .contains("Daryll (7-minute briefing)")
        .doesNotContain("csprs");

    ReadResult<LearningSummary> itself = parse(FORMAT, """
        "sources": [{"id": "csprs", "memberOf": "csprs"}]
        """);
    assertThat(itself.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(References.UNKNOWN_SOURCE, "/sources/0/memberOf"));
  }

  @Test
  void aFiguresSourcesAreIdsShownByNameAndItsAboutIsForPeople() {
    LearningSummary summary = read(FORMAT, """
        "sources": [{"id": "scrs", "type": "SIGNIFICANT_CASE_REVIEW", "typeAsWritten": "significant case reviews"}],
        "figures": [{"measure": "reviews with a need to strengthen the child's plan", "value": 12, "unit": "COUNT", "outOf": 25, "sources": ["scrs"]}]
        """);

    assertThat(summary.getFigures().get(0).getSources()).containsExactly("scrs");
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary)).contains("of: significant case reviews").doesNotContain("scrs");

    ReadResult<LearningSummary> misplaced = parse(FORMAT, """
        "sources": [{"id": "scrs"}],
        "figures": [{"measure": "reviews", "asWritten": "just over half", "about": ["scrs"], "sources": ["reviews"]}]
        """);
    assertThat(misplaced.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(References.UNKNOWN_PERSON, "/figures/0/about/0"), tuple(References.UNKNOWN_SOURCE, "/figures/0/sources/0"));
  }
}
