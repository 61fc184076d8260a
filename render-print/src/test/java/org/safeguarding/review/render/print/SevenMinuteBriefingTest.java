package org.safeguarding.review.render.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.examples.ExampleDocuments;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seven-minute briefing layout: the example briefing's seven parts fit on two A4 pages, each
 * in a box of its own (a section of the PDF's structure tree; bordered paragraphs in two columns
 * in Word), in the document's order; a document with more parts is shown whole after a note; a
 * rapid review is refused.
 */
class SevenMinuteBriefingTest {

  private static final PrintRenderer BRIEFING = PrintRenderer.standard().withLayout(PrintLayout.SEVEN_MINUTE_BRIEFING);

  @Test
  void theExampleBriefingsSevenPartsFitOnTwoPagesInBoxesOfTheirOwn() {
    LearningSummary briefing = (LearningSummary) ExampleDocuments.read(ExampleDocuments.EXAMPLESHIRE_SEVEN_MINUTE_BRIEFING);

    PdfContent pdf = PdfContent.of(BRIEFING.pdf(briefing));

    assertThat(briefing.getSections()).hasSize(PrintLayout.SEVEN_MINUTE_PARTS);
    assertThat(pdf.pages()).isBetween(1, 2);
    assertThat(pdf.types().stream().filter("Sect"::equals)).hasSize(PrintLayout.SEVEN_MINUTE_PARTS);
    assertThat(pdf.text()).doesNotContain("Layout");
    List<String> headings = briefing.getSections().stream()
        .map(section -> section.getNumber().orElse("") + " " + section.getHeading().orElse(""))
        .map(String::strip)
        .toList();
    assertThat(pdf.text().replaceAll("\\s+", " ")).containsSubsequence(headings);
  }

  @Test
  void inWordThePartsAreBoxedParagraphsInTwoColumns() {
    ReviewDocument briefing = ExampleDocuments.read(ExampleDocuments.EXAMPLESHIRE_SEVEN_MINUTE_BRIEFING);

    WordContent word = WordContent.of(BRIEFING.docx(briefing));

    String body = word.document().getDocument().getBody().xmlText();
    assertThat(body).contains("w:num=\"2\"").contains("w:val=\"continuous\"");
    long boxed = word.document().getParagraphs().stream()
        .filter(paragraph -> paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetPBdr())
        .filter(paragraph -> paragraph.getStyle() != null && paragraph.getStyle().equals("Heading2"))
        .count();
    assertThat(boxed).isEqualTo(PrintLayout.SEVEN_MINUTE_PARTS);
  }

  @Test
  void aDocumentWithMorePartsThanTheLayoutHoldsIsShownWholeAfterANote() {
    ReviewDocument briefing = withNineParts(ExampleDocuments.bytes(ExampleDocuments.EXAMPLESHIRE_SEVEN_MINUTE_BRIEFING));
    PdfContent pdf = PdfContent.of(BRIEFING.pdf(briefing));
    WordContent word = WordContent.of(BRIEFING.docx(briefing));

    String note = "this document has 9 parts; a seven-minute briefing has 7. All 9 are shown, the last 2 after the seventh.";
    assertThat(pdf.text().replaceAll("\\s+", " ")).contains(note);
    assertThat(word.text()).contains(note);
    assertThat(PrintedText.missingFromPdf(pdf.text(), PrintedText.texts(briefing))).isEmpty();
    assertThat(PrintedText.missingFromWord(word.text(), PrintedText.texts(briefing))).isEmpty();
    assertThat(pdf.types().stream().filter("Sect"::equals)).hasSize(9);
  }

  /** The briefing with two more parts, copies of its first two numbered 8 and 9. */
  private static ReviewDocument withNineParts(byte[] json) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode tree = (ObjectNode) mapper.readTree(json);
    ArrayNode sections = (ArrayNode) tree.get("sections");
    for (int i = 0; i < 2; i++) {
      ObjectNode copy = (ObjectNode) sections.get(i).deepCopy();
      copy.put("number", (PrintLayout.SEVEN_MINUTE_PARTS + 1 + i) + ".");
      copy.put("heading", "Part " + (PrintLayout.SEVEN_MINUTE_PARTS + 1 + i));
      sections.add(copy);
    }
    return ReviewJson.strict().read(JsonInput.of(mapper.writeValueAsBytes(tree)), ReviewDocument.class);
  }

  @Test
  void aRapidReviewIsNotABriefing() {
    ReviewDocument review = ExampleDocuments.read(ExampleDocuments.EXAMPLESHIRE_RAPID_REVIEW);

    assertThat(PrintLayout.SEVEN_MINUTE_BRIEFING.accepts(review)).isFalse();
    assertThatThrownBy(() -> BRIEFING.pdf(review)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rapid review");
    assertThatThrownBy(() -> BRIEFING.docx(review)).isInstanceOf(IllegalArgumentException.class);
  }
}
