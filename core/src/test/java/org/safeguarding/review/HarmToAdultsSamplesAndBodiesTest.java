package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.review.testing.SummaryJson.parse;
import static org.safeguarding.review.testing.SummaryJson.read;

import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.national.NationalCodes;
import org.safeguarding.review.privacy.PersonalDataKind;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.rules.References;
import org.safeguarding.review.rules.Shares;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * Facts the twelfth blind encoding still squeezed, each read from JSON as a typed value, checked,
 * shown and counted: an adult killed among the ways children were harmed, a group's outcome not
 * split into deaths and serious harm, how a set of reviews was chosen and what it set aside, how
 * often injuries were found on a group, and a standing body's members, meetings and contacts.
 */
class HarmToAdultsSamplesAndBodiesTest {

  private static final String FORMAT = "LEARNING_BRIEFING";

  @Test
  void aMotherKilledIsAFamilyMemberHarmedNeverAChild() {
    LearningSummary summary = read(FORMAT, """
        "groups": [{"label": "children in the reviews"}],
        "familyMembers": [{"label": "the mother", "role": "MOTHER"}],
        "incidents": [{"subjects": ["children in the reviews"], "familyMembersHarmed": ["the mother"],
          "harmTypes": ["HOMICIDE"], "circumstances": ["RELATIONSHIP_BREAKDOWN"], "summary": "a mother was killed by her partner"}]
        """);

    Incident killing = summary.getIncidents().get(0);
    assertThat(killing.getFamilyMembersHarmed()).containsExactly("the mother");
    assertThat(killing.getHarmTypes()).containsExactly(HarmType.HOMICIDE);
    assertThat(NationalCodes.of(HarmType.HOMICIDE)).isEmpty();
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("family members harmed: the mother")
        .contains("harm: Homicide or killing")
        .contains("circumstances: After a relationship broke down");
    CorpusStatistics statistics = CorpusStatistics.of(summary);
    assertThat(statistics.getFrequencies(Statistic.FAMILY_MEMBERS_HARMED)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("MOTHER", 1L));
    assertThat(statistics.getFrequencies(Statistic.AGE_BANDS)).extracting(Frequency::count).containsExactly(1L);

    ReadResult<LearningSummary> asASubject = parse(FORMAT, """
        "familyMembers": [{"label": "the mother", "role": "MOTHER"}],
        "incidents": [{"subjects": ["the mother"], "familyMembersHarmed": ["the father"]}]
        """);
    assertThat(asASubject.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(
            tuple(References.UNKNOWN_SUBJECT, "/incidents/0/subjects/0"),
            tuple(References.UNKNOWN_PERSON, "/incidents/0/familyMembersHarmed/0"));
    assertThat(asASubject.report().errors().get(0).message()).contains("\"familyMembersHarmed\"");
  }

  @Test
  void childrenWhoDiedOrWereSeriouslyHarmedWithoutASplitHaveOneOutcomeWithNoNationalCode() {
    LearningSummary summary = read(FORMAT, """
        "groups": [{"label": "children in the reviews", "count": {"value": 40}}],
        "incidents": [{"subjects": ["children in the reviews"], "outcome": "DIED_OR_SERIOUSLY_HARMED"}]
        """);

    assertThat(NationalCodes.of(IncidentOutcome.DIED_OR_SERIOUSLY_HARMED)).isEmpty();
    assertThat(NationalCodes.of(IncidentOutcome.DIED)).isNotEmpty();
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary)).contains("outcome: Died or seriously harmed");
    assertThat(CorpusStatistics.of(summary).getFrequencies(Statistic.INCIDENT_OUTCOMES)).extracting(Frequency::key, Frequency::label)
        .containsExactly(tuple("DIED_OR_SERIOUSLY_HARMED", "Died or seriously harmed"));
  }

  @Test
  void aSetOfReviewsSaysHowTheyWereChosenAndWhatWasSetAside() {
    LearningSummary summary = read(FORMAT, """
        "sources": [{"id": "scrs", "type": "SERIOUS_CASE_REVIEW", "count": {"value": 7},
            "publishedWithin": {"from": "2011"}, "selectionCriteria": "where domestic abuse is a key factor"},
          {"id": "far", "type": "SERIOUS_CASE_REVIEW", "memberOf": "scrs",
            "exclusion": "one case was excluded as it related only to management in a distant area"}],
        "subjects": [{"pseudonym": "Baby C", "exclusion": "excluded: the baby was not seen in the area"}],
        "groups": [{"label": "infants in the sample", "count": {"value": 6}},
          {"label": "infants set aside", "count": {"value": 2}, "exclusion": "two cases did not meet the criteria"}]
        """);

    assertThat(summary.getSources().get(0).getSelectionCriteria()).contains("where domestic abuse is a key factor");
    assertThat(summary.getSources().get(1).getExclusion()).hasValueSatisfying(words -> assertThat(words).contains("distant area"));
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("chosen: where domestic abuse is a key factor")
        .contains("set aside from the analysis: one case was excluded as it related only to management in a distant area")
        .contains("set aside from the analysis: two cases did not meet the criteria");
    CorpusStatistics statistics = CorpusStatistics.of(summary);
    // The set's only entry is set aside, so the set itself is the one review counted.
    assertThat(statistics.getFrequencies(Statistic.REVIEW_TYPES)).extracting(Frequency::key, Frequency::count)
        .containsExactly(tuple("SERIOUS_CASE_REVIEW", 1L));
    assertThat(statistics.getFrequencies(Statistic.AGE_BANDS)).extracting(Frequency::count).containsExactly(6L);
  }

  @Test
  void theCommonestInjuriesOfAGroupAreMarkedAndAShareIsForAGroupOnly() {
    LearningSummary summary = read(FORMAT, """
        "groups": [{"label": "the six babies", "count": {"value": 6}}],
        "incidents": [{"subjects": ["the six babies"], "presentations": [
          {"injuries": ["BRUISING"], "site": "face", "mostCommon": true, "detail": "the commonest injuries were bruises to the face"},
          {"injuries": ["FRACTURE"], "share": "SOME", "shareAsWritten": "some of the babies"}]}]
        """);

    Presentation commonest = summary.getIncidents().get(0).getPresentations().get(0);
    assertThat(commonest.getMostCommon()).contains(true);
    assertThat(summary.getIncidents().get(0).getPresentations().get(1).getShare()).contains(Share.SOME);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("Bruising (the commonest among the children; site: face")
        .contains("found on some of the babies (some)");

    ReadResult<LearningSummary> wordsAlone = parse(FORMAT, """
        "groups": [{"label": "the babies"}],
        "incidents": [{"subjects": ["the babies"], "presentations": [{"injuries": ["BRUISING"], "shareAsWritten": "most"}]}]
        """);
    assertThat(wordsAlone.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(FormRule.Codes.PRESENTATION_SHARE, "/incidents/0/presentations/0"));

    LearningSummary ofOne = read(FORMAT, """
        "subjects": [{"pseudonym": "Baby D"}],
        "incidents": [{"subjects": ["Baby D"], "presentations": [{"injuries": ["BRUISING"], "share": "MOST"}]}]
        """);
    assertThat(Standard.validator().validate(ofOne).warnings()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(tuple(Shares.PRESENTATION_SHARE_OF_ONE, "/incidents/0/presentations/0/share"));
  }

  @Test
  void aStandingBodyHasMembersMeetingsAndAnOrganisationalContact() {
    LearningSummary summary = read(FORMAT, """
        "partnership": {"name": "Exampleshire Safeguarding Children Board", "kind": "SAFEGUARDING_CHILDREN_BOARD",
          "contacts": [{"label": "the Business Unit", "email": "adult.child.protection.admin@example.gov.uk",
            "telephone": "0300 123 4567", "link": "https://example.gov.uk/contact"}]},
        "structure": [{"name": "Learning and Improvement Sub-group", "partOf": "Exampleshire Safeguarding Children Board",
          "members": [{"kind": "POLICE"}, {"kind": "GENERAL_HEALTH", "name": "the hospital trust"}],
          "meets": "QUARTERLY", "meetsAsWritten": "meets quarterly"}]
        """);

    Organisation subGroup = summary.getStructure().get(0);
    assertThat(subGroup.getMembers()).extracting(Agency::getKind).containsExactly(AgencyKind.POLICE, AgencyKind.GENERAL_HEALTH);
    assertThat(subGroup.getMeets()).contains(Cadence.QUARTERLY);
    assertThat(Standard.validator().validate(summary).issues()).isEmpty();
    assertThat(MarkdownRenderer.standard().render(summary))
        .contains("members: Police; the hospital trust (General health)")
        .contains("meets: meets quarterly (quarterly)")
        .contains("contact: the Business Unit (adult.child.protection.admin@example.gov.uk; 0300 123 4567;");

    ReadResult<LearningSummary> personal = parse(FORMAT, """
        "partnership": {"name": "Exampleshire Safeguarding Children Board",
          "contacts": [{"email": "jane.smith@example.gov.uk"}, {"label": "the Business Unit"}]}
        """);
    assertThat(personal.report().errors()).extracting(ValidationIssue::code, issue -> issue.pointer().toString())
        .containsExactly(
            tuple(PersonalDataKind.EMAIL_ADDRESS.getCode(), "/partnership/contacts/0/email"),
            tuple(FormRule.Codes.CONTACT_FORM, "/partnership/contacts/1"));
  }
}
