package org.safeguarding.review.render.print;

import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles and list definitions of srm's Word files, as WordprocessingML. The headings are
 * Word's own ("heading 1" to "heading 6", with their outline levels), so Word's navigation pane,
 * its accessibility checker and a PDF made from the file know them; text is Arial, in British
 * English. Lists are Word's numbering: bullets, numbers counted by Word from where the published
 * list starts, and published numbers that Word cannot count ("1.1", "(a)"), which each item
 * carries as text in a list that adds no mark of its own.
 */
final class WordStyles {

  private static final String NAMESPACE = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  /** The style of a paragraph of the tool's additions: a grey box. */
  static final String ADDED = "SrmAdded";

  /** The style of a document's quoted words. */
  static final String QUOTE = "Quote";

  /** The style of a list's paragraphs. */
  static final String LIST = "ListParagraph";

  /** The character style of a link. */
  static final String HYPERLINK = "Hyperlink";

  /** The table style: a grid. */
  static final String TABLE = "TableGrid";

  /** The kinds of list, each an abstract numbering definition, numbered from 0. */
  enum ListKind {
    BULLET, ORDERED, PUBLISHED_NUMBERS
  }

  private static final int LEVELS = 9;
  private static final String[] BULLETS = {"\u2022", "\u25e6", "\u25aa"};

  private WordStyles() {}

