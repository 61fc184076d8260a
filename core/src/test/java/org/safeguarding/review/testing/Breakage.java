package org.safeguarding.review.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.Finding;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.Section;
import org.safeguarding.review.Subject;
import org.safeguarding.review.report.IssueCode;

/**
 * One constraint broken in an otherwise valid document: the broken document, and the JSON Pointer
 * and code of the one error it must give.
 *
 * @param document the document with one constraint broken
 * @param pointer where the error must be reported
 * @param code the code the error must have
 * @param what what was broken, for failure messages
 */
public record Breakage(ReviewDocument document, String pointer, IssueCode code, String what) {

  @Override
  public String toString() {
    return what + " -> " + code + " at " + pointer;
  }

  /** Valid documents, each with one randomly chosen constraint broken at a random place. */
  public static Gen<Breakage> of(Gen<? extends ReviewDocument> documents) {
    return in -> {
      ReviewDocument document = documents.generate(in);
      Draw draw = new Draw(in);
      List<BiFunction<ReviewDocument, Draw, Optional<Breakage>>> breakers = new ArrayList<>(BREAKERS);
      int first = draw.between(0, breakers.size() - 1);
      for (int i = 0; i < breakers.size(); i++) {
        Optional<Breakage> broken = breakers.get((first + i) % breakers.size()).apply(document, draw);
        if (broken.isPresent()) {
          return broken.get();
        }
      }
      throw new IllegalStateException("Every document has a constraint to break");
    };
  }

  private static final List<BiFunction<ReviewDocument, Draw, Optional<Breakage>>> BREAKERS =
      List.of(
          Breakage::blankFindingStatement,
          Breakage::tooLongFindingStatement,
          Breakage::ageOutOfRange,
          Breakage::duplicatePseudonym,
          Breakage::recommendationIdOfTheWrongForm,
          Breakage::recommendationLinkToNoFinding,
          Breakage::placementEndingBeforeItStarts,
          Breakage::notificationBeforeAwareness,
          Breakage::noSections,
          Breakage::blankParagraph,
          Breakage::linkNotAbsolute,
          Breakage::duplicateFindingIdInRapidReview);

  private static Optional<Breakage> blankFindingStatement(ReviewDocument document, Draw draw) {
    return changeFinding(document, draw, f -> Finding.builder().from(f).statement(" \u3000\n").build(),
        "statement", IssueCode.VALUE_BLANK, "blank finding statement");
  }

  private static Optional<Breakage> tooLongFindingStatement(ReviewDocument document, Draw draw) {
    return changeFinding(
        document, draw, f -> Finding.builder().from(f).statement("x".repeat(Constraints.STATEMENT_MAX + 1)).build(),
        "statement", IssueCode.VALUE_TOO_LONG, "finding statement too long");
  }

  private static Optional<Breakage> ageOutOfRange(ReviewDocument document, Draw draw) {
    List<Subject> subjects = subjects(document);
    if (subjects.isEmpty()) {
      return Optional.empty();
    }
    int i = draw.between(0, subjects.size() - 1);
    Subject broken = Subject.builder().from(subjects.get(i)).age(Age.builder().value(Constraints.AGE_MAX + 1).unit(AgeUnit.YEARS).build()).build();
    return Optional.of(
        new Breakage(withSubjects(document, replace(subjects, i, broken)), subjectsPointer(document) + "/" + i + "/age/value",
            IssueCode.VALUE_OUT_OF_RANGE, "age out of range"));
  }

  private static Optional<Breakage> duplicatePseudonym(ReviewDocument document, Draw draw) {
    List<Subject> subjects = new ArrayList<>(subjects(document));
    if (subjects.isEmpty()) {
      return Optional.empty();
    }
    Subject copied = draw.pick(subjects);
    subjects.add(Subject.builder().pseudonym(copied.getPseudonym()).build());
    return Optional.of(
        new Breakage(withSubjects(document, subjects), subjectsPointer(document) + "/" + (subjects.size() - 1) + "/pseudonym",
            IssueCode.PSEUDONYM_DUPLICATE, "duplicate pseudonym"));
  }

  private static Optional<Breakage> recommendationIdOfTheWrongForm(ReviewDocument document, Draw draw) {
    return changeRecommendation(document, draw, r -> Recommendation.builder().from(r).id("R 1").build(),
        "id", IssueCode.VALUE_PATTERN, "recommendation id of the wrong form");
  }

