package org.safeguarding.review.cli;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.render.RenderedDocument;

/**
 * A standalone HTML page of a rendered document, which a partnership could publish as it is: the
 * title as the page's one {@code h1}, the tool's provenance line and case details each in an
 * {@code aside} that says what it is, and the document in {@code main}, with the sections' headings
 * as {@code h2} to {@code h6}. The page is in British English ({@code lang="en-GB"}), carries its own
 * stylesheet with a print layout, and loads nothing: its Content-Security-Policy allows no source at
 * all but that stylesheet, by its hash.
 *
 * <p>The markup comes from commonmark-java's renderer and writer, which escape every text; raw
 * HTML in the Markdown is escaped too, and only safe link targets are kept. Two conventions of the
 * renderer's Markdown are styled: a list marked {@code +} is a numbered list whose items begin with
 * their published numbers, shown without bullets; emphasis is the tool's own words, such as a mark
 * where text is not available, shown in grey.
 */
final class HtmlPage {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .attributeProviderFactory(context -> new Classes())
          .build();

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
    RENDERER.render(PARSER.parse(document.body()), page);
    html.tag("/main");
    html.line();
    HtmlPages.end(html);
    return page.toString();
  }

  private static void aside(HtmlWriter html, StringBuilder page, String className, String label, String markdown) {
    html.tag("aside", HtmlPages.attributes("class", className, "aria-label", label));
    html.line();
    RENDERER.render(PARSER.parse(markdown), page);
    html.tag("/aside");
    html.line();
  }

  /** Classes for the renderer's conventions: numbered lists, the tool's words, links that show their address. */
  private static final class Classes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof BulletList list && MarkdownRenderer.NUMBERED_LIST_MARKER.equals(list.getMarker())) {
        attributes.put("class", "numbered");
      } else if (node instanceof Emphasis) {
        attributes.put("class", "srm-added");
      } else if (node instanceof Link link && link.getFirstChild() instanceof Text text
          && text.getNext() == null && text.getLiteral().equals(link.getDestination())) {
        attributes.put("class", "srm-url");
      }
    }
  }
}
