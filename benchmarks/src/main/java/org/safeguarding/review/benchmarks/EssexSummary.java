package org.safeguarding.review.benchmarks;

import java.util.Arrays;
import java.util.List;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.Agency;
import org.safeguarding.review.AgencyKind;
import org.safeguarding.review.Block;
import org.safeguarding.review.Certainty;
import org.safeguarding.review.FamilyMember;
import org.safeguarding.review.FamilyRole;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.HarmType;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Incident;
import org.safeguarding.review.IncidentOutcome;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.LearningFormat;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.OrganisationKind;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Resource;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Theme;

/**
 * The Essex learning summary for Child HH and Child CC ({@code
 * examples/documents/essex-learning-summary-child-hh-cc.json}), built in code so that the
 * benchmarks jar needs no files. Written pretty, it is that example byte for byte.
 */
final class EssexSummary {

  private static final String MOTHER = "Child HH's Mother";
  private static final String FATHER = "Child CC's father";

  private EssexSummary() {}

  static LearningSummary build() {
    return LearningSummary.builder()
        .id("escb-child-hh-cc")
        .title("Child HH and Child CC")
        .format(LearningFormat.LEARNING_SUMMARY)
        .formatLabel("Learning Summary")
        .partnership(
            Organisation.of(
                "Essex Safeguarding Children Board", OrganisationKind.SAFEGUARDING_CHILDREN_BOARD))
        .addSubjects(
            Subject.of("Child HH", Age.of(6, AgeUnit.MONTHS)),
            Subject.of("Child CC", Age.of(2, AgeUnit.YEARS)))
        .addFamilyMembers(parent(MOTHER, FamilyRole.MOTHER, "Child HH", FATHER))
        .addFamilyMembers(parent(FATHER, FamilyRole.FATHER, "Child CC", MOTHER))
        .addIncidents(
            Incident.builder()
                .id("I1")
                .addSubjects("Child HH")
                .outcome(IncidentOutcome.SERIOUSLY_HARMED)
                .addHarmTypes(HarmType.NON_ACCIDENTAL_INJURY)
                .abuseOrNeglect(Certainty.KNOWN)
                .build())
        .addHousingPlacements(
            HousingPlacement.builder()
                .id("H1")
                .addOccupants(MOTHER, FATHER)
                .description("Temporary accommodation")
                .build())
        .addSections(background(), effectivePractice(), housing(), risk(), staffing())
        .addSections(informationSharing(), furtherReading())
        .themes(
            themes(
                LearningTheme.NON_ACCIDENTAL_INJURY_IN_INFANTS,
                LearningTheme.YOUNG_PARENTS_AND_CARE_LEAVERS,
                LearningTheme.HOUSING_AND_TEMPORARY_ACCOMMODATION,
                LearningTheme.RISK_ASSESSMENT,
                LearningTheme.WORKFORCE,
                LearningTheme.INFORMATION_SHARING))
        .build();
  }

  private static FamilyMember parent(String label, FamilyRole role, String child, String partner) {
    return FamilyMember.builder()
        .label(label)
        .role(role)
        .careLeaver(true)
        .addRelatedSubjects(child)
        .partnerOf(partner)
        .build();
  }

  private static Section background() {
    return Section.builder()
        .kind(SectionKind.BACKGROUND)
        .heading("Background")
        .addContent(Block.paragraph(
            "This review was initiated following serious non-accidental injuries to Child HH, aged"
                + " 6 months, and concerns about the care and safeguarding of both Child HH and"
                + " Child CC aged 2 years. Child HH's Mother was partner to Child CC's father; both"
                + " were care leavers living in temporary accommodation."))
        .build();
  }

  private static Section effectivePractice() {
    return Section.builder()
        .kind(SectionKind.GOOD_PRACTICE)
        .heading("Effective Practice")
        .addContent(bullets(
            finding("F1", FindingKind.GOOD_PRACTICE,
                "Strong multi-agency collaboration post-injury.",
                LearningTheme.MULTI_AGENCY_WORKING),
            finding("F2", FindingKind.GOOD_PRACTICE,
                "Use of Family Group Conferences and parenting support services.",
                LearningTheme.WHOLE_FAMILY),
            finding("F3", FindingKind.GOOD_PRACTICE,
                "Reflective and thoughtful assessments by practitioners.",
                LearningTheme.RISK_ASSESSMENT)))
        .build();
  }

