package org.safeguarding.review.cli;

import static org.safeguarding.review.cli.HtmlPages.attributes;

import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.renderer.html.HtmlWriter;
import org.safeguarding.review.stats.Frequency;

/**
 * A horizontal bar chart as inline SVG, for an HTML page: one bar a row, most frequent first, each
 * with its label on the left and its count at its end. The chart is an image with a title and a
 * description that gives every row in words; a label too long for the chart is shortened on the
 * bar and given whole in the row's own title. Every text is escaped by commonmark's {@link
 * HtmlWriter}.
 */
final class BarChart {

  private static final int ROW = 24;
  private static final int BAR = 16;
  private static final int NARROW = 7;
  private static final int WIDE = 9;
  private static final int LONGEST_LABEL = 48;
  private static final int BARS = 360;
  private static final int NUMBER = 48;
  private static final int TOP = 4;

  private BarChart() {}

  /**
   * Writes the chart of {@code rows}.
   *
   * @param id a prefix for the ids of the chart's title and description, unique in the page
   * @param title what the chart shows, such as "Learning themes: documents that mention each"
   */
  static void write(HtmlWriter html, String id, String title, List<Frequency> rows) {
    long most = rows.stream().mapToLong(Frequency::count).max().orElse(1);
    int labels = rows.stream().mapToInt(row -> width(shortened(row.label()))).max().orElse(0) + 12;
    int width = labels + BARS + NUMBER;
    int height = TOP * 2 + rows.size() * ROW;
    html.tag("svg", attributes(
        "xmlns", "http://www.w3.org/2000/svg",
        "class", "chart",
        "role", "img",
        "aria-labelledby", id + "-title " + id + "-description",
        "viewBox", "0 0 " + width + " " + height,
        "width", Integer.toString(width),
        "height", Integer.toString(height)));
    html.line();
    html.tag("title", attributes("id", id + "-title"));
    html.text(title);
    html.tag("/title");
    html.line();
    html.tag("desc", attributes("id", id + "-description"));
    html.text("Bar chart, most frequent first: "
        + rows.stream().map(row -> row.label() + ", " + row.count()).collect(Collectors.joining("; ")) + ".");
    html.tag("/desc");
    html.line();
    for (int i = 0; i < rows.size(); i++) {
      Frequency row = rows.get(i);
      int y = TOP + i * ROW;
      int length = (int) Math.max(1, Math.round((double) row.count() / most * BARS));
      html.tag("g", attributes("class", "bar"));
      html.tag("title");
      html.text(row.label() + ": " + row.count());
      html.tag("/title");
      html.tag("text", attributes("class", "label", "x", Integer.toString(labels - 8), "y", Integer.toString(y + BAR - 3), "text-anchor", "end"));
      html.text(shortened(row.label()));
      html.tag("/text");
      html.tag("rect", attributes("x", Integer.toString(labels), "y", Integer.toString(y), "width", Integer.toString(length), "height", Integer.toString(BAR)));
      html.tag("/rect");
      html.tag("text", attributes("class", "count", "x", Integer.toString(labels + length + 6), "y", Integer.toString(y + BAR - 3)));
      html.text(Long.toString(row.count()));
      html.tag("/text");
      html.tag("/g");
      html.line();
    }
    html.tag("/svg");
    html.line();
  }

  /** A generous estimate of the width of {@code label} at 13 pixels: capitals and digits are wider. */
  private static int width(String label) {
    return label.codePoints().map(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '_' ? WIDE : NARROW).sum();
  }

  private static String shortened(String label) {
    if (label.length() <= LONGEST_LABEL) {
      return label;
    }
    int cut = LONGEST_LABEL - 1;
    if (Character.isHighSurrogate(label.charAt(cut - 1))) {
      cut--;
    }
    return label.substring(0, cut).stripTrailing() + "…";
  }
}
