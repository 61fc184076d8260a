package org.safeguarding.review.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.Block;
import org.safeguarding.review.Figure;
import org.safeguarding.review.FigureUnit;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.Group;
import org.safeguarding.review.Image;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LifeStage;
import org.safeguarding.review.Move;
import org.safeguarding.review.Omission;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.OrganisationKind;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Qualifier;
import org.safeguarding.review.Resource;
import org.safeguarding.review.ReviewReference;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.Table;
import org.safeguarding.review.TableColumn;
import org.safeguarding.review.TableRow;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.TimeSpan;
import org.safeguarding.review.When;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.IssueText;

/** The form rules: each broken one is one error, with its code, at its place, naming what is allowed. */
class FormRulesTest {

  private final ModelValidator validator = Standard.validator();

  @Test
  void aBlockHoldsExactlyOnePart() {
    LearningSummary summary =
        withContent(Block.builder().build(), Block.builder().paragraph("A paragraph.").question("A question?").build(), Block.paragraph("Fine."));

    assertThat(validator.validate(summary).errors())
        .extracting(ValidationIssue::code, IssueText::pointer, ValidationIssue::message)
        .containsExactly(
            tuple(FormRule.Codes.CONTENT_MISSING, "/sections/1/content/0", "each item of \"content\" " + FormRule.BLOCK_EMPTY.getMessage()),
            tuple(FormRule.Codes.CONTENT_SEVERAL, "/sections/1/content/1", "each item of \"content\" " + FormRule.BLOCK_SEVERAL.getMessage()));
  }

  @Test
  void anItemHoldsAtMostOnePartAndAListItemAtLeastOneOrANestedList() {
    ItemList list =
        ItemList.of(
            Item.builder().text("Text.").question("And a question?").build(),
            Item.builder().build(),
            Item.builder().list(ItemList.of(Item.text("Nested."))).build(),
            Item.builder().label("Health and Safety").omission(Omission.of("The rest is not available.")).build(),
            Item.builder().label("Chronic Neglect").finding(finding()).build());
    Table table = Table.builder().addColumns(TableColumn.of("A")).addRows(TableRow.of(Item.builder().build())).build();

    assertThat(validator.validate(withContent(Block.of(list), Block.of(table))).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(FormRule.Codes.CONTENT_SEVERAL, "/sections/1/content/0/list/items/0"),
            tuple(FormRule.Codes.CONTENT_MISSING, "/sections/1/content/0/list/items/1"),
            tuple(FormRule.Codes.ITEM_LABEL, "/sections/1/content/0/list/items/4"));
  }

  @Test
  void everyItemOfAListHasANumberOrNoneHas() {
    ItemList inPart = ItemList.of(Item.builder().number("1.").text("One.").build(), Item.text("Two."));
    ItemList numbered = ItemList.of(Item.builder().number("5").text("Five.").build(), Item.builder().number("7").text("Seven.").build());

    assertThat(numbered.numbered()).isTrue();
    assertThat(inPart.numbered()).isFalse();
    assertThat(validator.validate(withContent(Block.of(inPart), Block.of(numbered))).errors())
        .extracting(ValidationIssue::code, IssueText::pointer, ValidationIssue::message)
        .containsExactly(tuple(FormRule.Codes.LIST_NUMBERING, "/sections/1/content/0/list/items", "\"items\" must either all have a number or none"));
  }

  @Test
  void agesAndTimeSpansHaveACountedFormOrWords() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addGroups(
                group("a", Age.builder().build()),
                group("b", Age.builder().unit(AgeUnit.YEARS).stage(LifeStage.INFANT).build()),
                group("c", Age.builder().value(5).build()),
                group("d", Age.builder().qualifier(Qualifier.UNDER).stage(LifeStage.ADOLESCENT).build()),
                group("e", Age.builder().to(2).stage(LifeStage.INFANT).build()),
                group("f", Age.builder().stage(LifeStage.YOUNG_CHILD).asWritten("young child").build()),
                group("g", Age.builder().value(0).to(2).unit(AgeUnit.YEARS).qualifier(Qualifier.ABOUT).build()),
                group("h", Age.builder().asWritten("young parents").build()))
            .addMoves(
                Move.builder().lengthOfStay(TimeSpan.builder().unit(AgeUnit.MONTHS).asWritten("months").build()).build(),
                Move.builder().lengthOfStay(TimeSpan.builder().asWritten("a few weeks").build()).build())
            .build();

