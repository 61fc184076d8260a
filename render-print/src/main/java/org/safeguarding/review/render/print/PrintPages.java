package org.safeguarding.review.render.print;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.render.RenderedDocument;
import org.safeguarding.review.render.print.PrintPage.Aside;
import org.safeguarding.review.render.print.PrintPage.Part;

/**
 * Lays a rendered document out for print: its title and classification for the running header,
 * the tool's additions as asides, and its body as the layout asks. Everything shown comes from
 * {@link MarkdownRenderer}'s parts, so a part the renderer shows is printed without naming it here.
 */
final class PrintPages {

  private PrintPages() {}

  static PrintPage of(ReviewDocument document, MarkdownRenderer renderer, PrintLayout layout) {
    if (!layout.accepts(document)) {
      throw new IllegalArgumentException("The seven-minute briefing layout is for learning documents, not rapid reviews");
    }
    RenderedDocument rendered = renderer.renderParts(document);
    List<Aside> additions = new ArrayList<>();
    rendered.provenance().ifPresent(markdown -> additions.add(new Aside("Provenance", "srm-provenance", MarkdownHtml.parse(markdown))));
    rendered.caseDetails().ifPresent(markdown -> additions.add(new Aside("Case details", "srm-details", MarkdownHtml.parse(markdown))));
    List<Node> body = children(MarkdownHtml.parse(rendered.body()));
    String classification = document.classification().getLabel();
    if (layout == PrintLayout.SEVEN_MINUTE_BRIEFING) {
      List<Part> parts = SevenMinuteBriefing.parts(body);
      List<Aside> before = SevenMinuteBriefing.note(parts).map(note -> List.of(new Aside("Layout", "srm-note", note))).orElse(List.of());
      return new PrintPage(rendered.title(), classification, subject(document), before, parts, additions, true);
    }
    List<Node> blocks = document instanceof RapidReview ? PanelTemplate.regroup(body) : body;
    return new PrintPage(rendered.title(), classification, subject(document), additions, List.of(new Part(blocks, false)), List.of(), false);
  }

  /** What kind of document it is: a learning document's published form, or a rapid review. */
  private static String subject(ReviewDocument document) {
    return document instanceof LearningSummary summary ? summary.getFormatLabel().orElse(summary.getFormat().getLabel()) : "Rapid review";
  }

  /** The node's children, unlinked from it, so they can be regrouped. */
  static List<Node> children(Node parent) {
    List<Node> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      child.unlink();
      children.add(child);
      child = next;
    }
    return children;
  }

  /** A heading's text as a reader sees it: its text nodes joined. */
  static String text(Heading heading) {
    StringBuilder text = new StringBuilder();
    heading.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Text node) {
        text.append(node.getLiteral());
      }
    });
    return text.toString();
  }
}
