package org.safeguarding.review.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * An HTML page made from rendered Markdown by commonmark-java. The page's markup comes from
 * commonmark's renderer and writer, which escape every text; raw HTML in the Markdown is escaped
 * too, and only safe link targets are kept.
 */
final class HtmlPage {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private HtmlPage() {}

  /** A whole page titled {@code title}, whose body is {@code markdown} as HTML. */
  static String of(String title, String markdown) {
    Node document = PARSER.parse(markdown);
    StringBuilder page = new StringBuilder();
    HtmlWriter html = new HtmlWriter(page);
    html.raw("<!DOCTYPE html>");
    html.line();
    html.tag("html", Map.of("lang", "en"));
    html.line();
    html.tag("head");
    html.tag("meta", Map.of("charset", "utf-8"), true);
    Map<String, String> viewport = new LinkedHashMap<>();
    viewport.put("name", "viewport");
    viewport.put("content", "width=device-width, initial-scale=1");
    html.tag("meta", viewport, true);
    html.tag("title");
    html.text(title);
    html.tag("/title");
    html.tag("/head");
    html.line();
    html.tag("body");
    html.line();
    RENDERER.render(document, page);
    html.tag("/body");
    html.line();
    html.tag("/html");
    html.line();
    return page.toString();
  }
}
