package org.safeguarding.review.render.print;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.render.MarkdownRenderer;

/**
 * Renders a document as partnerships publish it: an accessible PDF (tagged, PDF/UA-1) or a Word
 * file (.docx), on A4, in a {@link PrintLayout}. What is shown is what {@link MarkdownRenderer}
 * shows, with its switches for the tool's additions (provenance, case details, omission marks),
 * which are set apart from the document's text in grey boxes.
 *
 * <pre>{@code
 * PrintRenderer renderer = PrintRenderer.standard().withLayout(PrintLayout.SEVEN_MINUTE_BRIEFING);
 * byte[] pdf = renderer.pdf(document);
 * renderer.docx(document, outputStream);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param parts what is shown, and which of the tool's additions
 * @param layout how it is laid out
 */
public record PrintRenderer(MarkdownRenderer parts, PrintLayout layout) {

  /**
   * Checks that both are given.
   *
   * @param parts what is shown, and which of the tool's additions
   * @param layout how it is laid out
   */
  public PrintRenderer {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(layout, "layout");
  }

  /** {@return a renderer with everything the tool adds shown, in the document layout} */
  public static PrintRenderer standard() {
    return new PrintRenderer(MarkdownRenderer.standard(), PrintLayout.DOCUMENT);
  }

  /**
   * This renderer, showing what {@code parts} shows.
   *
   * @param parts a Markdown renderer, whose switches say which of the tool's additions are shown
   * @return a renderer that does, otherwise the same as this one
   */
  public PrintRenderer withParts(MarkdownRenderer parts) {
    return new PrintRenderer(parts, layout);
  }

  /**
   * This renderer, in another layout.
   *
   * @param layout the layout
   * @return a renderer in that layout, otherwise the same as this one
   */
  public PrintRenderer withLayout(PrintLayout layout) {
    return new PrintRenderer(parts, layout);
  }

  /**
   * Writes the document as PDF.
   *
   * @param document a valid document
   * @param out where the PDF goes; not closed
   * @throws IllegalArgumentException if the layout does not {@linkplain PrintLayout#accepts accept} the document
   * @throws java.io.UncheckedIOException if the output cannot be written
   */
  public void pdf(ReviewDocument document, OutputStream out) {
    PdfWriter.write(PrintPages.of(document, parts, layout), Objects.requireNonNull(out, "out"));
  }

  /**
   * The document as PDF.
   *
   * @param document a valid document
   * @return the PDF's bytes
   * @throws IllegalArgumentException if the layout does not {@linkplain PrintLayout#accepts accept} the document
   */
  public byte[] pdf(ReviewDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf(document, out);
    return out.toByteArray();
  }

  /**
   * Writes the document as a Word file (.docx).
   *
   * @param document a valid document
   * @param out where the file goes; not closed
   * @throws IllegalArgumentException if the layout does not {@linkplain PrintLayout#accepts accept} the document
   * @throws java.io.UncheckedIOException if the output cannot be written
   */
  public void docx(ReviewDocument document, OutputStream out) {
    WordWriter.write(PrintPages.of(document, parts, layout), Objects.requireNonNull(out, "out"));
  }

  /**
   * The document as a Word file (.docx).
   *
   * @param document a valid document
   * @return the file's bytes
   * @throws IllegalArgumentException if the layout does not {@linkplain PrintLayout#accepts accept} the document
   */
  public byte[] docx(ReviewDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    docx(document, out);
    return out.toByteArray();
  }
}
