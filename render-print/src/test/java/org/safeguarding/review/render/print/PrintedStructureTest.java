package org.safeguarding.review.render.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.examples.ExampleDocuments;
import org.safeguarding.review.render.print.WordContent.Line;

/**
 * What makes a printed file accessible and structured, read back from the file: in the PDF, the
 * PDF/UA-1 identification, language, title, tagged structure (headings, lists, tables), embedded
 * fonts, A4 pages and the running header and page numbers as artifacts; in the Word file, heading
 * styles, Word's lists, tables with a repeating header row, published numbers kept, A4 and the
 * file's properties; and a rapid review under the Panel's four headings in both.
 */
class PrintedStructureTest {

  private static final PrintRenderer RENDERER = PrintRenderer.standard();

  @Test
  void thePdfIdentifiesItselfAsPdfUaWithLanguageAndTitle() throws IOException {
    ReviewDocument document = ExampleDocuments.read(ExampleDocuments.ESSEX_LEARNING_SUMMARY);
    byte[] pdf = RENDERER.pdf(document);

    try (PDDocument file = Loader.loadPDF(pdf)) {
      var catalog = file.getDocumentCatalog();
      assertThat(catalog.getLanguage()).isEqualTo("en-GB");
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(file.getDocumentInformation().getTitle()).isEqualTo(PrintFont.drawable(PrintedText.title(document)));
      String metadata = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(metadata).containsPattern("pdfuaid:part(>1<|=\"1\")").contains(PrintFont.drawable(PrintedText.title(document)));
    }
  }

  @Test
  void thePdfsStructureTreeHasHeadingsListsAndTables() {
    PdfContent essex = PdfContent.of(RENDERER.pdf(ExampleDocuments.read(ExampleDocuments.ESSEX_LEARNING_SUMMARY)));
    PdfContent solihull = PdfContent.of(RENDERER.pdf(ExampleDocuments.read("solihull-multi-agency-case-audit-2016-17.json")));

    assertThat(essex.types()).startsWith("Document").contains("H1", "H2", "P", "L", "LI", "LBody");
    assertThat(essex.types().stream().filter("H1"::equals)).hasSize(1);
    assertThat(solihull.types()).contains("Table", "TR", "TH", "TD");
  }

