package org.safeguarding.review.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.Block;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.HousingPlacement;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LifeStage;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.OrganisationKind;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.Section;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Table;
import org.safeguarding.review.TableColumn;
import org.safeguarding.review.TableRow;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.json.JsonMappers;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.rules.DatesInOrder;
import org.safeguarding.review.rules.Ranges;
import org.safeguarding.review.rules.References;
import org.safeguarding.review.rules.TableWidths;
import org.safeguarding.review.rules.UniqueIds;
import org.safeguarding.review.rules.UniqueNames;
import tools.jackson.databind.node.ObjectNode;

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
          Breakage::ageUnitWithoutValue,
          Breakage::ageRangeReversed,
          Breakage::duplicatePseudonym,
          Breakage::recommendationIdOfTheWrongForm,
          Breakage::recommendationLinkToNoFinding,
          Breakage::placementEndingBeforeItStarts,
          Breakage::notificationBeforeAwareness,
          Breakage::unnamedPartnership,
          Breakage::noSections,
          Breakage::blankParagraph,
          Breakage::blockWithTwoParts,
          Breakage::emptyBlock,
          Breakage::listNumberedInPart,
          Breakage::tableRowTooShort,
          Breakage::sectionNamingAnUnknownSource,
          Breakage::linkNotAbsolute,
          Breakage::duplicateFindingIdInRapidReview);

  private static Optional<Breakage> blankFindingStatement(ReviewDocument document, Draw draw) {
    return changePart(document, draw, Finding.class, f -> f.put("statement", " \u3000\n"),
        "/statement", IssueCode.VALUE_BLANK, "blank finding statement");
  }

  private static Optional<Breakage> tooLongFindingStatement(ReviewDocument document, Draw draw) {
    return changePart(document, draw, Finding.class, f -> f.put("statement", "x".repeat(Constraints.STATEMENT_MAX + 1)),
        "/statement", IssueCode.VALUE_TOO_LONG, "finding statement too long");
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
            UniqueNames.PSEUDONYM_DUPLICATE, "duplicate pseudonym"));
  }

  private static Optional<Breakage> recommendationIdOfTheWrongForm(ReviewDocument document, Draw draw) {
    return changePart(document, draw, Recommendation.class, r -> r.put("id", "R 1"),
        "/id", IssueCode.VALUE_PATTERN, "recommendation id of the wrong form");
  }

  private static Optional<Breakage> recommendationLinkToNoFinding(ReviewDocument document, Draw draw) {
    List<Located<Recommendation>> recommendations = DocumentParts.of(document).all(Recommendation.class);
    if (recommendations.isEmpty()) {
      return Optional.empty();
    }
    Located<Recommendation> recommendation = draw.pick(recommendations);
    int index = recommendation.value().getFindings().size();
    return Optional.of(
        new Breakage(
            changed(document, recommendation.pointer().toString(), r -> r.withArray("findings").add("no-such-finding")),
            recommendation.pointer() + "/findings/" + index, References.UNKNOWN_FINDING, "recommendation linked to no finding"));
  }

  private static Optional<Breakage> placementEndingBeforeItStarts(ReviewDocument document, Draw draw) {
    List<HousingPlacement> placements =
        document instanceof RapidReview r ? r.getHousingPlacements() : ((LearningSummary) document).getHousingPlacements();
    List<Integer> dated = new ArrayList<>();
    for (int i = 0; i < placements.size(); i++) {
      if (placements.get(i).getStart().filter(start -> !start.isInferred()).isPresent()) {
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
    return Optional.of(new Breakage(result, "/housingPlacements/" + i + "/end", DatesInOrder.DATES_OUT_OF_ORDER, "placement ends before it starts"));
  }

  private static Optional<Breakage> notificationBeforeAwareness(ReviewDocument document, Draw draw) {
    if (!(document instanceof RapidReview review) || review.getTimeline().getBecameAware().isEmpty()) {
      return Optional.empty();
    }
    RapidReviewTimeline timeline = review.getTimeline();
    LocalDate before = timeline.getBecameAware().get().getEarliest().minusDays(draw.between(1, 30));
    RapidReviewTimeline broken = RapidReviewTimeline.builder().from(timeline).notificationSent(PartialDate.of(before)).build();
    return Optional.of(
        new Breakage(RapidReview.builder().from(review).timeline(broken).build(), "/timeline/notificationSent",
            DatesInOrder.DATES_OUT_OF_ORDER, "notification before awareness"));
  }

  private static Optional<Breakage> unnamedPartnership(ReviewDocument document, Draw draw) {
    Organisation unnamed = Organisation.builder().succeededBy("the Safeguarding Children Partnership").inferred(draw.coin()).build();
    ReviewDocument broken =
        document instanceof RapidReview r
            ? RapidReview.builder().from(r).partnership(unnamed).build()
            : LearningSummary.builder().from((LearningSummary) document).partnership(unnamed).build();
    return Optional.of(new Breakage(broken, "/partnership", FormRule.Codes.ORGANISATION_UNNAMED, "partnership with no name, abbreviation, area, kind or agency kinds"));
  }

  private static Optional<Breakage> noSections(ReviewDocument document, Draw draw) {
    if (!(document instanceof LearningSummary summary)) {
      return Optional.empty();
    }
    LearningSummary broken = LearningSummary.builder().from(summary).sections(List.of()).build();
    // Without sections, their findings and whatever refers to them go too; nothing else refers to sections.
    return Optional.of(new Breakage(broken, "/sections", IssueCode.ARRAY_TOO_SHORT, "no sections"));
  }

  private static Optional<Breakage> blankParagraph(ReviewDocument document, Draw draw) {
    return insertBlock(document, draw, Block.paragraph("\t \u2029"), "/paragraph", IssueCode.VALUE_BLANK, "blank paragraph");
  }

  private static Optional<Breakage> blockWithTwoParts(ReviewDocument document, Draw draw) {
    Block block = Block.builder().paragraph("A paragraph.").question("And a question?").build();
    return insertBlock(document, draw, block, "", FormRule.Codes.CONTENT_SEVERAL, "block with two parts");
  }

  private static Optional<Breakage> emptyBlock(ReviewDocument document, Draw draw) {
    return insertBlock(document, draw, Block.builder().build(), "", FormRule.Codes.CONTENT_MISSING, "block with no part");
  }

  private static Optional<Breakage> listNumberedInPart(ReviewDocument document, Draw draw) {
    ItemList list = ItemList.of(Item.builder().number("1.").text("First.").build(), Item.text("Second, without a number."));
    return insertBlock(document, draw, Block.of(list), "/list/items", FormRule.Codes.LIST_NUMBERING, "list numbered in part");
  }

  private static Optional<Breakage> tableRowTooShort(ReviewDocument document, Draw draw) {
    Table table =
        Table.builder()
            .addColumns(TableColumn.of("Before"), TableColumn.of("After"))
            .addRows(TableRow.of(Item.text("Only one cell.")))
            .build();
    return insertBlock(document, draw, Block.of(table), "/table/rows/0/cells", TableWidths.TABLE_CELL_COUNT, "table row too short");
  }

  private static Optional<Breakage> sectionNamingAnUnknownSource(ReviewDocument document, Draw draw) {
    if (!(document instanceof LearningSummary summary)) {
      return Optional.empty();
    }
    int s = draw.between(0, summary.getSections().size() - 1);
    Section section = summary.getSections().get(s);
    Section broken = Section.builder().from(section).addSources("no-such-source").build();
    return Optional.of(
        new Breakage(withSection(summary, s, broken), "/sections/" + s + "/sources/" + section.getSources().size(),
            References.UNKNOWN_SOURCE, "section naming an unknown source"));
  }

  private static Optional<Breakage> linkNotAbsolute(ReviewDocument document, Draw draw) {
    Resource resource =
        Resource.builder().title("Guide").link(draw.pick(List.of("#", "www.example.org", "ftp://example.org", "https://exa mple.org"))).build();
    return insertBlock(document, draw, Block.of(resource), "/resource/link", IssueCode.VALUE_PATTERN, "link not absolute");
  }

  /** A finding added at the end with the id of an earlier one, so that nothing referring to findings changes. */
  private static Optional<Breakage> duplicateFindingIdInRapidReview(ReviewDocument document, Draw draw) {
    if (!(document instanceof RapidReview review) || review.getFindings().isEmpty()) {
      return Optional.empty();
    }
    Finding copied = Finding.builder().from(draw.pick(review.getFindings())).build();
    return Optional.of(
        new Breakage(RapidReview.builder().from(review).addFindings(copied).build(),
            "/findings/" + review.getFindings().size() + "/id", UniqueIds.ID_DUPLICATE, "duplicate finding id"));
  }

  private static Optional<Breakage> ageUnitWithoutValue(ReviewDocument document, Draw draw) {
    return withAge(document, draw, Age.builder().unit(AgeUnit.YEARS).stage(LifeStage.INFANT).build(), "", FormRule.Codes.AGE_FORM, "age unit without a value");
  }

  private static Optional<Breakage> ageRangeReversed(ReviewDocument document, Draw draw) {
    return withAge(document, draw, Age.builder().value(5).to(2).unit(AgeUnit.YEARS).build(), "/to", Ranges.RANGE_REVERSED, "age range reversed");
  }

  // Helpers

  /**
   * Changes one part of the model type {@code type}, found anywhere in the document, through its
   * JSON; the error is at {@code property} below the part.
   */
  private static Optional<Breakage> changePart(
      ReviewDocument document, Draw draw, Class<?> type, Consumer<ObjectNode> change, String property, IssueCode code, String what) {
    List<? extends Located<?>> parts = DocumentParts.of(document).all(type);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String at = draw.pick(parts).pointer().toString();
    return Optional.of(new Breakage(changed(document, at, change), at + property, code, what));
  }

  /** Inserts a block into a section of a learning summary; the error is at {@code property} below the block. */
  private static Optional<Breakage> insertBlock(
      ReviewDocument document, Draw draw, Block block, String property, IssueCode code, String what) {
    if (!(document instanceof LearningSummary summary)) {
      return Optional.empty();
    }
    int s = draw.between(0, summary.getSections().size() - 1);
    Section section = summary.getSections().get(s);
    int b = draw.between(0, section.getContent().size());
    List<Block> content = new ArrayList<>(section.getContent());
    content.add(b, block);
    Section broken = Section.builder().from(section).content(content).build();
    return Optional.of(new Breakage(withSection(summary, s, broken), "/sections/" + s + "/content/" + b + property, code, what));
  }

  /** The first subject (or child) given another age; the error is at {@code property} below the age. */
  private static Optional<Breakage> withAge(ReviewDocument document, Draw draw, Age age, String property, IssueCode code, String what) {
    List<Subject> subjects = subjects(document);
    if (subjects.isEmpty()) {
      return Optional.empty();
    }
    int i = draw.between(0, subjects.size() - 1);
    Subject broken = Subject.builder().from(subjects.get(i)).age(age).build();
    return Optional.of(
        new Breakage(withSubjects(document, replace(subjects, i, broken)), subjectsPointer(document) + "/" + i + "/age" + property, code, what));
  }

  /** The document with the object at {@code pointer} changed, bound again from its JSON without being checked. */
  private static ReviewDocument changed(ReviewDocument document, String pointer, Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) ReviewJson.strict().toTree(document);
    change.accept((ObjectNode) tree.at(pointer));
    return JsonMappers.standard().treeToValue(tree, ModelType.documentClass(document.getDocumentType()));
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
