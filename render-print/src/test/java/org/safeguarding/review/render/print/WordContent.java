package org.safeguarding.review.render.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word file read back with Apache POI: its body's paragraphs and tables in order, each paragraph
 * with its style and list, and the text a reader sees, Word's list numbers written out as Word
 * counts them.
 */
final class WordContent {

  /** A paragraph of the body: its style, its list (0 for none), its level in the list, its text. */
  record Line(String style, int list, int level, String text) {}

  private final List<Line> lines = new ArrayList<>();
  private final List<XWPFTable> tables = new ArrayList<>();
  private final XWPFDocument document;

  private WordContent(XWPFDocument document) {
    this.document = document;
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        lines.add(line(paragraph));
      } else if (element instanceof XWPFTable table) {
        tables.add(table);
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            cell.getParagraphs().forEach(paragraph -> lines.add(line(paragraph)));
          }
        }
      }
    }
  }

  static WordContent of(byte[] docx) {
    try {
      return new WordContent(new XWPFDocument(new ByteArrayInputStream(docx)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Line line(XWPFParagraph paragraph) {
    int list = paragraph.getNumID() == null ? 0 : paragraph.getNumID().intValue();
    int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
    return new Line(paragraph.getStyle() == null ? "Normal" : paragraph.getStyle(), list, level, paragraph.getText());
  }

  /** {@return the body's paragraphs, table cells' included, in order} */
  List<Line> lines() {
    return lines;
  }

  /** {@return the tables} */
  List<XWPFTable> tables() {
    return tables;
  }

  /** {@return the file as POI reads it} */
  XWPFDocument document() {
    return document;
  }

  /**
   * {@return the text a reader sees, paragraph by paragraph: a paragraph of a list Word counts
   * begins with the number Word gives it}
   */
  String text() {
    StringBuilder text = new StringBuilder();
    java.util.Map<String, Integer> counters = new java.util.HashMap<>();
    for (Line line : lines) {
      if (line.list() > 0 && "decimal".equals(format(line))) {
        String key = line.list() + "/" + line.level();
        int number = counters.merge(key, 1, Integer::sum) + start(line) - 1;
        text.append(number).append(". ");
      }
      text.append(line.text()).append('\n');
    }
    return text.toString();
  }

  /** {@return the number format of the list level a paragraph is on} */
  String format(Line line) {
    return abstractLevel(line).getNumFmt().getVal().toString();
  }

  private int start(Line line) {
    var num = document.getNumbering().getNum(java.math.BigInteger.valueOf(line.list())).getCTNum();
    for (var override : num.getLvlOverrideList()) {
      if (override.getIlvl().intValue() == line.level() && override.isSetStartOverride()) {
        return override.getStartOverride().getVal().intValue();
      }
    }
    return abstractLevel(line).getStart().getVal().intValue();
  }

  private org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl abstractLevel(Line line) {
    var numbering = document.getNumbering();
    var abstractId = numbering.getAbstractNumID(java.math.BigInteger.valueOf(line.list()));
    return numbering.getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(line.level());
  }
}
