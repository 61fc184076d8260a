package org.safeguarding.review.render.print;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.Node;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.safeguarding.review.render.print.PrintPage.Aside;
import org.safeguarding.review.render.print.PrintPage.Part;

/**
 * A laid-out document as a Word file (.docx), made with Apache POI: A4, the title and
 * classification in the header, page numbers in the footer, the title and subject in the file's
 * properties, British English. Headings are Word's heading styles, lists Word's lists, tables Word
 * tables with a header row that repeats; the tool's additions are grey boxes of their own style.
 * A seven-minute briefing's parts are boxes in two columns.
 */
final class WordWriter {

  /** A4 in twentieths of a point, and margins of 2 cm (2.4 cm at the top, for the header). */
  private static final int A4_WIDTH = 11906;
  private static final int A4_HEIGHT = 16838;
  private static final int MARGIN = 1134;
  private static final int TOP_MARGIN = 1361;
  private static final int COLUMN_GAP = 340;

  private WordWriter() {}

  static void write(PrintPage page, OutputStream out) {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createStyles().setStyles(WordStyles.styles());
      WordStyles.Lists lists = new WordStyles.Lists();
      WordBlocks blocks = new WordBlocks(document, lists);
      document.getProperties().getCoreProperties().setTitle(WordText.of(page.title()));
      document.getProperties().getCoreProperties().setSubjectProperty(WordText.of(page.subject()));
      document.getProperties().getCoreProperties().setCreator("srm");
      header(document, page);
      footer(document);
      XWPFParagraph title = document.createParagraph();
      title.setStyle("Heading1");
      title.createRun().setText(WordText.of(page.title()));
      asides(blocks, page.before());
      if (page.briefing()) {
        briefing(document, blocks, page);
      } else {
        page.parts().forEach(part -> part.blocks().forEach(block -> blocks.block(block, WordBlocks.Context.BODY)));
      }
      asides(blocks, page.after());
      CTSectPr last = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
      a4(last);
      if (page.briefing()) {
        last.addNewType().setVal(STSectionMark.CONTINUOUS);
      }
      document.createNumbering().setNumbering(WordStyles.numbering(lists.all()));
      document.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A briefing: what comes before the boxes across the page, then the boxes in two columns, in
   * sections of their own that run on (continuous section breaks). Two boxes one after the other
   * differ in the grey of their border, by one step no one can see, so that Word draws them as two
   * boxes rather than one.
   */
  private static void briefing(XWPFDocument document, WordBlocks blocks, PrintPage page) {
    List<Part> parts = page.parts();
    int box = 0;
    boolean columns = false;
    for (Part part : parts) {
      if (part.boxed() && !columns) {
        endSection(document, 1, false);
        columns = true;
      }
      WordBlocks.Context context = part.boxed() ? (box++ % 2 == 0 ? WordBlocks.Context.BOX : WordBlocks.Context.OTHER_BOX) : WordBlocks.Context.BODY;
      part.blocks().forEach(block -> blocks.block(block, context));
    }
    if (columns) {
      endSection(document, 2, true);
    }
  }

  /** Ends the section so far with a paragraph that carries its properties: A4, its columns. */
  private static void endSection(XWPFDocument document, int columns, boolean continuous) {
    XWPFParagraph end = document.createParagraph();
    CTSectPr section = end.getCTP().addNewPPr().addNewSectPr();
    CTSectPr last = document.getDocument().getBody().getSectPr();
    if (last != null) {
      last.getHeaderReferenceList().forEach(reference -> section.addNewHeaderReference().set(reference));
      last.getFooterReferenceList().forEach(reference -> section.addNewFooterReference().set(reference));
    }
    if (continuous || columns > 1) {
      section.addNewType().setVal(STSectionMark.CONTINUOUS);
    }
    a4(section);
    section.addNewCols().setNum(BigInteger.valueOf(columns));
    section.getCols().setSpace(BigInteger.valueOf(COLUMN_GAP));
  }

  private static void a4(CTSectPr section) {
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(TOP_MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(MARGIN / 2));
    margins.setFooter(BigInteger.valueOf(MARGIN / 2));
  }

  private static void header(XWPFDocument document, PrintPage page) {
    XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph line = header.createParagraph();
    line.setStyle("Header");
    line.getCTP().getPPr().addNewTabs().addNewTab().setVal(STTabJc.RIGHT);
    line.getCTP().getPPr().getTabs().getTabArray(0).setPos(BigInteger.valueOf(A4_WIDTH - 2 * MARGIN));
    line.createRun().setText(WordText.of(page.title()));
    XWPFRun classification = line.createRun();
    classification.addTab();
    classification.setBold(true);
    classification.setText(WordText.of(page.classification()));
  }

  private static void footer(XWPFDocument document) {
    XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph line = footer.createParagraph();
    line.setStyle("Footer");
    line.setAlignment(ParagraphAlignment.CENTER);
    line.createRun().setText("Page ");
    field(line, "PAGE");
    line.createRun().setText(" of ");
    field(line, "NUMPAGES");
  }

  /** A field Word works out as it lays the page out, such as the page's number. */
  private static void field(XWPFParagraph line, String instruction) {
    line.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    line.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
    line.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    line.createRun().setText("1");
    line.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private static void asides(WordBlocks blocks, List<Aside> asides) {
    for (Aside aside : asides) {
      for (Node block = aside.content().getFirstChild(); block != null; block = block.getNext()) {
        blocks.block(block, WordBlocks.Context.ADDED);
      }
    }
  }
}