  private static Optional<Breakage> recommendationLinkToNoFinding(ReviewDocument document, Draw draw) {
    return changeRecommendation(
        document, draw, r -> Recommendation.builder().from(r).addFindings("no-such-finding").build(),
        null, IssueCode.UNKNOWN_FINDING, "recommendation linked to no finding");
  }

  private static Optional<Breakage> placementEndingBeforeItStarts(ReviewDocument document, Draw draw) {
    List<HousingPlacement> placements =
        document instanceof RapidReview r ? r.getHousingPlacements() : ((LearningSummary) document).getHousingPlacements();
    List<Integer> dated = new ArrayList<>();
    for (int i = 0; i < placements.size(); i++) {
      if (placements.get(i).getStart().isPresent()) {
        dated.add(i);
      }
    }
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    int i = draw.pick(dated);
    HousingPlacement placement = placements.get(i);
    int year = placement.getStart().get().getEarliest().getYear() - 1;
    HousingPlacement broken = HousingPlacement.builder().from(placement).end(PartialDate.parse(String.valueOf(year))).build();
    List<HousingPlacement> changed = replace(placements, i, broken);
    ReviewDocument result =
        document instanceof RapidReview r
            ? RapidReview.builder().from(r).housingPlacements(changed).build()
            : LearningSummary.builder().from((LearningSummary) document).housingPlacements(changed).build();
    return Optional.of(new Breakage(result, "/housingPlacements/" + i + "/end", IssueCode.DATES_OUT_OF_ORDER, "placement ends before it starts"));
  }

  private static Optional<Breakage> notificationBeforeAwareness(ReviewDocument document, Draw draw) {
    if (!(document instanceof RapidReview review)) {
      return Optional.empty();
    }
    RapidReviewTimeline timeline = review.getTimeline();
    RapidReviewTimeline broken =
        RapidReviewTimeline.builder().from(timeline).notificationSent(timeline.getBecameAware().minusDays(draw.between(1, 30))).build();
    return Optional.of(
        new Breakage(RapidReview.builder().from(review).timeline(broken).build(), "/timeline/notificationSent",
            IssueCode.DATES_OUT_OF_ORDER, "notification before awareness"));
  }

  private static Optional<Breakage> noSections(ReviewDocument document, Draw draw) {
    if (!(document instanceof LearningSummary summary)) {
      return Optional.empty();
    }
    LearningSummary broken = LearningSummary.builder().from(summary).sections(List.of()).build();
    // Without sections, recommendations and their links go too; nothing else refers to sections.
    return Optional.of(new Breakage(broken, "/sections", IssueCode.ARRAY_TOO_SHORT, "no sections"));
  }

  private static Optional<Breakage> blankParagraph(ReviewDocument document, Draw draw) {
    if (!(document instanceof LearningSummary summary)) {
      return Optional.empty();
    }
    int s = draw.between(0, summary.getSections().size() - 1);
    Section section = summary.getSections().get(s);
    int p = draw.between(0, section.getParagraphs().size());
    List<String> paragraphs = new ArrayList<>(section.getParagraphs());
    paragraphs.add(p, "\t \u2029");
    Section broken = Section.builder().from(section).paragraphs(paragraphs).build();
    return Optional.of(
        new Breakage(withSection(summary, s, broken), "/sections/" + s + "/paragraphs/" + p, IssueCode.VALUE_BLANK, "blank paragraph"));
  }

  private static Optional<Breakage> linkNotAbsolute(ReviewDocument document, Draw draw) {
    if (!(document instanceof LearningSummary summary)) {
      return Optional.empty();
    }
    int s = draw.between(0, summary.getSections().size() - 1);
    Section section = summary.getSections().get(s);
    int r = section.getResources().size();
    Section broken =
        Section.builder()
            .from(section)
            .addResources(Resource.builder().title("Guide").link(draw.pick(List.of("#", "www.example.org", "ftp://example.org", "https://exa mple.org"))).build())
            .build();
    return Optional.of(
        new Breakage(withSection(summary, s, broken), "/sections/" + s + "/resources/" + r + "/link", IssueCode.VALUE_PATTERN, "link not absolute"));
  }

