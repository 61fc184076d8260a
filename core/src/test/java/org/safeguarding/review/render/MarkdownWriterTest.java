package org.safeguarding.review.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.render.MarkdownBlock.ItemList;
import org.safeguarding.review.render.MarkdownBlock.ListItem;
import org.safeguarding.review.render.MarkdownBlock.Paragraph;
import org.safeguarding.review.testing.RenderedText;

class MarkdownWriterTest {

  @Test
  void wholeNumbersCountingUpByOneAreAnOrderedListFromTheFirst() {
    String markdown = MarkdownWriter.write(List.of(numbered("3.", "4.", "5.")));

    assertThat(markdown).isEqualTo("3. three\n4. four\n5. five\n");
    assertThat(lists(markdown)).containsExactly("ordered from 3");
    assertThat(RenderedText.normalise(RenderedText.plainText(markdown))).isEqualTo("3. three 4. four 5. five");
  }

  @Test
  void numbersCommonMarkCannotPrintAreTextAfterThePlusMarker() {
    for (List<String> numbers : List.of(List.of("1.1", "1.2"), List.of("5.", "7."), List.of("(a)", "(b)"), List.of("01.", "02."),
        List.of("1)", "2)"), List.of("1", "2"), List.of("Step 1", "Step 2"), List.of("1234567890.", "1234567891."))) {
      String markdown = MarkdownWriter.write(List.of(numbered(numbers.toArray(String[]::new))));

      assertThat(lists(markdown)).as(numbers.toString()).containsExactly("bullets +");
      assertThat(RenderedText.normalise(RenderedText.plainText(markdown)))
          .as(numbers.toString())
          .isEqualTo(numbers.get(0) + " three " + numbers.get(1) + " four");
    }
  }

  @Test
  void anOrderedListRightAfterAnotherIsNotJoinedToIt() {
    String markdown = MarkdownWriter.write(List.of(numbered("1.", "2."), numbered("1.", "2.")));

    assertThat(lists(markdown)).containsExactly("ordered from 1", "bullets +");
    assertThat(RenderedText.normalise(RenderedText.plainText(markdown))).isEqualTo("1. three 2. four 1. three 2. four");
  }

  @Test
  void bulletListsRightAfterEachOtherStayApart() {
    String markdown = MarkdownWriter.write(List.of(bullets("a"), bullets("b"), bullets("c")));

    assertThat(markdown).isEqualTo("- a\n\n* b\n\n- c\n");
    assertThat(lists(markdown)).containsExactly("bullets -", "bullets *", "bullets -");
  }

  @Test
  void aNestedListFollowsItsItemsTextWithoutBecomingPartOfIt() {
    ItemList nestedFromOne = new ItemList(List.of(
        new ListItem(Optional.empty(), List.of(new Paragraph("especially:"), numbered("1.", "2.")))));
    ItemList nestedFromThree = new ItemList(List.of(
        new ListItem(Optional.empty(), List.of(new Paragraph("especially:"), numbered("3.", "4.")))));
    ItemList nestedAlone = new ItemList(List.of(new ListItem(Optional.empty(), List.of(bullets("x", "y")))));

    assertThat(MarkdownWriter.write(List.of(nestedFromOne))).isEqualTo("- especially:\n  1. three\n  2. four\n");
    assertThat(lists(MarkdownWriter.write(List.of(nestedFromOne)))).containsExactly("bullets -", "ordered from 1");
    assertThat(lists(MarkdownWriter.write(List.of(nestedFromThree)))).containsExactly("bullets -", "bullets +");
    assertThat(MarkdownWriter.write(List.of(nestedAlone))).isEqualTo("- - x\n  - y\n");
    assertThat(lists(MarkdownWriter.write(List.of(nestedAlone)))).containsExactly("bullets -", "bullets -");
  }

  @Test
  void twoParagraphsInOneItemStayTwo() {
    ItemList list = new ItemList(List.of(new ListItem(Optional.empty(), List.of(new Paragraph("one"), new Paragraph("two"), bullets("x")))));

    String markdown = MarkdownWriter.write(List.of(list));

    assertThat(markdown).isEqualTo("- one\n\n  two\n  - x\n");
    assertThat(RenderedText.plainText(markdown)).startsWith("one\ntwo\n");
  }

  @Test
  void aTableIsAsWideAsItsWidestRow() {
    String markdown = MarkdownWriter.write(List.of(new MarkdownBlock.Table(List.of("A"), List.of(List.of("1", "2")))));

    assertThat(markdown).isEqualTo("| A | |\n| --- | --- |\n| 1 | 2 |\n");
  }

  private static ItemList numbered(String... numbers) {
    List<String> words = List.of("three", "four", "five");
    List<ListItem> items = new ArrayList<>();
    for (int i = 0; i < numbers.length; i++) {
      items.add(new ListItem(Optional.of(numbers[i]), List.of(new Paragraph(words.get(i)))));
    }
    return new ItemList(items);
  }

  private static ItemList bullets(String... texts) {
    return new ItemList(Arrays.stream(texts).map(text -> new ListItem(Optional.empty(), List.<MarkdownBlock>of(new Paragraph(text)))).toList());
  }

  /** Each list commonmark-java reads, outer before inner: ordered with its start, or bullets with their marker. */
  private static List<String> lists(String markdown) {
    List<String> lists = new ArrayList<>();
    RenderedText.parse(markdown).accept(
        new AbstractVisitor() {
          @Override
          protected void visitChildren(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
              if (node instanceof OrderedList ordered) {
                lists.add("ordered from " + ordered.getMarkerStartNumber());
              } else if (node instanceof BulletList bullets) {
                lists.add("bullets " + bullets.getMarker());
              }
              node.accept(this);
            }
          }
        });
    return lists;
  }
}
