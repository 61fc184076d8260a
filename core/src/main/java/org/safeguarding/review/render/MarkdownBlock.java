package org.safeguarding.review.render;

import java.util.List;
import java.util.Optional;

/**
 * A block of Markdown before it is written: a heading, a paragraph, a list, a table or a quote.
 * Every text a block holds is already inline Markdown, escaped by {@link MarkdownText}.
 * {@link MarkdownWriter} writes blocks as CommonMark with the GitHub table extension.
 */
sealed interface MarkdownBlock {

  /** An ATX heading of level 1 to 6. */
  record Heading(int level, String inline) implements MarkdownBlock {}

  /** A paragraph, written on one line. */
  record Paragraph(String inline) implements MarkdownBlock {}

  /**
   * A bullet or numbered list. Items with published numbers make a numbered list; the writer
   * chooses how to show the numbers exactly.
   */
  record ItemList(List<ListItem> items) implements MarkdownBlock {}

  /** One list item: its published number, if any, and its blocks (a paragraph, then a nested list). */
  record ListItem(Optional<String> number, List<MarkdownBlock> blocks) {

    /** {@return an unnumbered item of one paragraph} */
    static ListItem of(String inline) {
      return new ListItem(Optional.empty(), List.of(new Paragraph(inline)));
    }

    /** {@return an unnumbered item that gives a field's value after its name: "**Name:** value"} */
    static ListItem field(String name, String value) {
      return of(MarkdownText.strong(name + ":") + " " + value);
    }
  }

  /** A table with a header row; each cell is inline Markdown. */
  record Table(List<String> header, List<List<String>> rows) implements MarkdownBlock {}

  /** A block quote: the tool's own blocks, set apart from the document's text. */
  record Quote(List<MarkdownBlock> blocks) implements MarkdownBlock {}
}
