package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.render.MarkdownBlock.Paragraph;

/**
 * Renders a document as CommonMark Markdown (tables as in GitHub Flavored Markdown) for reading.
 *
 * <p>A learning document is shown as published: its title, then its sections in order, each under
 * its own number and heading (an untitled section gets none), with its paragraphs, lists (lead-ins,
 * published numbers and nesting kept), tables, glossaries, findings, recommendations, actions,
 * questions and resources where they were printed. A rapid review is shown as the form it is: its
 * parts in order under their names. The renderer never adds a heading, label or number that the
 * document does not carry; ids, kinds and theme tags of parts are not shown.
 *
 * <p>What the tool adds is labelled as its own and can be switched off:
 *
 * <ul>
 *   <li>the <b>provenance line</b> ({@link #withProvenance(boolean)}): where the text comes from and
 *       how complete it is, a block quote that begins "Provenance (added by srm)";
 *   <li>the <b>case details</b> ({@link #withCaseDetails(boolean)}): everything the document holds
 *       as typed data beside its text (its format and partnership, people, sources, children with
 *       ages as written, groups, family members, incidents, moves, housing placements, agencies with
 *       names as written, figures, stated counts, recommendations' owners and dates, keywords and
 *       themes), a block quote that begins "Case details (added by srm from the document's data)";
 *       for a rapid review, whose parts are its form, only the agencies it names and its themes;
 *   <li><b>omission marks</b> ({@link #withOmissionMarks(boolean)}): "[text not available]", in
 *       emphasis, where the document's text is missing, and "[the copy ends here]" after a text cut
 *       part-way through. The body uses emphasis for nothing else.
 * </ul>
 *
 * <p>All document text is escaped: whatever a document holds, including HTML and Markdown control
 * characters, it renders as the same plain text, with runs of whitespace as one space. The output
 * is deterministic, uses {@code \n} line ends and ends with one. Instances are immutable and
 * thread-safe.
 *
 * @param provenance whether the provenance line is shown
 * @param caseDetails whether the case details are shown
 * @param omissionMarks whether places where text is not available are marked
 */
public record MarkdownRenderer(boolean provenance, boolean caseDetails, boolean omissionMarks) {

  /**
   * The marker of a list whose published numbers CommonMark cannot print as an ordered list's
   * ("1.1", "(a)", "Step 3", "5." then "7."): its items begin with their numbers as text. Bullet
   * lists use {@code -} and {@code *}, never this marker, so a page made from this Markdown can show
   * such lists without bullets.
   */
  public static final String NUMBERED_LIST_MARKER = "+";

  private static final MarkdownRenderer STANDARD = new MarkdownRenderer(true, true, true);

  /** {@return the renderer with everything the tool adds switched on} */
  public static MarkdownRenderer standard() {
    return STANDARD;
  }

  /**
   * This renderer, with the provenance line shown or not.
   *
   * @param shown whether to show it
   * @return a renderer that does, otherwise the same as this one
   */
  public MarkdownRenderer withProvenance(boolean shown) {
    return new MarkdownRenderer(shown, caseDetails, omissionMarks);
  }

  /**
   * This renderer, with the case details block shown or not.
   *
   * @param shown whether to show it
   * @return a renderer that does, otherwise the same as this one
   */
  public MarkdownRenderer withCaseDetails(boolean shown) {
    return new MarkdownRenderer(provenance, shown, omissionMarks);
  }

  /**
   * This renderer, with marks where text is not available shown or not.
   *
   * @param shown whether to show it
   * @return a renderer that does, otherwise the same as this one
   */
  public MarkdownRenderer withOmissionMarks(boolean shown) {
    return new MarkdownRenderer(provenance, caseDetails, shown);
  }

  /**
   * The document as one Markdown document.
   *
   * @param document a valid document
   * @return its Markdown
   */
  public String render(ReviewDocument document) {
    return renderParts(document).markdown();
  }

  /**
   * The document as Markdown, in its parts, for a page that lays them out itself.
   *
   * @param document a valid document
   * @return its parts
   */
  public RenderedDocument renderParts(ReviewDocument document) {
    Objects.requireNonNull(document, "document");
    Optional<String> line = provenance ? ProvenanceLine.of(document.getProvenance()) : Optional.empty();
    if (document instanceof LearningSummary summary) {
      List<MarkdownBlock> body = new ArrayList<>();
      summary.getSubtitle().ifPresent(subtitle -> body.add(new Paragraph(MarkdownText.emphasis(MarkdownText.escape(subtitle)))));
      body.addAll(new Content(omissionMarks).sections(summary.getSections(), 1));
      if (omissionMarks && endsMidway(summary)) {
        body.add(new Paragraph(MarkdownText.emphasis("\\[the copy ends here\\]")));
      }
      return new RenderedDocument(summary.getTitle(), line, caseDetails ? CaseDetails.of(summary) : List.of(), body);
    }
    RapidReview review = (RapidReview) document;
    return new RenderedDocument(RapidReviewForm.title(review), line, caseDetails ? CaseDetails.of(review) : List.of(), RapidReviewForm.of(review));
  }

  private static boolean endsMidway(ReviewDocument document) {
    return document.getProvenance().flatMap(p -> p.getCompleteness()).flatMap(c -> c.getEndsMidway()).orElse(false);
  }
}
