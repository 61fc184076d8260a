package org.safeguarding.review.benchmarks;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.AccommodationType;
import org.safeguarding.review.Action;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.Agency;
import org.safeguarding.review.AgencyKind;
import org.safeguarding.review.Block;
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
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Priority;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.ReviewType;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Theme;

/**
 * Builds valid learning summaries of a chosen shape from an index: the same index and shape always
 * give the same document, and different indexes give different ids, pseudonyms, ages, dates,
 * texts and themes. Partnerships are invented; children are known only by pseudonym and age.
 */
final class SyntheticSummaries {

  /**
   * The shape of a summary.
   *
   * @param sections how many learning sections
   * @param findingsPerSection how many findings each learning section holds
   * @param context whether to add sources, family members, an incident, a housing placement,
   *     keywords, a section of further reading, to each learning section a paragraph and a
   *     recommendation, and to every fifth an action and a question; a section's findings are
   *     always one bullet list
   */
  record Shape(int sections, int findingsPerSection, boolean context) {}

  private static final String[] PARTNERSHIPS = {
    "Exampleshire Safeguarding Children Partnership",
    "Northvale Safeguarding Children Partnership",
    "Westmere Safeguarding Children Partnership",
    "Eastbrook Safeguarding Children Partnership",
  };

  private static final String[] HEADINGS = {
    "Information Sharing", "Risk Assessment", "Working with Fathers", "Housing and Moves",
    "Voice of the Child", "Escalation and Challenge", "Health Services", "Safety Planning",
  };

  private static final String[] PARAGRAPHS = {
    "Practitioners from several agencies were involved with the family over the period reviewed,"
        + " and each held part of the picture of the child's daily life.",
    "The family moved between temporary addresses, and records did not always follow them to the"
        + " services in the new area.",
    "Meetings were held regularly, but the agencies invited changed from one meeting to the next.",
  };

  private static final String[] STATEMENTS = {
    "Information held by one agency about the adults in the household was not shared with the"
        + " practitioners assessing risk to the child.",
    "Practitioners took the parents' accounts at face value and did not test them against what"
        + " other agencies had seen.",
    "The child's own experience of daily life was not recorded in assessments or plans.",
    "Housing providers were not invited to meetings about the family, although they visited the"
        + " accommodation often.",
    "Health visiting contacts continued after the family moved, which kept the baby in view of"
        + " universal services.",
    "The male carer in the household was not identified, assessed or engaged by any agency.",
    "Escalation procedures were used well when agencies disagreed about the level of risk.",
    "The end of the child in need plan was not accompanied by a contingency plan known to every"
        + " agency.",
  };

  private static final String[] QUESTIONS = {
    "How do you find out who lives in the household and who visits it?",
    "When did you last speak to a child on their own, and how did you record what they said?",
  };

  private static final FindingKind[] FINDING_KINDS = FindingKind.values();
  private static final LearningTheme[] THEMES = LearningTheme.values();
  private static final AgencyKind[] AGENCIES = AgencyKind.values();
  private static final LearningFormat[] FORMATS = LearningFormat.values();

  private SyntheticSummaries() {}

  /** The summary for {@code index} in the given shape. */
  static LearningSummary summary(long index, Shape shape) {
    int variant = (int) Math.floorMod(index, 1_000_003L);
    String child = "Child " + letters(index);
    LearningSummary.Builder builder =
        LearningSummary.builder()
            .id("synthetic-" + index)
            .title("Learning from the review of " + child)
            .format(FORMATS[variant % FORMATS.length])
            .partnership(
                Organisation.of(
                    pick(PARTNERSHIPS, variant), OrganisationKind.SAFEGUARDING_CHILDREN_PARTNERSHIP))
            .publicationDate(PartialDate.of(YearMonth.of(2018 + variant % 8, 1 + variant % 12)))
            .addSubjects(Subject.of(child, age(variant)));
    if (shape.context()) {
      addContext(builder, child, variant);
    }
    int findingNumber = 0;
    for (int s = 0; s < shape.sections(); s++) {
      List<Finding> findings = new ArrayList<>();
      for (int f = 0; f < shape.findingsPerSection(); f++) {
        findings.add(finding(++findingNumber, variant));
      }
      builder.addSections(learningSection(s, variant, findings, shape.context()));
    }
    if (shape.context()) {
      builder.addSections(furtherReading(variant));
    }
    return builder.themes(List.of(theme(variant), theme(variant + 5))).build();
  }

