package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguarding.review.Action;
import org.safeguarding.review.Block;
import org.safeguarding.review.Block_;
import org.safeguarding.review.ContentVisitor;
import org.safeguarding.review.Finding;
import org.safeguarding.review.Glossary;
import org.safeguarding.review.GlossaryEntry;
import org.safeguarding.review.Image;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.Item_;
import org.safeguarding.review.Omission;
import org.safeguarding.review.Quote;
import org.safeguarding.review.Recommendation;
import org.safeguarding.review.Resource;
import org.safeguarding.review.Section;
import org.safeguarding.review.Table;
import org.safeguarding.review.TableColumn;
import org.safeguarding.review.TableRow;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.render.MarkdownBlock.Heading;
import org.safeguarding.review.render.MarkdownBlock.ListItem;
import org.safeguarding.review.render.MarkdownBlock.Paragraph;

/**
 * A learning document's text as published, as Markdown blocks: each section under its own number
 * and heading (an untitled section has none), its content in order, then its subsections.
 *
 * <p>Nothing is added that the document does not print, except, when asked, a mark where text is
 * not available. A paragraph is a paragraph; a list keeps its lead-in, its published numbers and its
 * nesting; a table is a table. A finding, recommendation or action given as its own block shows its
 * title as a sub-heading and its text as a paragraph; given as an item or a table cell, its title is
 * a label before its text, as an item's label is. Kinds, ids, themes, agencies and sources of
 * parts are not shown here: they are the encoder's tags, not the document's words.
 */
final class Content {

  private static final int DEEPEST_HEADING = 6;

  private final boolean omissionMarks;

  Content(boolean omissionMarks) {
    this.omissionMarks = omissionMarks;
  }

  /** The sections, whose headings go one level below {@code level}. */
  List<MarkdownBlock> sections(List<Section> sections, int level) {
    List<MarkdownBlock> blocks = new ArrayList<>();
    sections.forEach(section -> section(section, level, blocks));
    return blocks;
  }

  private void section(Section section, int level, List<MarkdownBlock> out) {
    int here = level;
    String heading = numbered(section.getNumber(), section.getHeading());
    if (!heading.isEmpty()) {
      here = Math.min(level + 1, DEEPEST_HEADING);
      out.add(new Heading(here, heading));
    }
    section.getDate().ifPresent(date -> out.add(new Paragraph(MarkdownText.emphasis(Words.when(date)))));
    for (Block block : section.getContent()) {
      block(block, here, out);
    }
    out.addAll(sections(section.getSections(), here));
  }

  /** A block's part as blocks of its own: a typed part's title as a sub-heading over its text, or its own blocks. */
  private void block(Block block, int level, List<MarkdownBlock> out) {
    Pieces pieces = new Pieces();
    Block_.visit(block, pieces, Pointer.root());
    for (Piece piece : pieces.found) {
      if (piece.blocks().isEmpty()) {
        titled(piece.title(), piece.inline(), level, out);
      } else {
        out.addAll(piece.blocks());
      }
    }
  }

  /** A typed part given as its own block: its title as a sub-heading, its text as a paragraph. */
  private static void titled(Optional<String> title, String text, int level, List<MarkdownBlock> out) {
    title.ifPresent(t -> out.add(new Heading(Math.min(level + 1, DEEPEST_HEADING), MarkdownText.escape(t))));
    out.add(new Paragraph(text));
  }

  private void list(ItemList list, List<MarkdownBlock> out) {
    list.getLeadIn().ifPresent(leadIn -> out.add(paragraph(leadIn)));
    itemList(list).ifPresent(out::add);
  }

