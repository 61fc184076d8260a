package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code srm render --format pdf|docx}: the file is written whole and nothing else is printed; the
 * layout is chosen with {@code --layout}; a mistake (no output file, a layout for text, the
 * briefing layout for a rapid review, an invalid document) is one line on standard error with
 * status 2 (1 for an invalid document), and no file.
 */
class RenderPrintTest {

  private static final String BRIEFING = "../examples/documents/exampleshire-seven-minute-briefing.json";
  private static final String RAPID_REVIEW = "../examples/documents/exampleshire-rapid-review.json";

  @Test
  void pdfIsWrittenToTheFileWithTheTitleAndNothingPrinted(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("briefing.pdf");

    SrmRunner.Run run = SrmRunner.run("render", BRIEFING, "--format", "pdf", "--layout", "seven-minute", "-o", out.toString());

    assertThat(run).isEqualTo(new SrmRunner.Run(0, "", ""));
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("7-Minute Briefing: Babies in families who move");
      assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
    }
  }

  @Test
  void docxIsWrittenToTheFileWithTheTitleAndNothingPrinted(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("review.docx");

    SrmRunner.Run run = SrmRunner.run("render", RAPID_REVIEW, "--format", "docx", "-o", out.toString());

    assertThat(run).isEqualTo(new SrmRunner.Run(0, "", ""));
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(out)))) {
      assertThat(word.getProperties().getCoreProperties().getTitle()).startsWith("Rapid review");
      assertThat(word.getParagraphs()).anySatisfy(paragraph -> assertThat(paragraph.getText()).isEqualTo("1. The facts of the case"));
    }
  }

  @Test
  void aPrintedFormatNeedsAnOutputFile() {
    SrmRunner.Run run = SrmRunner.run("render", BRIEFING, "--format", "pdf");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("srm: --format pdf writes a file: give -o FILE (-o - to pipe it)\n");
  }

  @Test
  void aLayoutIsForPrintedFormatsOnly() {
    SrmRunner.Run run = SrmRunner.run("render", BRIEFING, "--layout", "seven-minute");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("srm: --layout is for --format pdf and docx\n");
  }

  @Test
  void anUnknownLayoutIsNamedWithTheOnesThereAre() {
    SrmRunner.Run run = SrmRunner.run("render", BRIEFING, "--format", "pdf", "--layout", "poster", "-o", "x.pdf");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("expected document or seven-minute").doesNotContain("\tat ");
  }

  @Test
  void aRapidReviewIsNotLaidOutAsABriefingAndNoFileIsWritten(@TempDir Path folder) {
    Path out = folder.resolve("review.pdf");

    SrmRunner.Run run = SrmRunner.run("render", RAPID_REVIEW, "--format", "pdf", "--layout", "seven-minute", "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("srm: " + RAPID_REVIEW + ": the seven-minute layout is for learning documents, not rapid reviews\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void anInvalidDocumentIsNotPrintedAndAnExistingFileIsLeftAlone(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("summary.docx");
    Files.writeString(out, "previous");

    SrmRunner.Run run = SrmRunner.run("render", "src/test/resources/fixtures/invalid-learning-summary.json", "--format", "docx", "-o", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(out).hasContent("previous");
  }
}