  private static void addContext(LearningSummary.Builder builder, String child, int variant) {
    String mother = child + "'s mother";
    String father = child + "'s father";
    builder
        .formatLabel("Learning Summary")
        .addSources(
            ReviewReference.builder()
                .type(ReviewType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW)
                .title("Local child safeguarding practice review: " + child)
                .decisionDate(PartialDate.of(Year.of(2016 + variant % 8)))
                .publicationDate(PartialDate.of(Year.of(2017 + variant % 8)))
                .build())
        .addFamilyMembers(
            FamilyMember.builder()
                .label(mother)
                .role(FamilyRole.MOTHER)
                .age(Age.of(19 + variant % 20, AgeUnit.YEARS))
                .careLeaver(variant % 2 == 0)
                .addRelatedSubjects(child)
                .partnerOf(father)
                .build(),
            FamilyMember.builder()
                .label(father)
                .role(FamilyRole.FATHER)
                .addRelatedSubjects(child)
                .partnerOf(mother)
                .build())
        .addIncidents(
            Incident.builder()
                .addSubjects(child)
                .outcome(IncidentOutcome.SERIOUSLY_HARMED)
                .addHarmTypes(HarmType.NON_ACCIDENTAL_INJURY)
                .build())
        .addHousingPlacements(
            HousingPlacement.builder()
                .id("H1")
                .addOccupants(child, mother, father)
                .accommodationType(AccommodationType.values()[variant % AccommodationType.values().length])
                .start(PartialDate.of(YearMonth.of(2016 + variant % 8, 1 + variant % 12)))
                .outOfArea(variant % 3 == 0)
                .build())
        .addKeywords("temporary accommodation", "information sharing");
  }

  private static Finding finding(int number, int variant) {
    Finding.Builder finding =
        Finding.builder()
            .id("F" + number)
            .kind(FINDING_KINDS[(number + variant) % FINDING_KINDS.length])
            .statement(pick(STATEMENTS, number * 3 + variant))
            .addThemes(theme(number + variant), theme(number + variant + 11));
    if (number % 2 == 1) {
      finding.addAgencies(Agency.of(AGENCIES[(number * 7 + variant) % AGENCIES.length]));
    }
    return finding.build();
  }

  private static Section learningSection(
      int number, int variant, List<Finding> findings, boolean context) {
    Section.Builder section =
        Section.builder().kind(SectionKind.LEARNING).heading(pick(HEADINGS, number + variant));
    if (context) {
      section.addContent(Block.paragraph(pick(PARAGRAPHS, number + variant))).addThemes(theme(number + variant));
    }
    if (!findings.isEmpty()) {
      section.addContent(Block.of(ItemList.builder().items(findings.stream().map(Item::of).toList()).build()));
    }
    if (context && !findings.isEmpty()) {
      section.addContent(Block.of(
          Recommendation.builder()
              .id("R" + (number + 1))
              .statement(
                  "Partners should review how practice in this area is supported, and report"
                      + " progress to the partnership within twelve months.")
              .addFindings(findings.get(0).getId())
              .priority(Priority.values()[(number + variant) % Priority.values().length])
              .targetDate(LocalDate.of(2025, 1 + (number + variant) % 12, 1))
              .build()));
    }
    if (context && number % 5 == 0) {
      section
          .addContent(Block.of(Action.of("Share this briefing with your team and discuss the findings.")))
          .addContent(Block.question(pick(QUESTIONS, number + variant)));
    }
    return section.build();
  }

  private static Section furtherReading(int variant) {
    return Section.builder()
        .kind(SectionKind.FURTHER_READING)
        .heading("Further Reading")
        .addContent(Block.of(
            Resource.builder()
                .title("Learning from case reviews: briefing " + (1 + variant % 40))
                .link("https://example.org/briefings/" + (1 + variant % 40))
                .build()))
        .build();
  }

  private static Age age(int variant) {
    return variant % 3 == 0
        ? Age.of(1 + variant % 11, AgeUnit.MONTHS)
        : Age.of(1 + variant % 17, AgeUnit.YEARS);
  }

  private static Theme theme(int n) {
    return Theme.of(THEMES[Math.floorMod(n, THEMES.length)]);
  }

  private static String pick(String[] values, int n) {
    return values[Math.floorMod(n, values.length)];
  }

  /** A pseudonym's letters for an index: A to Z, then AA, AB and so on. */
  static String letters(long index) {
    StringBuilder letters = new StringBuilder();
    long n = Math.abs(index % 1_000_000_000L);
    do {
      letters.append((char) ('A' + n % 26));
      n = n / 26 - 1;
    } while (n >= 0);
    return letters.reverse().toString();
  }
}