  /**
   * The list's items; an item with nothing to show (an omission without a label or number, when
   * marks are off) is left out, and a list left with no items is none.
   */
  private Optional<MarkdownBlock> itemList(ItemList list) {
    List<ListItem> items = new ArrayList<>();
    for (Item item : list.getItems()) {
      List<MarkdownBlock> blocks = new ArrayList<>();
      String inline = item(item);
      if (!inline.isEmpty()) {
        blocks.add(new Paragraph(inline));
      }
      item.getList().ifPresent(nested -> {
        nested.getLeadIn().ifPresent(leadIn -> blocks.add(paragraph(leadIn)));
        itemList(nested).ifPresent(blocks::add);
      });
      if (!blocks.isEmpty() || item.getNumber().isPresent()) {
        items.add(new ListItem(item.getNumber(), blocks));
      }
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(new MarkdownBlock.ItemList(items));
  }

  /** An item's label and part on one line, without its number (the list shows it) or nested list. */
  private String item(Item item) {
    Pieces pieces = new Pieces();
    Item_.visit(item, pieces, Pointer.root());
    String part = pieces.found.stream().map(piece -> labelled(piece.title(), piece.inline())).collect(Collectors.joining(" "));
    return labelled(item.getLabel(), part);
  }

  /** What a part shows: a title and a line of inline Markdown, or blocks of its own. */
  private record Piece(Optional<String> title, String inline, List<MarkdownBlock> blocks) {}

  /** The pieces of a block's or an item's part, as each kind of part shows. */
  private final class Pieces implements ContentVisitor {

    private final List<Piece> found = new ArrayList<>();

    @Override
    public void paragraph(String paragraph, Pointer at) {
      line(Optional.empty(), MarkdownText.escape(paragraph));
    }

    @Override
    public void text(String text, Pointer at) {
      line(Optional.empty(), MarkdownText.escape(text));
    }

    @Override
    public void question(String question, Pointer at) {
      line(Optional.empty(), MarkdownText.escape(question));
    }

    @Override
    public void finding(Finding finding, Pointer at) {
      line(finding.getTitle(), findingText(finding));
    }

    @Override
    public void recommendation(Recommendation recommendation, Pointer at) {
      line(recommendation.getTitle(), MarkdownText.escape(recommendation.getStatement()));
    }

    @Override
    public void action(Action action, Pointer at) {
      line(action.getTitle(), MarkdownText.escape(action.getStatement()));
    }

    @Override
    public void resource(Resource resource, Pointer at) {
      line(Optional.empty(), Content.resource(resource));
    }

    @Override
    public void omission(Omission omission, Pointer at) {
      Content.this.omission(omission).ifPresent(mark -> line(Optional.empty(), mark));
    }

    @Override
    public void list(ItemList list, Pointer at) {
      List<MarkdownBlock> blocks = new ArrayList<>();
      Content.this.list(list, blocks);
      found.add(new Piece(Optional.empty(), "", blocks));
    }

    @Override
    public void table(Table table, Pointer at) {
      List<MarkdownBlock> blocks = new ArrayList<>();
      Content.this.table(table, blocks);
      found.add(new Piece(Optional.empty(), "", blocks));
    }

    @Override
    public void glossary(Glossary glossary, Pointer at) {
      MarkdownBlock entries = new MarkdownBlock.ItemList(glossary.getEntries().stream().map(Content::glossaryEntry).toList());
      found.add(new Piece(Optional.empty(), "", List.of(entries)));
    }

    @Override
    public void quote(Quote quote, Pointer at) {
      List<MarkdownBlock> quoted = new ArrayList<>(List.of(Content.paragraph(quote.getText())));
      quote.getAttribution().ifPresent(by -> quoted.add(new Paragraph(MarkdownText.emphasis(MarkdownText.escape(by)))));
      found.add(new Piece(Optional.empty(), "", List.of(new MarkdownBlock.Quote(quoted))));
    }

    @Override
    public void image(Image image, Pointer at) {
      image.getAltText().ifPresent(words -> line(Optional.empty(), MarkdownText.escape(words)));
      image.getCaption().ifPresent(words -> line(Optional.empty(), MarkdownText.escape(words)));
    }

    private void line(Optional<String> title, String inline) {
      found.add(new Piece(title, inline, List.of()));
    }
  }

  /** A table cell: the item on one line, with its number and any nested list run into it. */
  private String cell(Item item) {
    List<String> words = new ArrayList<>();
    item.getNumber().map(MarkdownText::escape).ifPresent(words::add);
    String inline = item(item);
    if (!inline.isEmpty()) {
      words.add(inline);
    }
    item.getList().ifPresent(nested -> {
      nested.getLeadIn().map(MarkdownText::escape).ifPresent(words::add);
      nested.getItems().forEach(i -> words.add(cell(i)));
    });
    return String.join(" ", words);
  }

  private void table(Table table, List<MarkdownBlock> out) {
    String title = numbered(table.getNumber(), table.getTitle());
    if (!title.isEmpty()) {
      out.add(new Paragraph(MarkdownText.strong(title)));
    }
    table.getCaption().ifPresent(caption -> out.add(paragraph(caption)));
    List<String> header = table.getColumns().stream().map(TableColumn::getHeading).map(MarkdownText::escape).toList();
    List<List<String>> rows = new ArrayList<>();
    for (TableRow row : table.getRows()) {
      rows.add(row.getCells().stream().map(this::cell).toList());
    }
    out.add(new MarkdownBlock.Table(header, rows));
  }

  private static ListItem glossaryEntry(GlossaryEntry entry) {
    return ListItem.of(labelled(Optional.of(entry.getTerm()), MarkdownText.escape(entry.getMeaning())));
  }

  /** A finding's statement and detail, as published in one paragraph. */
  private static String findingText(Finding finding) {
    return MarkdownText.escape(finding.getStatement()) + finding.getDetail().map(d -> " " + MarkdownText.escape(d)).orElse("");
  }

  /**
   * A label printed before a text, such as "Chronic Neglect: ...", in strong emphasis. The label is
   * kept without its colon, so the colon is written back, unless the label ends with punctuation of
   * its own or nothing follows.
   */
  static String labelled(Optional<String> label, String inline) {
    if (label.isEmpty()) {
      return inline;
    }
    String words = MarkdownText.escape(label.get());
    if (inline.isEmpty()) {
      return MarkdownText.strong(words);
    }
    boolean punctuated = !words.isEmpty() && ":.?!".indexOf(words.charAt(words.length() - 1)) >= 0;
    return MarkdownText.strong(words + (punctuated ? "" : ":")) + " " + inline;
  }

  /**
   * A resource: its title as a link when it has one, then its description; who produced it and its
   * date are case details.
   */
  static String resource(Resource resource) {
    Optional<String> title = resource.getTitle().map(MarkdownText::escape);
    Optional<String> description = resource.getDescription().map(MarkdownText::escape);
    if (resource.getLink().isPresent()) {
      String url = resource.getLink().get();
      if (title.isPresent()) {
        return MarkdownText.link(title.get(), url) + description.map(d -> ": " + d).orElse("");
      }
      return description.map(d -> d + " ").orElse("") + MarkdownText.link(url);
    }
    return title.map(t -> t + description.map(d -> ": " + d).orElse("")).orElseGet(() -> description.orElse(""));
  }

  /** The mark where text is not available, or nothing when marks are off. */
  private Optional<String> omission(Omission omission) {
    if (!omissionMarks) {
      return Optional.empty();
    }
    return Optional.of(MarkdownText.emphasis("\\[" + omission.getNote().map(note -> "text not available: " + MarkdownText.escape(note)).orElse("text not available") + "\\]"));
  }

  private static Paragraph paragraph(String text) {
    return new Paragraph(MarkdownText.escape(text));
  }

  /** A published number and title, escaped and joined by a space; empty when there is neither. */
  private static String numbered(Optional<String> number, Optional<String> title) {
    return Stream.of(number, title).flatMap(Optional::stream).map(MarkdownText::escape).collect(Collectors.joining(" "));
  }
}
