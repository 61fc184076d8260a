package org.safeguarding.review.render.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.examples.ExampleDocuments;
import org.safeguarding.review.render.MarkdownRenderer;

/**
 * Every example document printed as PDF and as Word, in every layout that takes it: every free
 * text of the document is in the PDF's structure tree (what assistive technology reads) and in the
 * Word file's text; with the tool's additions off, a learning document's own text is all there is,
 * in published order, with nothing between its texts but the colons after labels (and, in Word,
 * the numbers Word counts for a list).
 */
class PrintedExamplesTest {

  private static final MarkdownRenderer DOCUMENT_ALONE =
      MarkdownRenderer.standard().withProvenance(false).withCaseDetails(false).withOmissionMarks(false);

  static Stream<Arguments> examples() {
    return ExampleDocuments.names().stream()
        .flatMap(name -> Stream.of(PrintLayout.values())
            .filter(layout -> layout.accepts(ExampleDocuments.read(name)))
            .map(layout -> Arguments.of(name, layout)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examples")
  void thePdfsStructureTreeHoldsEveryTextAndNothingIsUntagged(String name, PrintLayout layout) {
    ReviewDocument document = ExampleDocuments.read(name);

    PdfContent pdf = PdfContent.of(PrintRenderer.standard().withLayout(layout).pdf(document));

    assertThat(PrintedText.missingFromPdf(pdf.text(), PrintedText.texts(document))).isEmpty();
    assertThat(pdf.untagged()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examples")
  void theWordFileHoldsEveryText(String name, PrintLayout layout) {
    ReviewDocument document = ExampleDocuments.read(name);

    WordContent word = WordContent.of(PrintRenderer.standard().withLayout(layout).docx(document));

    assertThat(PrintedText.missingFromWord(word.text(), PrintedText.texts(document))).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examples")
  void aLearningDocumentsOwnTextIsReadInPublishedOrderWithNothingAdded(String name, PrintLayout layout) {
    ReviewDocument document = ExampleDocuments.read(name);
    if (document instanceof LearningSummary summary) {
      PrintRenderer renderer = new PrintRenderer(DOCUMENT_ALONE, layout);
      List<String> texts = PrintedText.bodyTexts(summary);

      assertThat(PrintedText.addedInPdf(PdfContent.of(renderer.pdf(document)).text(), texts)).isEmpty();
      assertThat(PrintedText.addedInWord(WordContent.of(renderer.docx(document)).text(), texts)).isEmpty();
    }
  }
}