  static CTStyles styles() {
    StringBuilder xml = new StringBuilder("<w:styles " + NAMESPACE + ">");
    xml.append("<w:docDefaults><w:rPrDefault><w:rPr>")
        .append("<w:rFonts w:ascii=\"" + PrintFont.WORD_FAMILY + "\" w:hAnsi=\"" + PrintFont.WORD_FAMILY + "\" w:cs=\"" + PrintFont.WORD_FAMILY
            + "\" w:eastAsia=\"" + PrintFont.WORD_FAMILY + "\"/>")
        .append("<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/>")
        .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>")
        .append("</w:docDefaults>");
    xml.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
    int[] sizes = {40, 29, 24, 21, 21, 21};
    for (int level = 1; level <= sizes.length; level++) {
      xml.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level + "\"/>")
          .append("<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>")
          .append("<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + (level == 1 ? 0 : 240) + "\" w:after=\"" + (level == 1 ? 200 : 80) + "\"/>")
          .append(level == 2 ? "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"777777\"/></w:pBdr>" : "")
          .append("<w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr>")
          .append("<w:rPr><w:b/><w:bCs/><w:sz w:val=\"" + sizes[level - 1] + "\"/><w:szCs w:val=\"" + sizes[level - 1] + "\"/></w:rPr></w:style>");
    }
    xml.append("<w:style w:type=\"paragraph\" w:styleId=\"" + LIST + "\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/>")
        .append("<w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:spacing w:after=\"40\"/><w:ind w:left=\"720\"/></w:pPr></w:style>");
    xml.append("<w:style w:type=\"paragraph\" w:styleId=\"" + QUOTE + "\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>")
        .append("<w:pPr><w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\" w:color=\"999999\"/></w:pBdr><w:ind w:left=\"400\"/></w:pPr></w:style>");
    xml.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + ADDED + "\"><w:name w:val=\"Added by srm\"/><w:basedOn w:val=\"Normal\"/>")
        .append("<w:pPr><w:pBdr>")
        .append("<w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"777777\"/><w:left w:val=\"single\" w:sz=\"18\" w:space=\"6\" w:color=\"555555\"/>")
        .append("<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"777777\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"777777\"/>")
        .append("</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F0F0F0\"/><w:spacing w:after=\"40\"/><w:ind w:left=\"120\" w:right=\"120\"/></w:pPr>")
        .append("<w:rPr><w:color w:val=\"222222\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>");
    xml.append("<w:style w:type=\"character\" w:styleId=\"" + HYPERLINK + "\"><w:name w:val=\"Hyperlink\"/><w:uiPriority w:val=\"99\"/>")
        .append("<w:rPr><w:color w:val=\"0B4FA0\"/><w:u w:val=\"single\"/></w:rPr></w:style>");
    xml.append("<w:style w:type=\"table\" w:styleId=\"" + TABLE + "\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>");
    for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
      xml.append("<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"666666\"/>");
    }
    xml.append("</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>")
        .append("<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/></w:rPr></w:style>");
    for (String part : List.of("Header", "Footer")) {
      xml.append("<w:style w:type=\"paragraph\" w:styleId=\"" + part + "\"><w:name w:val=\"" + part.toLowerCase(java.util.Locale.ROOT) + "\"/>")
          .append("<w:basedOn w:val=\"Normal\"/><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr>")
          .append("<w:rPr><w:color w:val=\"333333\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>");
    }
    xml.append("</w:styles>");
    return parse(xml.toString(), text -> StylesDocument.Factory.parse(text).getStyles());
  }

  /**
   * The list definitions, then one list for each of {@code lists}: a kind and, for a list Word
   * counts, the number it starts at on each level, so that each list counts from its own start.
   */
  static CTNumbering numbering(List<WordList> lists) {
    StringBuilder xml = new StringBuilder("<w:numbering " + NAMESPACE + ">");
    for (ListKind kind : ListKind.values()) {
      xml.append("<w:abstractNum w:abstractNumId=\"" + kind.ordinal() + "\"><w:multiLevelType w:val=\"multilevel\"/>");
      for (int level = 0; level < LEVELS; level++) {
        String format;
        String text;
        switch (kind) {
          case BULLET -> {
            format = "bullet";
            text = BULLETS[level % BULLETS.length];
          }
          case ORDERED -> {
            format = "decimal";
            text = "%" + (level + 1) + ".";
          }
          default -> {
            format = "none";
            text = "";
          }
        }
        int indent = 360 * (level + 1);
        int hanging = kind == ListKind.PUBLISHED_NUMBERS ? 0 : 360;
        xml.append("<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>")
            .append("<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>")
            .append("<w:pPr><w:ind w:left=\"" + indent + "\" w:hanging=\"" + hanging + "\"/></w:pPr></w:lvl>");
      }
      xml.append("</w:abstractNum>");
    }
    for (int i = 0; i < lists.size(); i++) {
      WordList list = lists.get(i);
      xml.append("<w:num w:numId=\"" + (i + 1) + "\"><w:abstractNumId w:val=\"" + list.kind().ordinal() + "\"/>");
      if (list.kind() == ListKind.ORDERED) {
        xml.append("<w:lvlOverride w:ilvl=\"" + list.level() + "\"><w:startOverride w:val=\"" + list.start() + "\"/></w:lvlOverride>");
      }
      xml.append("</w:num>");
    }
    xml.append("</w:numbering>");
    return parse(xml.toString(), text -> NumberingDocument.Factory.parse(text).getNumbering());
  }

  /**
   * One list of the document.
   *
   * @param kind its kind
   * @param level its nesting level, from 0
   * @param start the number Word counts from, for an ordered list
   */
  record WordList(ListKind kind, int level, int start) {}

  private interface Parse<T> {
    T parse(String xml) throws XmlException;
  }

  private static <T> T parse(String xml, Parse<T> parser) {
    try {
      return parser.parse(xml);
    } catch (XmlException e) {
      throw new IllegalStateException("srm's own WordprocessingML does not parse", e);
    }
  }

  /** The lists of one document, in the order they were made; a list's id is its place, from 1. */
  static final class Lists {
    private final List<WordList> lists = new ArrayList<>();

    /** {@return the id of a new list} */
    int add(ListKind kind, int level, int start) {
      lists.add(new WordList(kind, level, start));
      return lists.size();
    }

    List<WordList> all() {
      return List.copyOf(lists);
    }
  }
}