  private static Section housing() {
    return Section.builder()
        .kind(SectionKind.LEARNING)
        .heading("Housing Involvement in Safeguarding")
        .themes(themes(LearningTheme.HOUSING_AND_TEMPORARY_ACCOMMODATION))
        .addContent(bullets(
            Item.of(Finding.builder()
                .from(theFinding("F4", FindingKind.LEARNING,
                    "Inconsistent engagement of housing providers in safeguarding processes.",
                    LearningTheme.HOUSING_AND_TEMPORARY_ACCOMMODATION,
                    LearningTheme.MULTI_AGENCY_WORKING))
                .addAgencies(Agency.of(AgencyKind.HOUSING_PROVIDER))
                .build()),
            Item.of(
                Recommendation.builder()
                    .id("R1")
                    .statement(
                        "Those who commission housing providers should ensure that contracts recognise"
                            + " the need for housing providers to have sufficient capacity to"
                            + " participate in children and adult safeguarding processes")
                    .owner("Those who commission housing providers")
                    .addFindings("F4")
                    .themes(themes(LearningTheme.HOUSING_AND_TEMPORARY_ACCOMMODATION))
                    .build()),
            finding("F5", FindingKind.LEARNING,
                "Practitioners felt they were not clear on the differing types of accommodation and"
                    + " the support provided to families within the accommodation.",
                LearningTheme.HOUSING_AND_TEMPORARY_ACCOMMODATION),
            Item.of(Finding.builder()
                .from(theFinding("F6", FindingKind.AREA_FOR_IMPROVEMENT,
                    "Need for clearer protocols on who should be invited to safeguarding meetings,"
                        + " especially from housing.",
                    LearningTheme.MULTI_AGENCY_WORKING,
                    LearningTheme.HOUSING_AND_TEMPORARY_ACCOMMODATION))
                .addAgencies(Agency.of(AgencyKind.HOUSING_LOCAL_AUTHORITY), Agency.of(AgencyKind.HOUSING_PROVIDER))
                .build())))
        .build();
  }

  private static Section risk() {
    return Section.builder()
        .kind(SectionKind.LEARNING)
        .heading("Risk Assessment and Decision-Making")
        .themes(themes(LearningTheme.RISK_ASSESSMENT))
        .addContent(bullets(
            finding("F7", FindingKind.LEARNING,
                "The complexity of parental backgrounds was not always fully considered in risk"
                    + " assessments.",
                LearningTheme.RISK_ASSESSMENT, LearningTheme.FAMILY_HISTORY),
            finding("F8", FindingKind.LEARNING,
                "Young parental age and frequent changes in living arrangements added to the"
                    + " complexity.",
                LearningTheme.YOUNG_PARENTS_AND_CARE_LEAVERS,
                LearningTheme.HOUSING_AND_TEMPORARY_ACCOMMODATION),
            recommendation("R2",
                "To ensure there is a robust contingency plan in place at point of ending a Child in"
                    + " Need plan and to ensure all agencies working with the family are aware of"
                    + " the plan.",
                LearningTheme.SAFETY_PLANNING)))
        .build();
  }

  private static Section staffing() {
    return Section.builder()
        .kind(SectionKind.LEARNING)
        .heading("Impact of Staff Changes and Virtual Meetings")
        .themes(themes(LearningTheme.WORKFORCE))
        .addContent(bullets(
            finding("F9", FindingKind.GOOD_PRACTICE,
                "Frequent staff changes were mitigated by good handovers.",
                LearningTheme.WORKFORCE),
            recommendation("R3",
                "Virtual meetings with children and families during the COVID-19 pandemic were a"
                    + " necessity, however all meeting with children and families should be held"
                    + " in person unless there are specific reasons not to.",
                LearningTheme.WORKFORCE, LearningTheme.COVID_19, LearningTheme.VOICE_OF_THE_CHILD)))
        .build();
  }

  private static Section informationSharing() {
    return Section.builder()
        .kind(SectionKind.LEARNING)
        .heading("Information Sharing")
        .themes(themes(LearningTheme.INFORMATION_SHARING))
        .addContent(bullets(
            finding("F10", FindingKind.LEARNING,
                "Practitioners felt there were challenges in accessing historical information about"
                    + " parents from other local authorities and health services.",
                LearningTheme.INFORMATION_SHARING, LearningTheme.FAMILY_HISTORY,
                LearningTheme.MOVES_ACROSS_AREAS),
            finding("F11", FindingKind.LEARNING,
                "Practitioners also described difficulties in obtaining information about fathers"
                    + " when the Section 47 threshold had not been met.",
                LearningTheme.INFORMATION_SHARING, LearningTheme.FATHERS_AND_MALE_CARERS),
            finding("F12", FindingKind.LEARNING,
                "There were barriers due to GDPR and lack of integrated IT systems across health"
                    + " and social care.",
                LearningTheme.INFORMATION_SHARING)))
        .build();
  }

  private static Section furtherReading() {
    return Section.builder()
        .kind(SectionKind.FURTHER_READING)
        .heading("Further Reading and Resources")
        .addContent(
            Block.of(Resource.of("NSPCC - Housing: Learning from case reviews")),
            Block.of(Resource.of("ESCB Working with Father Figures Practice Tool")))
        .build();
  }

  /** The section's bullets, findings and recommendations in published order, as one list. */
  private static Block bullets(Item... items) {
    return Block.of(ItemList.of(items));
  }

  private static Item finding(
      String id, FindingKind kind, String statement, LearningTheme... themes) {
    return Item.of(theFinding(id, kind, statement, themes));
  }

  private static Finding theFinding(
      String id, FindingKind kind, String statement, LearningTheme... themes) {
    return Finding.builder().id(id).kind(kind).statement(statement).themes(themes(themes)).build();
  }

  private static Item recommendation(
      String id, String statement, LearningTheme... themes) {
    return Item.of(Recommendation.builder().id(id).statement(statement).themes(themes(themes)).build());
  }

  private static List<Theme> themes(LearningTheme... themes) {
    return Arrays.stream(themes).map(Theme::of).toList();
  }
}
