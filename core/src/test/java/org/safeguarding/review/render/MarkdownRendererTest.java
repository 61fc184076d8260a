package org.safeguarding.review.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Action;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.Resource;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.testing.ModelGenerators;

class MarkdownRendererTest {

  private static final String HOSTILE =
      "<script>alert(1)</script> *bold* _em_ `code` [link](http://x) ![img](y) &amp; # not a heading"
          + " | a | table | ~~strike~~ \\ back <b>html</b> {braces}";

  private final MarkdownRenderer renderer = MarkdownRenderer.standard();

  @Test
  void everyTextRendersAsPlainTextWhateverItHolds() {
    for (String text : List.of(HOSTILE, "- a list?", "+ plus", "1. numbered", "2) numbered", "# heading", "> quote",
        "=== underline", "    indented code", "line\nbreak\n\nparagraph", "&#60;script&#62;", "a\\*b")) {
      LearningSummary summary = summaryWithEveryTextSetTo(text);

      String markdown = renderer.render(summary);
      Node document = Parser.builder().build().parse(markdown);

      assertThat(markupFromText(document)).as("markup made from: " + text).isEmpty();
      assertThat(plainText(document)).as("text of: " + text).contains(text.replaceAll("\\s+", " ").strip());
    }
  }

  @Test
  void generatedDocumentsRenderWithoutMarkupFromTheirText() {
    qt().withShrinkCycles(10)
        .withExamples(200)
        .forAll(ModelGenerators.documents())
        .checkAssert(
            document -> {
              Node parsed = Parser.builder().build().parse(renderer.render(document));
              assertThat(markupFromText(parsed)).isEmpty();
            });
  }

  @Test
  void rendersTheSectionsInOrderUnderTheirHeadings() {
    String markdown = renderer.render(TestDocuments.learningSummary());

    assertThat(markdown)
        .startsWith("# Infant A\n\n7-minute briefing · Exampleshire Safeguarding Children Partnership\n")
        .contains("\n## Key learning\n")
        .contains("- Safer sleep advice was not repeated after the move. *(Safer sleep)*\n")
        .contains("- **Recommendation R1:** Repeat safer sleep advice at every change of address. (answers F1)\n")
        .endsWith("\n");
  }

  private static LearningSummary summaryWithEveryTextSetTo(String text) {
    LearningSummary base = TestDocuments.learningSummary();
    return LearningSummary.builder()
        .from(base)
        .title(text)
        .series(text)
        .addKeywords(text)
        .sections(
            List.of(
                org.safeguarding.review.Section.builder()
                    .kind(org.safeguarding.review.SectionKind.LEARNING)
                    .heading(text)
                    .addContent(org.safeguarding.review.Block.paragraph(text))
                    .addContent(
                        org.safeguarding.review.Block.of(
                            org.safeguarding.review.Finding.builder()
                                .id("F1")
                                .kind(FindingKind.LEARNING)
                                .title(text)
                                .statement(text)
                                .detail(text)
                                .build()))
                    .addContent(org.safeguarding.review.Block.question(text))
                    .addContent(org.safeguarding.review.Block.of(org.safeguarding.review.Action.of(text)))
                    .addContent(
                        org.safeguarding.review.Block.of(
                            org.safeguarding.review.Resource.builder()
                                .title(text)
                                .link("https://example.org/a_b*c(d)")
                                .description(text)
                                .build()))
                    .build()))
        .build();
  }

  /** Markup the renderer never writes for document text: HTML, links other than resources, code, images. */
  private static List<String> markupFromText(Node document) {
    List<String> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlInline node) {
            found.add("inline HTML");
          }

          @Override
          public void visit(HtmlBlock node) {
            found.add("HTML block");
          }

          @Override
          public void visit(Code node) {
            found.add("code");
          }

          @Override
          public void visit(Image node) {
            found.add("image");
          }

          @Override
          public void visit(Link node) {
            if (!node.getDestination().startsWith("http")) {
              found.add("link to " + node.getDestination());
            }
            visitChildren(node);
          }

          @Override
          public void visit(org.commonmark.node.IndentedCodeBlock node) {
            found.add("code block");
          }

          @Override
          public void visit(org.commonmark.node.BlockQuote node) {
            found.add("block quote");
          }

          @Override
          public void visit(org.commonmark.node.OrderedList node) {
            found.add("ordered list");
          }
        });
    return found;
  }

  private static String plainText(Node document) {
    StringBuilder text = new StringBuilder();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(Emphasis node) {
            visitChildren(node);
          }

          @Override
          public void visit(StrongEmphasis node) {
            visitChildren(node);
          }
        });
    return text.toString();
  }
}
