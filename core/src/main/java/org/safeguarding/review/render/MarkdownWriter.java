package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.safeguarding.review.render.MarkdownBlock.Heading;
import org.safeguarding.review.render.MarkdownBlock.ItemList;
import org.safeguarding.review.render.MarkdownBlock.ListItem;
import org.safeguarding.review.render.MarkdownBlock.Paragraph;
import org.safeguarding.review.render.MarkdownBlock.Quote;
import org.safeguarding.review.render.MarkdownBlock.Table;

/**
 * Writes {@link MarkdownBlock}s as CommonMark with the GitHub table extension: blocks separated by
 * blank lines, tight lists, nested blocks indented under their list item, quotes prefixed with
 * {@code >}.
 *
 * <p>A list keeps its published numbers exactly. When they are 1., 2., 3. or another run of whole
 * numbers with a full stop, counting up by one, the list is an ordered list starting at the first
 * number, which every CommonMark reader shows as printed. Other numbers ("1.1", "(a)", "Step 3",
 * a run with a gap such as "5." then "7."), and a run that CommonMark would join to the ordered list
 * before it or read as part of the paragraph before it, are written as the text at the start of
 * each item of a list marked {@code +}; bullet lists are marked {@code -} or, after another bullet
 * list, {@code *}, so that the two stay two lists. The {@code +} marker is kept for numbered lists
 * alone, so a reader of this Markdown, such as the HTML page, can show them without bullets.
 */
final class MarkdownWriter {

  private static final String NUMBERED_MARKER = MarkdownRenderer.NUMBERED_LIST_MARKER;

  /** A number CommonMark can print as an ordered list's marker: a whole number without leading zeros, and a full stop. */
  private static final Pattern ORDINAL = Pattern.compile("0|[1-9][0-9]{0,8}");

  private enum Kind { NONE, BULLET, ORDERED, NUMBERED }

  private MarkdownWriter() {}

  /** The blocks as Markdown, ending with one line end. */
  static String write(List<MarkdownBlock> blocks) {
    return String.join("\n", lines(blocks, false)) + "\n";
  }

  private static List<String> lines(List<MarkdownBlock> blocks, boolean tight) {
    List<String> out = new ArrayList<>();
    MarkdownBlock previous = null;
    Kind previousKind = Kind.NONE;
    String previousMarker = "";
    for (MarkdownBlock block : blocks) {
      if (!out.isEmpty() && (!tight || previous instanceof Paragraph && block instanceof Paragraph)) {
        out.add("");
      }
      Kind kind = Kind.NONE;
      if (block instanceof Heading heading) {
        out.add("#".repeat(heading.level()) + " " + heading.inline());
      } else if (block instanceof Paragraph paragraph) {
        out.add(paragraph.inline());
      } else if (block instanceof ItemList list) {
        boolean afterParagraph = tight && previous instanceof Paragraph;
        OptionalInt start = ordinalStart(list.items());
        if (list.items().stream().allMatch(item -> item.number().isEmpty())) {
          kind = Kind.BULLET;
          previousMarker = previousKind == Kind.BULLET && previousMarker.equals("-") ? "*" : "-";
          bullets(list.items(), previousMarker, out);
        } else if (start.isPresent() && previousKind != Kind.ORDERED && !(afterParagraph && start.getAsInt() != 1)) {
          kind = Kind.ORDERED;
          ordered(list.items(), start.getAsInt(), out);
        } else {
          kind = Kind.NUMBERED;
          numbered(list.items(), out);
        }
      } else if (block instanceof Table table) {
        table(table, out);
      } else if (block instanceof Quote quote) {
        lines(quote.blocks(), false).forEach(line -> out.add(line.isEmpty() ? ">" : "> " + line));
      }
      previous = block;
      previousKind = kind;
    }
    return out;
  }

  /**
   * The first number when every item's number is a whole number and a full stop, counting up by
   * one, and every item has something after its number (an empty item could not start a list
   * everywhere).
   */
  private static OptionalInt ordinalStart(List<ListItem> items) {
    OptionalInt start = OptionalInt.empty();
    int expected = -1;
    for (ListItem item : items) {
      if (item.blocks().isEmpty()) {
        return OptionalInt.empty();
      }
      String number = item.number().orElse("");
      String digits = number.endsWith(".") ? number.substring(0, number.length() - 1) : "";
      if (!ORDINAL.matcher(digits).matches()) {
        return OptionalInt.empty();
      }
      int value = Integer.parseInt(digits);
      if (start.isEmpty()) {
        start = OptionalInt.of(value);
      } else if (value != expected) {
        return OptionalInt.empty();
      }
      expected = value + 1;
    }
    return start;
  }

  private static void bullets(List<ListItem> items, String marker, List<String> out) {
    items.forEach(item -> item(marker, item.blocks(), out));
  }

  private static void ordered(List<ListItem> items, int start, List<String> out) {
    for (int i = 0; i < items.size(); i++) {
      item((start + i) + ".", items.get(i).blocks(), out);
    }
  }

  /** Items that begin with their published numbers, escaped, as text. */
  private static void numbered(List<ListItem> items, List<String> out) {
    for (ListItem item : items) {
      List<MarkdownBlock> blocks = new ArrayList<>(item.blocks());
      Optional<String> number = item.number().map(MarkdownText::escape);
      if (number.isPresent()) {
        if (!blocks.isEmpty() && blocks.get(0) instanceof Paragraph paragraph) {
          blocks.set(0, new Paragraph(number.get() + " " + paragraph.inline()));
        } else {
          blocks.add(0, new Paragraph(number.get()));
        }
      }
      item(NUMBERED_MARKER, blocks, out);
    }
  }

  /** One item: the marker on its first line, its other lines indented to the item's content. */
  private static void item(String marker, List<MarkdownBlock> blocks, List<String> out) {
    List<String> content = lines(blocks, true);
    String indent = " ".repeat(marker.length() + 1);
    if (content.isEmpty()) {
      out.add(marker);
      return;
    }
    out.add(marker + " " + content.get(0));
    content.subList(1, content.size()).forEach(line -> out.add(line.isEmpty() ? "" : indent + line));
  }

  private static void table(Table table, List<String> out) {
    int width = Math.max(table.header().size(), table.rows().stream().mapToInt(List::size).max().orElse(0));
    out.add(row(table.header(), width));
    out.add("|" + " --- |".repeat(width));
    table.rows().forEach(row -> out.add(row(row, width)));
  }

  private static String row(List<String> cells, int width) {
    StringBuilder row = new StringBuilder("|");
    for (int i = 0; i < width; i++) {
      String cell = i < cells.size() ? cells.get(i) : "";
      row.append(cell.isEmpty() ? " |" : " " + cell + " |");
    }
    return row.toString();
  }
}
