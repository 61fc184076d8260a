package org.safeguarding.review.render.print;

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
import org.safeguarding.review.render.MarkdownRenderer;

/**
 * The Markdown of {@link MarkdownRenderer} read back as a tree and written as HTML, for srm's page
 * and for print alike: commonmark-java with GitHub Flavored Markdown tables, raw HTML escaped and
 * only safe link targets kept, so that document text stays text whatever it holds.
 *
 * <p>Two conventions of the renderer's Markdown are marked with classes for a stylesheet: a list
 * marked {@code +} is a numbered list whose items begin with their published numbers ({@code
 * class="numbered"}, shown without bullets); emphasis is the tool's own words, such as a mark where
 * text is not available ({@code class="srm-added"}). A link that shows its own address has {@code
 * class="srm-url"}.
 */
public final class MarkdownHtml {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer PAGE = renderer(false);
  private static final HtmlRenderer PRINT = renderer(true);

  private MarkdownHtml() {}

  /**
   * The renderer's Markdown as commonmark-java's tree.
   *
   * @param markdown Markdown as {@link MarkdownRenderer} writes it
   * @return its document node
   */
  public static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /**
   * Writes the HTML of the renderer's Markdown.
   *
   * @param markdown Markdown as {@link MarkdownRenderer} writes it
   * @param out where the HTML goes
   */
  public static void write(String markdown, Appendable out) {
    PAGE.render(parse(markdown), out);
  }

  /** The HTML of a node for print: as on the page, and each link titled with its address, as PDF/UA asks of a link. */
  static void writeForPrint(Node node, Appendable out) {
    PRINT.render(node, out);
  }

  /** {@return whether the list is one whose items begin with their published numbers} */
  static boolean numbered(BulletList list) {
    return MarkdownRenderer.NUMBERED_LIST_MARKER.equals(list.getMarker());
  }

  /** {@return whether the link's text is its own address} */
  static boolean showsItsAddress(Link link) {
    return link.getFirstChild() instanceof Text text && text.getNext() == null && text.getLiteral().equals(link.getDestination());
  }

  private static HtmlRenderer renderer(boolean titledLinks) {
    return HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .attributeProviderFactory(context -> new Classes(titledLinks))
        .build();
  }

  /** Classes for the renderer's conventions: numbered lists, the tool's words, links that show their address. */
  private record Classes(boolean titledLinks) implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof BulletList list && numbered(list)) {
        attributes.put("class", "numbered");
      } else if (node instanceof Emphasis) {
        attributes.put("class", "srm-added");
      } else if (node instanceof Link link) {
        if (showsItsAddress(link)) {
          attributes.put("class", "srm-url");
        }
        if (titledLinks) {
          attributes.put("title", link.getDestination());
        }
      }
    }
  }
}