  private static Optional<Breakage> duplicateFindingIdInRapidReview(ReviewDocument document, Draw draw) {
    if (!(document instanceof RapidReview review) || review.getFindings().size() < 2) {
      return Optional.empty();
    }
    int later = draw.between(1, review.getFindings().size() - 1);
    int earlier = draw.between(0, later - 1);
    List<Finding> findings = review.getFindings();
    Finding broken = Finding.builder().from(findings.get(later)).id(findings.get(earlier).getId()).build();
    return Optional.of(
        new Breakage(RapidReview.builder().from(review).findings(replace(findings, later, broken)).build(),
            "/findings/" + later + "/id", IssueCode.ID_DUPLICATE, "duplicate finding id"));
  }

  // Helpers

  private interface FindingChange {
    Finding apply(Finding finding);
  }

  private static Optional<Breakage> changeFinding(
      ReviewDocument document, Draw draw, FindingChange change, String property, IssueCode code, String what) {
    if (document instanceof RapidReview review) {
      if (review.getFindings().isEmpty()) {
        return Optional.empty();
      }
      int i = draw.between(0, review.getFindings().size() - 1);
      List<Finding> findings = replace(review.getFindings(), i, change.apply(review.getFindings().get(i)));
      return Optional.of(new Breakage(RapidReview.builder().from(review).findings(findings).build(), "/findings/" + i + "/" + property, code, what));
    }
    LearningSummary summary = (LearningSummary) document;
    List<int[]> places = new ArrayList<>();
    for (int s = 0; s < summary.getSections().size(); s++) {
      for (int f = 0; f < summary.getSections().get(s).getFindings().size(); f++) {
        places.add(new int[] {s, f});
      }
    }
    if (places.isEmpty()) {
      return Optional.empty();
    }
    int[] place = draw.pick(places);
    Section section = summary.getSections().get(place[0]);
    Section broken =
        Section.builder().from(section).findings(replace(section.getFindings(), place[1], change.apply(section.getFindings().get(place[1])))).build();
    return Optional.of(
        new Breakage(withSection(summary, place[0], broken), "/sections/" + place[0] + "/findings/" + place[1] + "/" + property, code, what));
  }

  private interface RecommendationChange {
    Recommendation apply(Recommendation recommendation);
  }

  /** Changes a recommendation; with no property named, the error is at the last of its findings. */
  private static Optional<Breakage> changeRecommendation(
      ReviewDocument document, Draw draw, RecommendationChange change, String property, IssueCode code, String what) {
    if (!(document instanceof LearningSummary summary)) {
      return Optional.empty();
    }
    List<int[]> places = new ArrayList<>();
    for (int s = 0; s < summary.getSections().size(); s++) {
      for (int r = 0; r < summary.getSections().get(s).getRecommendations().size(); r++) {
        places.add(new int[] {s, r});
      }
    }
    if (places.isEmpty()) {
      return Optional.empty();
    }
    int[] place = draw.pick(places);
    Section section = summary.getSections().get(place[0]);
    Recommendation changed = change.apply(section.getRecommendations().get(place[1]));
    Section broken = Section.builder().from(section).recommendations(replace(section.getRecommendations(), place[1], changed)).build();
    String at = property != null ? property : "findings/" + (changed.getFindings().size() - 1);
    return Optional.of(
        new Breakage(withSection(summary, place[0], broken), "/sections/" + place[0] + "/recommendations/" + place[1] + "/" + at, code, what));
  }

  private static List<Subject> subjects(ReviewDocument document) {
    return document instanceof RapidReview r ? r.getChildren() : ((LearningSummary) document).getSubjects();
  }

  private static String subjectsPointer(ReviewDocument document) {
    return document instanceof RapidReview ? "/children" : "/subjects";
  }

  private static ReviewDocument withSubjects(ReviewDocument document, List<Subject> subjects) {
    return document instanceof RapidReview r
        ? RapidReview.builder().from(r).children(subjects).build()
        : LearningSummary.builder().from((LearningSummary) document).subjects(subjects).build();
  }

  private static LearningSummary withSection(LearningSummary summary, int index, Section section) {
    return LearningSummary.builder().from(summary).sections(replace(summary.getSections(), index, section)).build();
  }

  private static <T> List<T> replace(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }
}
