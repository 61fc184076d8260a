package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.render.MarkdownBlock.Heading;
import org.safeguarding.review.render.MarkdownBlock.Paragraph;
import org.safeguarding.review.render.MarkdownBlock.Quote;

/**
 * A document rendered as Markdown, in its parts: its title, the provenance line and the case
 * details block the tool adds (each absent when switched off or empty), and the body, the
 * document's own text or, for a rapid review, its form. {@link #markdown()} joins them as one
 * Markdown document, the tool's parts as block quotes that begin with their labels; a page can lay
 * the parts out on its own. Each part is CommonMark (tables as in GitHub Flavored Markdown) whose
 * document text is escaped. Instances are immutable.
 */
public final class RenderedDocument {

  private final String title;
  private final Optional<String> provenance;
  private final List<MarkdownBlock> caseDetails;
  private final List<MarkdownBlock> body;

  RenderedDocument(String title, Optional<String> provenance, List<MarkdownBlock> caseDetails, List<MarkdownBlock> body) {
    this.title = Objects.requireNonNull(title, "title");
    this.provenance = provenance;
    this.caseDetails = List.copyOf(caseDetails);
    this.body = List.copyOf(body);
  }

  /** {@return the title as plain text, not escaped: the document's title, or for a rapid review its type and partnership} */
  public String title() {
    return title;
  }

  /** {@return the provenance line as Markdown (one paragraph that begins with its label), if shown} */
  public Optional<String> provenance() {
    return provenance.map(line -> MarkdownWriter.write(List.of(new Paragraph(line))));
  }

  /** {@return the case details block as Markdown (a labelled list of the document's typed facts), if shown} */
  public Optional<String> caseDetails() {
    return caseDetails.isEmpty() ? Optional.empty() : Optional.of(MarkdownWriter.write(caseDetails));
  }

  /** {@return the body as Markdown: the sections of a learning document, or the parts of a rapid review's form} */
  public String body() {
    return body.isEmpty() ? "" : MarkdownWriter.write(body);
  }

  /** {@return the whole document as Markdown: the title, then the tool's parts as block quotes, then the body} */
  public String markdown() {
    List<MarkdownBlock> blocks = new ArrayList<>();
    blocks.add(new Heading(1, MarkdownText.escape(title)));
    provenance.ifPresent(line -> blocks.add(new Quote(List.of(new Paragraph(line)))));
    if (!caseDetails.isEmpty()) {
      blocks.add(new Quote(caseDetails));
    }
    blocks.addAll(body);
    return MarkdownWriter.write(blocks);
  }

  @Override
  public String toString() {
    return markdown();
  }
}
