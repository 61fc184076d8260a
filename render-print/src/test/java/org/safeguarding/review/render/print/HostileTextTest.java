package org.safeguarding.review.render.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.testing.HostileCase;
import org.safeguarding.review.testing.HostileCorpus;

/**
 * No text of a document can add markup to a printed file: a document whose every text is HTML,
 * CSS, Markdown, XML or WordprocessingML (links to scripts and local files, a style that would
 * change the page, an entity that would read a file, runs and fields that would close Word's text)
 * prints each text as the characters it is, with the one link the document gives and nothing
 * else; and every document of the hostile corpus that reads as valid prints in both formats with
 * every text present.
 */
class HostileTextTest {

  private static final Path HOSTILE = Path.of("src/test/resources/fixtures/hostile-text.json");
  private static final String ONLY_LINK = "https://example.org/safer-sleep";

  @Test
  void thePdfShowsEveryHostileTextAsTextWithOnlyTheDocumentsLink() throws IOException {
    ReviewDocument document = hostile();
    byte[] pdf = PrintRenderer.standard().pdf(document);

    PdfContent content = PdfContent.of(pdf);
    assertThat(PrintedText.missingFromPdf(content.text(), PrintedText.texts(document))).isEmpty();
    assertThat(content.types()).doesNotContain("Figure", "Form").filteredOn("Link"::equals).hasSize(1);
    try (PDDocument file = Loader.loadPDF(pdf)) {
      List<PDAnnotation> annotations = new ArrayList<>();
      for (PDPage page : file.getPages()) {
        assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        assertThat(page.getResources().getXObjectNames()).isEmpty();
        annotations.addAll(page.getAnnotations());
      }
      assertThat(annotations).singleElement().isInstanceOfSatisfying(PDAnnotationLink.class, link ->
          assertThat(link.getAction()).isInstanceOfSatisfying(PDActionURI.class, uri -> assertThat(uri.getURI()).isEqualTo(ONLY_LINK)));
      assertThat(file.getDocumentCatalog().getCOSObject().toString()).doesNotContain("JavaScript").doesNotContain("OpenAction");
      assertThat(file.getDocumentInformation().getTitle()).isEqualTo(PrintFont.drawable(PrintedText.title(document)));
    }
  }

  @Test
  void theWordFileShowsEveryHostileTextAsTextWithOnlyTheDocumentsLinkAndNoFieldOfItsOwn() throws IOException {
    ReviewDocument document = hostile();

    WordContent word = WordContent.of(PrintRenderer.standard().docx(document));

    assertThat(PrintedText.missingFromWord(word.text(), PrintedText.texts(document))).isEmpty();
    assertThat(word.document().getHyperlinks()).extracting(XWPFHyperlink::getURL).containsOnly(ONLY_LINK);
    assertThat(word.document().getParagraphs()).allSatisfy(paragraph -> {
      assertThat(paragraph.getCTP().getFldSimpleList()).isEmpty();
      assertThat(paragraph.getRuns()).allSatisfy(run -> {
        assertThat(run.getCTR().getInstrTextList()).isEmpty();
        assertThat(run.getCTR().getFldCharList()).isEmpty();
      });
    });
    assertThat(word.lines()).extracting(WordContent.Line::text)
        .contains("</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/><w:instrText>HYPERLINK \"http://x\"</w:instrText></w:r><w:r><w:t>word")
        .contains("]]><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e; &#x26; &nbsp;");
    assertThat(word.document().getProperties().getCoreProperties().getTitle()).isEqualTo(PrintedText.title(document));
  }

  @Test
  void theSevenMinuteLayoutShowsTheHostileTextsToo() {
    ReviewDocument document = hostile();
    PrintRenderer renderer = PrintRenderer.standard().withLayout(PrintLayout.SEVEN_MINUTE_BRIEFING);

    assertThat(PrintedText.missingFromPdf(PdfContent.of(renderer.pdf(document)).text(), PrintedText.texts(document))).isEmpty();
    assertThat(PrintedText.missingFromWord(WordContent.of(renderer.docx(document)).text(), PrintedText.texts(document))).isEmpty();
  }

  static Stream<HostileCase> validCases() {
    return HostileCorpus.handMade().stream().filter(c -> !c.large() && c.outcome().valid());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void everyValidDocumentOfTheHostileCorpusPrintsWithEveryText(HostileCase c) {
    ReadResult<? extends ReviewDocument> read = ReviewJson.strict().parse(JsonInput.of(c.input().get()), c.readAs());
    ReviewDocument document = read.document().orElseThrow();

    assertThat(PrintedText.missingFromPdf(PdfContent.of(PrintRenderer.standard().pdf(document)).text(), PrintedText.texts(document))).isEmpty();
    assertThat(PrintedText.missingFromWord(WordContent.of(PrintRenderer.standard().docx(document)).text(), PrintedText.texts(document))).isEmpty();
  }

  private static ReviewDocument hostile() {
    try {
      return ReviewJson.strict().read(JsonInput.of(Files.readAllBytes(HOSTILE)), ReviewDocument.class);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
