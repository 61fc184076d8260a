package org.safeguarding.review.cli;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader of an HTML page sees, for tests, as jsoup parses the page: every text node as
 * it is, a line end after each block, and each item of an ordered list after the number the
 * browser shows for it.
 */
final class PageText {

  private PageText() {}

  /** The text of {@code root} and everything in it. */
  static String of(Element root) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              text.append(textNode.getWholeText());
            } else if (node instanceof Element item && item.nameIs("li") && item.parent() != null && item.parent().nameIs("ol")) {
              Element list = item.parent();
              int start = list.hasAttr("start") ? Integer.parseInt(list.attr("start")) : 1;
              text.append(start + item.elementSiblingIndex()).append(". ");
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
              text.append('\n');
            }
          }
        },
        root);
    return text.toString();
  }
}
