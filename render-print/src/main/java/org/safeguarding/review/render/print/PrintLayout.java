package org.safeguarding.review.render.print;

import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;

/** How a document is laid out on A4 pages, the same in PDF and in Word. */
public enum PrintLayout {
  /**
   * The document as its readers know it: a learning document as published, its sections in the
   * partnership's order; a rapid review as its form, under the four headings of the Panel's
   * template (the facts of the case, immediate action, improvements, next steps).
   */
  DOCUMENT,
  /**
   * A seven-minute briefing: the title, then each top-level part of the document (a section
   * under its own number and heading) in a box of its own, two to a row, on one or two A4 pages.
   * The layout holds {@value #SEVEN_MINUTE_PARTS} parts; a document with more shows them all, after
   * a note that says so. For learning documents only.
   */
  SEVEN_MINUTE_BRIEFING;

  /** The parts a seven-minute briefing has and its layout holds. */
  public static final int SEVEN_MINUTE_PARTS = 7;

  /**
   * {@return whether this layout can lay out {@code document}: the document layout every
   * document, the seven-minute briefing learning documents only}
   *
   * @param document a document
   */
  public boolean accepts(ReviewDocument document) {
    return this == DOCUMENT || document instanceof LearningSummary;
  }
}
