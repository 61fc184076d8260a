package org.safeguarding.review.render.print;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.safeguarding.review.render.print.WordStyles.ListKind;

/**
 * The blocks of the renderer's Markdown, read back as commonmark-java's tree, as Word paragraphs,
 * lists and tables: a heading in Word's heading style of its level, a list as Word's numbering of
 * its kind (a published number kept as the item's text), a table with its header row marked to
 * repeat, strong emphasis bold, the tool's words (emphasis) in grey italics, and links as Word
 * hyperlinks. Every text is written as text: Word never reads markup in it.
 */
final class WordBlocks {

  /** Where blocks go: the body, one of the tool's grey boxes, or a briefing's box. */
  enum Context {
    BODY, ADDED, BOX, OTHER_BOX
  }

  /** How a run of text looks. */
  private record Look(boolean bold, boolean added) {
    static final Look PLAIN = new Look(false, false);
  }

  private static final String ADDED_COLOUR = "555555";
  private static final int LIST_INDENT = 360;

  private final XWPFDocument document;
  private final WordStyles.Lists lists;

  WordBlocks(XWPFDocument document, WordStyles.Lists lists) {
    this.document = document;
    this.lists = lists;
  }

  void block(Node node, Context context) {
    if (node instanceof Heading heading) {
      inline(heading, paragraph(context, "Heading" + heading.getLevel()), Look.PLAIN);
    } else if (node instanceof Paragraph) {
      inline(node, paragraph(context, null), Look.PLAIN);
    } else if (node instanceof ListBlock list) {
      list(list, context, 0);
    } else if (node instanceof TableBlock table) {
      table(table);
    } else if (node instanceof BlockQuote) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Paragraph) {
          inline(child, paragraph(context, WordStyles.QUOTE), Look.PLAIN);
        } else {
          block(child, context);
        }
      }
    } else {
      inline(node, paragraph(context, null), Look.PLAIN);
    }
  }

  private void list(ListBlock list, Context context, int level) {
    ListKind kind = list instanceof OrderedList ? ListKind.ORDERED
        : MarkdownHtml.numbered((BulletList) list) ? ListKind.PUBLISHED_NUMBERS : ListKind.BULLET;
    int start = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null ? ordered.getMarkerStartNumber() : 1;
    BigInteger id = BigInteger.valueOf(lists.add(kind, level, start));
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      boolean first = true;
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof ListBlock nested) {
          list(nested, context, level + 1);
        } else {
          XWPFParagraph paragraph = paragraph(context, WordStyles.LIST);
          if (first) {
            paragraph.setNumID(id);
            paragraph.setNumILvl(BigInteger.valueOf(level));
          } else {
            paragraph.setIndentationLeft(LIST_INDENT * (level + 1));
          }
          inline(child, paragraph, Look.PLAIN);
          first = false;
        }
      }
      if (first && item instanceof ListItem) {
        XWPFParagraph empty = paragraph(context, WordStyles.LIST);
        empty.setNumID(id);
        empty.setNumILvl(BigInteger.valueOf(level));
      }
    }
  }

  private void table(TableBlock block) {
    List<TableRow> rows = new ArrayList<>();
    block.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.CustomNode node) {
        if (node instanceof TableRow row) {
          rows.add(row);
        } else {
          visitChildren(node);
        }
      }
    });
    int columns = rows.stream().mapToInt(WordBlocks::cellCount).max().orElse(1);
    XWPFTable table = document.createTable(rows.size(), columns);
    table.setStyleID(WordStyles.TABLE);
    table.setWidth("100%");
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      int c = 0;
      for (Node cell = rows.get(r).getFirstChild(); cell != null; cell = cell.getNext(), c++) {
        boolean header = cell instanceof TableCell tableCell && tableCell.isHeader();
        if (header) {
          row.setRepeatHeader(true);
        }
        inline(cell, row.getCell(c).getParagraphs().get(0), new Look(header, false));
      }
    }
  }

  private static int cellCount(TableRow row) {
    int count = 0;
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      count++;
    }
    return count;
  }

  /** A new paragraph of the style, or the context's own; in a briefing's box, with the box's border. */
  private XWPFParagraph paragraph(Context context, String style) {
    XWPFParagraph paragraph = document.createParagraph();
    if (context == Context.ADDED && (style == null || style.equals(WordStyles.LIST) || style.equals(WordStyles.QUOTE))) {
      paragraph.setStyle(WordStyles.ADDED);
    } else if (style != null) {
      paragraph.setStyle(style);
    }
    if (context == Context.BOX || context == Context.OTHER_BOX) {
      box(paragraph, context == Context.BOX ? "333333" : "343434");
    }
    return paragraph;
  }

  private static void box(XWPFParagraph paragraph, String colour) {
    CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    CTPBdr borders = properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
    for (CTBorder side : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight())) {
      side.setVal(STBorder.SINGLE);
      side.setSz(BigInteger.valueOf(10));
      side.setSpace(BigInteger.valueOf(4));
      side.setColor(colour);
    }
  }

  private void inline(Node parent, XWPFParagraph paragraph, Look look) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        run(paragraph.createRun(), text.getLiteral(), look);
      } else if (node instanceof StrongEmphasis) {
        inline(node, paragraph, new Look(true, look.added()));
      } else if (node instanceof Emphasis) {
        inline(node, paragraph, new Look(look.bold(), true));
      } else if (node instanceof Link link && link.getDestination().matches("(?i)https?://.*")) {
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(link.getDestination());
        run.setStyle(WordStyles.HYPERLINK);
        run(run, text(link), look);
      } else if (node instanceof SoftLineBreak) {
        run(paragraph.createRun(), " ", look);
      } else if (node instanceof HardLineBreak) {
        paragraph.createRun().addBreak();
      } else {
        inline(node, paragraph, look);
      }
    }
  }

  private static void run(XWPFRun run, String text, Look look) {
    run.setText(WordText.of(text));
    if (look.bold()) {
      run.setBold(true);
    }
    if (look.added()) {
      run.setItalic(true);
      run.setColor(ADDED_COLOUR);
    }
  }

  /** A node's text, its text nodes joined. */
  private static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(Text t) {
        text.append(t.getLiteral());
      }
    });
    return text.toString();
  }
}
