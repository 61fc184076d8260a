package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.testing.ModelGenerators;

/**
 * The walk over a learning document's content visits everything in published order, with paths
 * that are the JSON Pointers the document's issues use, and the views list the typed parts in that
 * order.
 */
class ContentWalkTest {

  @Test
  void visitsBlocksItemsCellsAndSubsectionsInPublishedOrder() {
    Finding first = finding("F1");
    Finding inCell = finding("F2");
    Finding nested = finding("F3");
    Finding inSubsection = finding("F4");
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .sections(
                List.of(
                    Section.builder()
                        .kind(SectionKind.LEARNING)
                        .addContent(Block.paragraph("Opening."))
                        .addContent(
                            Block.of(
                                ItemList.of(
                                    Item.builder().text("Practitioners should, especially:").list(ItemList.of(Item.of(nested))).build(),
                                    Item.of(first))))
                        .addContent(
                            Block.of(
                                Table.builder()
                                    .addColumns(TableColumn.of("Before"), TableColumn.of("After"))
                                    .addRows(TableRow.of(Item.question("Why?"), Item.of(inCell)))
                                    .build()))
                        .addSections(Section.builder().kind(SectionKind.LEARNING).addContent(Block.of(inSubsection)).build())
                        .build()))
            .build();
    List<String> visited = new ArrayList<>();

    summary.walk(
        new ContentVisitor() {
          @Override
          public void section(Section section, Pointer path) {
            visited.add("section " + path);
          }

          @Override
          public void paragraph(String paragraph, Pointer path) {
            visited.add("paragraph " + path);
          }

          @Override
          public void text(String text, Pointer path) {
            visited.add("text " + path);
          }

          @Override
          public void question(String question, Pointer path) {
            visited.add("question " + path);
          }

          @Override
          public void list(ItemList list, Pointer path) {
            visited.add("list " + path);
          }

          @Override
          public void item(Item item, Pointer path) {
            visited.add("item " + path);
          }

          @Override
          public void finding(Finding finding, Pointer path) {
            visited.add(finding.getId() + " " + path);
          }

          @Override
          public void table(Table table, Pointer path) {
            visited.add("table " + path);
          }
        });

    assertThat(visited)
        .containsExactly(
            "section /sections/0",
            "paragraph /sections/0/content/0/paragraph",
            "list /sections/0/content/1/list",
            "item /sections/0/content/1/list/items/0",
            "text /sections/0/content/1/list/items/0/text",
            "list /sections/0/content/1/list/items/0/list",
            "item /sections/0/content/1/list/items/0/list/items/0",
            "F3 /sections/0/content/1/list/items/0/list/items/0/finding",
            "item /sections/0/content/1/list/items/1",
            "F1 /sections/0/content/1/list/items/1/finding",
            "table /sections/0/content/2/table",
            "item /sections/0/content/2/table/rows/0/cells/0",
            "question /sections/0/content/2/table/rows/0/cells/0/question",
            "item /sections/0/content/2/table/rows/0/cells/1",
            "F2 /sections/0/content/2/table/rows/0/cells/1/finding",
            "section /sections/0/sections/0",
            "F4 /sections/0/sections/0/content/0/finding");
    assertThat(summary.findings()).containsExactly(nested, first, inCell, inSubsection);
    assertThat(summary.questions()).containsExactly("Why?");
  }

  @Test
  void theViewsAndTheirPathsAreTheDocumentsPartsInOrder() {
    qt().withExamples(200)
        .forAll(ModelGenerators.learningSummaries())
        .checkAssert(summary -> {
          DocumentParts parts = DocumentParts.of(summary);
          assertThat(summary.findings()).isEqualTo(values(parts.all(Finding.class)));
          assertThat(summary.recommendations()).isEqualTo(values(parts.all(Recommendation.class)));
          assertThat(summary.actions()).isEqualTo(values(parts.all(Action.class)));
          // A source's published responses are resources too, but not of the sections' content.
          List<Located<Resource>> inSections = parts.all(Resource.class).stream().filter(r -> r.pointer().toString().startsWith("/sections/")).toList();
          assertThat(summary.resources()).isEqualTo(values(inSections));
          List<String> paths = new ArrayList<>();
          summary.walk(
              new ContentVisitor() {
                @Override
                public void finding(Finding finding, Pointer path) {
                  paths.add(path.toString());
                }
              });
          assertThat(paths).isEqualTo(parts.all(Finding.class).stream().map(f -> f.pointer().toString()).toList());
        });
  }

  private static <T> List<T> values(List<Located<T>> located) {
    return located.stream().map(Located::value).toList();
  }

  private static Finding finding(String id) {
    return Finding.builder().id(id).kind(FindingKind.LEARNING).statement("A finding.").build();
  }
}