    assertThat(validator.validate(summary).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(FormRule.Codes.AGE_FORM, "/groups/0/age"),
            tuple(FormRule.Codes.AGE_FORM, "/groups/1/age"),
            tuple(FormRule.Codes.AGE_FORM, "/groups/2/age"),
            tuple(FormRule.Codes.AGE_FORM, "/groups/3/age"),
            tuple(FormRule.Codes.AGE_FORM, "/groups/4/age"),
            tuple(FormRule.Codes.TIME_SPAN_FORM, "/moves/0/lengthOfStay"));
  }

  @Test
  void aWhenSaysSomethingAndNeverADateWithASpan() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSources(
                ReviewReference.builder().period(When.builder().build()).build(),
                ReviewReference.builder().period(When.builder().date(PartialDate.parse("2017")).to(PartialDate.parse("2018")).build()).build(),
                ReviewReference.builder().period(When.builder().from(PartialDate.parse("2016")).to(PartialDate.parse("2017")).asWritten("2016/17").build()).build())
            .build();

    assertThat(validator.validate(summary).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(tuple(FormRule.Codes.WHEN_FORM, "/sources/0/period"), tuple(FormRule.Codes.WHEN_FORM, "/sources/1/period"));
  }

  @Test
  void aFigureHasANumberOrWordsAndAUnitOnlyWithANumber() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addFigures(
                Figure.builder().measure("rate of plans").asWritten("above the national average").dataSource("the census").build(),
                Figure.builder().measure("contacts").build(),
                Figure.builder().measure("contacts").unit(FigureUnit.COUNT).asWritten("several").build(),
                Figure.builder().measure("contacts").value(BigDecimal.ONE).build(),
                Figure.builder().measure("contacts").value(BigDecimal.TEN).unit(FigureUnit.COUNT).qualifier(Qualifier.ABOUT).build())
            .build();

    assertThat(validator.validate(summary).errors())
        .extracting(ValidationIssue::code, IssueText::pointer)
        .containsExactly(
            tuple(FormRule.Codes.FIGURE_FORM, "/figures/1"),
            tuple(FormRule.Codes.FIGURE_FORM, "/figures/2"),
            tuple(FormRule.Codes.FIGURE_FORM, "/figures/3"));
  }

  @Test
  void anOrganisationHasANameAnAbbreviationAnAreaOrAKindAndAResourceATitleOrADescription() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .partnership(Organisation.builder().succeededBy("the Safeguarding Children Partnership").build())
            .addSources(ReviewReference.builder().partnership(Organisation.builder().kind(OrganisationKind.NEWS_OUTLET).build()).build())
            .addSources(ReviewReference.builder().partnership(Organisation.builder().abbreviation("NSCB").build()).build())
            .addSections(
                Section.builder()
                    .kind(SectionKind.FURTHER_READING)
                    .addContent(Block.of(Resource.builder().link("https://example.org").build()))
                    .addContent(Block.of(Resource.builder().description("A webinar can also be watched.").build()))
                    .build())
            .build();

    assertThat(validator.validate(summary).errors())
        .extracting(ValidationIssue::code, IssueText::pointer, ValidationIssue::message)
        .containsExactly(
            tuple(FormRule.Codes.ORGANISATION_UNNAMED, "/partnership", "\"partnership\" must have a name, an abbreviation, an area, a kind or agencyKinds"),
            tuple(FormRule.Codes.RESOURCE_FORM, "/sections/1/content/0/resource", "\"resource\" must have a title or a description"));
  }

  @Test
  void anImageHasAltTextOrACaption() {
    LearningSummary summary =
        withContent(Block.of(Image.of("Boy sitting on stairs")), Block.of(Image.builder().caption("Figure 1").build()), Block.of(Image.builder().build()));

    assertThat(validator.validate(summary).errors())
        .extracting(ValidationIssue::code, IssueText::pointer, ValidationIssue::message)
        .containsExactly(tuple(FormRule.Codes.IMAGE_FORM, "/sections/1/content/2/image", "\"image\" must have altText or a caption"));
  }

  private static LearningSummary withContent(Block... blocks) {
    return LearningSummary.builder()
        .from(TestDocuments.learningSummary())
        .addSections(Section.builder().kind(SectionKind.OTHER).addContent(blocks).build())
        .build();
  }

  private static Group group(String label, Age age) {
    return Group.builder().label(label).age(age).build();
  }

  private static Finding finding() {
    return Finding.builder().id("F2").kind(FindingKind.LEARNING).statement("Every case involved long-term neglect.").build();
  }
}
