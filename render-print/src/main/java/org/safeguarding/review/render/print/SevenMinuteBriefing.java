package org.safeguarding.review.render.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.safeguarding.review.render.print.PrintPage.Part;

/**
 * The parts of a seven-minute briefing: what comes before the first top-level heading (a subtitle,
 * an untitled opening) unboxed under the title, then each top-level section of the document, from
 * its heading to the next, in a box. A document with more parts than the layout holds is shown
 * whole, after a note that says so.
 */
final class SevenMinuteBriefing {

  /** The level of a top-level section's heading in the renderer's Markdown (the title is level 1). */
  private static final int PART_HEADING = 2;

  private SevenMinuteBriefing() {}

  static List<Part> parts(List<Node> body) {
    List<Part> parts = new ArrayList<>();
    List<Node> current = new ArrayList<>();
    boolean boxed = false;
    for (Node block : body) {
      if (block instanceof Heading heading && heading.getLevel() == PART_HEADING) {
        if (!current.isEmpty()) {
          parts.add(new Part(current, boxed));
        }
        current = new ArrayList<>();
        boxed = true;
      }
      current.add(block);
    }
    if (!current.isEmpty()) {
      parts.add(new Part(current, boxed));
    }
    return parts;
  }

  /** The note, as the tool's words, when the briefing has more parts than the layout holds. */
  static Optional<Node> note(List<Part> parts) {
    long count = parts.stream().filter(Part::boxed).count();
    if (count <= PrintLayout.SEVEN_MINUTE_PARTS) {
      return Optional.empty();
    }
    return Optional.of(MarkdownHtml.parse(
        "**Layout** (added by srm): this document has " + count + " parts; a seven-minute briefing has "
            + PrintLayout.SEVEN_MINUTE_PARTS + ". All " + count + " are shown, the last "
            + (count - PrintLayout.SEVEN_MINUTE_PARTS) + " after the seventh."));
  }
}
