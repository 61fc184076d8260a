package org.safeguarding.review.render.print;

import java.util.List;
import org.commonmark.node.Node;

/**
 * A document laid out for print, before it is written as PDF or Word: what the running header
 * says, the title, the tool's additions before and after the body, and the body in parts. Every
 * node is the tree of the renderer's Markdown, whose document text is escaped.
 *
 * @param title the title, plain text
 * @param classification the classification's label, for the running header
 * @param subject what kind of document it is, for the file's metadata
 * @param before the tool's additions shown before the body
 * @param parts the body: one part for a document as published, a part each for a briefing's boxes
 * @param after the tool's additions shown after the body
 * @param briefing whether the parts are a seven-minute briefing's boxes
 */
record PrintPage(String title, String classification, String subject, List<Aside> before, List<Part> parts, List<Aside> after, boolean briefing) {

  /**
   * One of the tool's additions, set apart from the document's text.
   *
   * @param label what it is, for assistive technology ("Provenance", "Case details", "Layout")
   * @param className its class on the page
   * @param content its Markdown's tree, beginning with its label in strong emphasis
   */
  record Aside(String label, String className, Node content) {}

  /**
   * A run of the body's blocks: the whole body, or one part of a briefing (its heading first).
   *
   * @param blocks the blocks, in order
   * @param boxed whether it is one of a briefing's boxed parts
   */
  record Part(List<Node> blocks, boolean boxed) {}
}