  @Test
  void everyFontIsEmbeddedEveryPageIsA4AndTheRunningHeaderAndPageNumbersAreArtifacts() throws IOException {
    ReviewDocument document = ExampleDocuments.read("stoke-staffordshire-family-f-serious-case-review.json");
    byte[] pdf = RENDERER.pdf(document);

    List<PDFont> fonts = new ArrayList<>();
    try (PDDocument file = Loader.loadPDF(pdf)) {
      assertThat(file.getNumberOfPages()).isGreaterThan(1);
      for (PDPage page : file.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        PDResources resources = page.getResources();
        for (var name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
      String drawn = new PDFTextStripper().getText(file);
      int pages = file.getNumberOfPages();
      assertThat(drawn).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
      assertThat(drawn.split(java.util.regex.Pattern.quote(document.classification().getLabel()), -1)).hasSizeGreaterThan(pages);
    }
    String tagged = PdfContent.of(pdf).text();
    assertThat(tagged).doesNotContain("Page 1 of").doesNotContain(document.classification().getLabel());
  }

  @Test
  void aLinkIsAnAnnotationTaggedAsALinkWithItsAddress() throws IOException {
    byte[] pdf = RENDERER.pdf(ExampleDocuments.read("leeds-child-d-cspr-learning-points.json"));

    assertThat(PdfContent.of(pdf).types()).contains("Link");
    try (PDDocument file = Loader.loadPDF(pdf)) {
      List<PDAnnotationLink> links = new ArrayList<>();
      for (PDPage page : file.getPages()) {
        page.getAnnotations().stream().filter(PDAnnotationLink.class::isInstance).map(PDAnnotationLink.class::cast).forEach(links::add);
      }
      assertThat(links).isNotEmpty().allSatisfy(link -> {
        assertThat(link.getContents()).isNotBlank();
        assertThat(link.getStructParent()).isNotNegative();
      });
    }
  }

  @Test
  void theWordFileHasHeadingStylesListsAndTablesWithARepeatingHeaderRow() {
    WordContent essex = WordContent.of(RENDERER.docx(ExampleDocuments.read(ExampleDocuments.ESSEX_LEARNING_SUMMARY)));
    WordContent solihull = WordContent.of(RENDERER.docx(ExampleDocuments.read("solihull-multi-agency-case-audit-2016-17.json")));

    assertThat(essex.lines().stream().map(Line::style)).contains("Heading1", "Heading2");
    assertThat(essex.lines().stream().filter(line -> line.style().equals("Heading1"))).hasSize(1);
    assertThat(essex.lines().stream().filter(line -> line.list() > 0).map(essex::format)).contains("bullet");
    assertThat(solihull.tables()).isNotEmpty().allSatisfy(table -> {
      XWPFTableRow header = table.getRow(0);
      assertThat(header.isRepeatHeader()).isTrue();
      assertThat(table.getRows().stream().skip(1)).noneMatch(XWPFTableRow::isRepeatHeader);
    });
    assertThat(solihull.tables().get(0).getRow(0).getCell(0).getText()).isEqualTo("2015/2016 - Areas of development");
  }

  @Test
  void theWordFileIsA4InBritishEnglishWithTitleAndHeader() throws Exception {
    ReviewDocument document = ExampleDocuments.read(ExampleDocuments.ESSEX_LEARNING_SUMMARY);
    WordContent word = WordContent.of(RENDERER.docx(document));

    var section = word.document().getDocument().getBody().getSectPr();
    assertThat(((java.math.BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
    assertThat(((java.math.BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
    assertThat(word.document().getProperties().getCoreProperties().getTitle()).isEqualTo(PrintedText.title(document));
    assertThat(word.document().getHeaderList()).singleElement()
        .satisfies(header -> assertThat(header.getText()).contains(PrintedText.title(document)).contains(document.classification().getLabel()));
    assertThat(word.document().getFooterList()).singleElement()
        .satisfies(footer -> assertThat(footer._getHdrFtr().xmlText()).contains("PAGE").contains("NUMPAGES"));
    assertThat(word.document().getStyle().getDocDefaults().xmlText()).contains("w:val=\"en-GB\"");
  }

  @Test
  void publishedNumbersAreKeptAsTheDocumentWritesThem() {
    ReviewDocument document = ExampleDocuments.read("devon-baby-f-six-step-briefing.json");

    WordContent word = WordContent.of(RENDERER.docx(document));
    String pdf = PdfContent.of(RENDERER.pdf(document)).text();

    assertThat(word.lines()).anySatisfy(line -> {
      assertThat(line.style()).isEqualTo("Heading2");
      assertThat(line.text()).startsWith("1. The Background");
    });
    assertThat(pdf).contains("1. The Background");
  }

  @Test
  void aRapidReviewIsPrintedUnderThePanelsFourHeadingsInOrder() {
    ReviewDocument review = ExampleDocuments.read(ExampleDocuments.EXAMPLESHIRE_RAPID_REVIEW);
    List<String> headings = List.of(
        "1. The facts of the case",
        "2. Immediate action to keep children safe",
        "3. Improvements to safeguard and promote children's welfare",
        "4. Next steps, including whether to undertake a child safeguarding practice review");

    WordContent word = WordContent.of(RENDERER.docx(review));
    String pdf = PdfContent.of(RENDERER.pdf(review)).text().replaceAll("\\s+", " ");

    assertThat(word.lines().stream().filter(line -> line.style().equals("Heading2")).map(Line::text)).containsExactlyElementsOf(headings);
    assertThat(pdf).containsSubsequence(headings.stream().map(PrintFont::drawable).toList());
    List<String> order = word.lines().stream().map(Line::text).toList();
    assertThat(order.indexOf("Immediate actions")).isGreaterThan(order.indexOf(headings.get(1)));
    assertThat(order.indexOf("Findings")).isGreaterThan(order.indexOf(headings.get(2)));
    assertThat(order.indexOf("Decision")).isGreaterThan(order.indexOf(headings.get(3)));
  }
}
