package org.safeguarding.review.cli;

import org.commonmark.renderer.html.HtmlWriter;
import org.safeguarding.review.render.RenderedDocument;
import org.safeguarding.review.render.print.MarkdownHtml;

/**
 * A standalone HTML page of a rendered document, which a partnership could publish as it is: the
 * title as the page's one {@code h1}, the tool's provenance line and case details each in an
 * {@code aside} that says what it is, and the document in {@code main}, with the sections' headings
 * as {@code h2} to {@code h6}. The page is in British English ({@code lang="en-GB"}), carries its own
 * stylesheet with a print layout, and loads nothing: its Content-Security-Policy allows no source at
 * all but that stylesheet, by its hash.
 *
 * <p>The markup comes from commonmark-java's renderer and writer, as {@link MarkdownHtml} (which
 * the PDF shares) configures them: every text escaped, raw HTML in the Markdown escaped too, and only
 * safe link targets kept. Two conventions of the renderer's Markdown are styled: a list marked
 * {@code +} is a numbered list whose items begin with their published numbers, shown without
 * bullets; emphasis is the tool's own words, such as a mark where text is not available, shown in
 * grey.
 */
final class HtmlPage {

  /** The page's stylesheet: a readable column on screen, serif type and page margins in print. */
  static final String STYLE =
      String.join(
          "\n",
          "",
          "html { color-scheme: light; }",
          "body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; color: #1f2328; background: #fff;",
          "  font: 1rem/1.55 system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif; }",
          "h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 1rem; }",
          "h2 { font-size: 1.4rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid #d0d7de; }",
          "h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }",
          "h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }",
          "p, ul, ol, table { margin: 0 0 0.9rem; }",
          "li > ul, li > ol { margin: 0.2rem 0; }",
          "ul.numbered { list-style: none; padding-left: 0; }",
          "a { color: #0b57d0; overflow-wrap: anywhere; }",
          "table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }",
          "th, td { border: 1px solid #8c959f; padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }",
          "th { background: #f0f2f4; }",
          "aside { margin: 0 0 1.2rem; padding: 0.6rem 1rem; border-left: 4px solid #6e7781; background: #f6f8fa;",
          "  font-size: 0.92rem; color: #353b42; }",
          "aside p, aside ul { margin: 0.3rem 0; }",
          "aside ul { padding-left: 1.2rem; }",
          "em.srm-added { color: #57606a; }",
          "@media print {",
          "  @page { size: A4; margin: 2cm; }",
          "  body { margin: 0; max-width: none; padding: 0; color: #000;",
          "    font: 11pt/1.45 Georgia, \"Times New Roman\", serif; }",
          "  h1, h2, h3, h4, h5, h6 { break-after: avoid; }",
          "  h2 { border-bottom-color: #999; }",
          "  aside { background: none; border: 1px solid #999; break-inside: avoid; }",
          "  li, tr, aside p { break-inside: avoid; }",
          "  thead { display: table-header-group; }",
          "  th { background: none; }",
          "  a { color: #000; }",
          "  a:not(.srm-url)::after { content: \" (\" attr(href) \")\"; font-size: 0.85em; overflow-wrap: anywhere; }",
          "}",
          "");

  private HtmlPage() {}

  /** The page of {@code document}. */
  static String of(RenderedDocument document) {
    StringBuilder page = new StringBuilder();
    HtmlWriter html = new HtmlWriter(page);
    HtmlPages.start(html, document.title(), STYLE);
    html.tag("header");
    html.line();
    html.tag("h1");
    html.text(document.title());
    html.tag("/h1");
    html.line();
    html.tag("/header");
    html.line();
    document.provenance().ifPresent(markdown -> aside(html, page, "srm-provenance", "Provenance", markdown));
    document.caseDetails().ifPresent(markdown -> aside(html, page, "srm-details", "Case details", markdown));
    html.tag("main");
    html.line();
    MarkdownHtml.write(document.body(), page);
    html.tag("/main");
    html.line();
    HtmlPages.end(html);
    return page.toString();
  }

  private static void aside(HtmlWriter html, StringBuilder page, String className, String label, String markdown) {
    html.tag("aside", HtmlPages.attributes("class", className, "aria-label", label));
    html.line();
    MarkdownHtml.write(markdown, page);
    html.tag("/aside");
    html.line();
  }
}
