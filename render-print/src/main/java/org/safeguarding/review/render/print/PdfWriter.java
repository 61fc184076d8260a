package org.safeguarding.review.render.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlWriter;
import org.safeguarding.review.render.print.PrintPage.Aside;
import org.safeguarding.review.render.print.PrintPage.Part;

/**
 * A laid-out document as tagged PDF (PDF/UA-1), made by openhtmltopdf on Apache PDFBox from an
 * XHTML page and a print stylesheet: A4, the title and classification in a running header, page
 * numbers in the footer, the type embedded, the language British English, and the title in the
 * metadata and the window's title bar. The page's elements become the structure tree: headings,
 * paragraphs, lists, tables and links in reading order; the running header and footer are
 * artifacts. The page names no resource outside itself, and none would be loaded.
 */
final class PdfWriter {

  /** The print stylesheet: A4, running header and page numbers, the tool's additions in grey boxes. */
  static final String STYLE =
      String.join(
          "\n",
          "@page { size: A4; margin: 2.4cm 2cm 2cm 2cm;",
          "  @top-left { content: element(running-header); vertical-align: bottom; }",
          "  @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); font: 8.5pt '" + PrintFont.FAMILY + "'; color: #333; } }",
          "body { font: 10.5pt/1.4 '" + PrintFont.FAMILY + "'; color: #000; }",
          ".running-header { position: running(running-header); width: 17cm; font-size: 8.5pt; color: #333; }",
          ".running-header .classification { float: right; font-weight: bold; margin-left: 12pt; }",
          "h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 10pt; }",
          "h2 { font-size: 14.5pt; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 0.75pt solid #777; }",
          "h3 { font-size: 12pt; margin: 12pt 0 4pt; }",
          "h4, h5, h6 { font-size: 10.5pt; margin: 10pt 0 3pt; }",
          "h1, h2, h3, h4, h5, h6 { page-break-after: avoid; }",
          "p, ul, ol, table { margin: 0 0 6pt; }",
          "ul, ol { padding-left: 16pt; }",
          "li { page-break-inside: avoid; }",
          "li > ul, li > ol { margin: 2pt 0; }",
          "li p { margin: 0 0 2pt; }",
          "ul.numbered { list-style: none; padding-left: 0; }",
          "a { color: #0b4fa0; }",
          "table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }",
          "th, td { border: 0.75pt solid #666; padding: 3pt 4pt; text-align: left; vertical-align: top; }",
          "th { background: #e8e8e8; }",
          "tr { page-break-inside: avoid; }",
          "aside { margin: 0 0 10pt; padding: 4pt 8pt; border: 0.75pt solid #777; border-left: 3pt solid #555;",
          "  background: #f0f0f0; font-size: 9pt; color: #222; }",
          "aside p, aside ul { margin: 2pt 0; }",
          "aside ul { padding-left: 12pt; }",
          "em.srm-added { color: #555; }",
          "blockquote { margin: 0 0 6pt 12pt; padding-left: 8pt; border-left: 2pt solid #999; }",
          "body.briefing { font-size: 9.5pt; line-height: 1.3; }",
          "body.briefing h1 { font-size: 17pt; margin-bottom: 6pt; }",
          ".row { margin: 0 0 8pt; }",
          ".part { display: inline-block; vertical-align: top; box-sizing: border-box; width: 48.5%;",
          "  border: 1.25pt solid #333; padding: 4pt 6pt; }",
          ".part + .part { margin-left: 3%; }",
          ".part h2 { font-size: 12pt; margin: 0 0 4pt; border-bottom: none; padding: 0; }",
          ".part h3 { font-size: 10.5pt; margin: 6pt 0 2pt; }",
          ".part p, .part ul, .part ol, .part table { margin-bottom: 4pt; }");

  private PdfWriter() {}

  static void write(PrintPage page, OutputStream out) {
    PrintLog.install();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePdfUaAccessibility(true);
    builder.withProducer("srm");
    builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    for (PrintFont font : PrintFont.values()) {
      builder.useFont(font::stream, PrintFont.FAMILY, font.weight, font.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
    }
    builder.withHtmlContent(xhtml(page), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page as XHTML, every character one the font can draw. */
  static String xhtml(PrintPage page) {
    StringBuilder text = new StringBuilder();
    HtmlWriter html = new HtmlWriter(text);
    html.raw("<!DOCTYPE html>");
    html.line();
    html.tag("html", attributes("xmlns", "http://www.w3.org/1999/xhtml", "lang", "en-GB", "xml:lang", "en-GB"));
    html.tag("head");
    html.tag("meta", attributes("charset", "utf-8"), true);
    html.tag("title");
    html.text(page.title());
    html.tag("/title");
    html.tag("meta", attributes("name", "subject", "content", page.subject()), true);
    html.tag("meta", attributes("name", "description", "content", page.subject() + ": " + page.title()), true);
    html.tag("style");
    html.raw(STYLE);
    html.tag("/style");
    html.tag("/head");
    html.line();
    html.tag("body", page.briefing() ? attributes("class", "briefing") : attributes());
    html.line();
    html.tag("div", attributes("class", "running-header"));
    html.tag("span", attributes("class", "classification"));
    html.text(page.classification());
    html.tag("/span");
    html.text(page.title());
    html.tag("/div");
    html.line();
    html.tag("h1");
    html.text(page.title());
    html.tag("/h1");
    html.line();
    asides(html, text, page.before());
    html.tag("main");
    html.line();
    boolean rowOpen = false;
    for (Part part : page.parts()) {
      if (part.boxed()) {
        if (!rowOpen) {
          html.tag("div", attributes("class", "row"));
        }
        html.tag("section", attributes("class", "part"));
      } else if (rowOpen) {
        html.tag("/div");
        rowOpen = false;
      }
      part.blocks().forEach(block -> MarkdownHtml.writeForPrint(block, text));
      if (part.boxed()) {
        html.tag("/section");
        if (rowOpen) {
          html.tag("/div");
          html.line();
        }
        rowOpen = !rowOpen;
      }
    }
    if (rowOpen) {
      html.tag("/div");
    }
    html.tag("/main");
    html.line();
    asides(html, text, page.after());
    html.tag("/body");
    html.tag("/html");
    html.line();
    return PrintFont.drawable(text.toString());
  }

  /** Attributes in the order given, as names and values, so that the page is the same every time. */
  private static Map<String, String> attributes(String... namesAndValues) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      attributes.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return attributes;
  }

  private static void asides(HtmlWriter html, StringBuilder text, List<Aside> asides) {
    for (Aside aside : asides) {
      html.tag("aside", attributes("class", aside.className(), "aria-label", aside.label()));
      html.line();
      Node content = aside.content();
      MarkdownHtml.writeForPrint(content, text);
      html.tag("/aside");
      html.line();
    }
  }
}
