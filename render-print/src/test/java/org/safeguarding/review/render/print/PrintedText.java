package org.safeguarding.review.render.print;

import java.util.List;
import java.util.Optional;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.testing.RenderedText;

/**
 * A document's texts as a printed file shows them, for tests: a PDF draws what its font can draw
 * ({@link PrintFont#drawable}) and breaks lines where it likes, so PDF text is compared with every
 * whitespace removed; a Word file holds what XML can hold ({@link WordText#of}).
 */
final class PrintedText {

  private PrintedText() {}

  /** {@return the document's title as the renderer shows it} */
  static String title(ReviewDocument document) {
    return MarkdownRenderer.standard().renderParts(document).title();
  }

  /** {@return every free text of the document} */
  static List<String> texts(ReviewDocument document) {
    return RenderedText.shownTexts(document);
  }

  /** {@return the texts missing from the PDF's tagged text} */
  static List<String> missingFromPdf(String pdfText, List<String> texts) {
    return RenderedText.missing(squeezed(pdfText), texts.stream().map(t -> squeezed(PrintFont.drawable(t))).toList());
  }

  /** {@return what the PDF's tagged text holds besides the texts in their order, if anything but colons} */
  static Optional<String> addedInPdf(String pdfText, List<String> texts) {
    return RenderedText.added(squeezed(pdfText), texts.stream().map(t -> squeezed(PrintFont.drawable(t))).toList());
  }

  /** {@return the texts missing from the Word file's text} */
  static List<String> missingFromWord(String wordText, List<String> texts) {
    return RenderedText.missing(wordText, texts.stream().map(WordText::of).toList());
  }

  /** {@return what the Word file's text holds besides the texts in their order, if anything but spaces and colons} */
  static Optional<String> addedInWord(String wordText, List<String> texts) {
    return RenderedText.added(wordText, texts.stream().map(WordText::of).toList());
  }

  /** {@return a learning document's own texts in published order, omission notes left out} */
  static List<String> bodyTexts(LearningSummary summary) {
    return RenderedText.bodyTexts(summary, false);
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
