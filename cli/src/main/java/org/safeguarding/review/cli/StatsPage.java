package org.safeguarding.review.cli;

import static org.safeguarding.review.cli.HtmlPages.attributes;

import java.util.List;
import java.util.Locale;
import org.commonmark.renderer.html.HtmlWriter;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * The statistics as a standalone HTML page a partnership could publish or print: {@code
 * lang="en-GB"}, no external resource and no script (its Content-Security-Policy, as {@link
 * HtmlPages} writes it, allows none), bar charts of learning themes and agencies
 * as inline SVG, and a table of every statistic with something to show. Its markup and every text
 * in it are written by commonmark's {@link HtmlWriter}, which escapes them.
 */
final class StatsPage {

  /** What the page is called, in its title and top heading. */
  static final String TITLE = "Safeguarding review statistics";

  /** The statistics drawn as charts, above the tables. */
  static final List<Statistic> CHARTS = List.of(Statistic.THEMES, Statistic.AGENCY_KINDS);

  private static final String STYLE =
      """
      :root { color: #0b0c0c; background: #ffffff; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; }
      body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.4; }
      h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
      h2 { font-size: 1.3rem; margin: 2rem 0 0.25rem; border-top: 2px solid #1d70b8; padding-top: 0.5rem; }
      p.counted { margin: 0 0 0.75rem; color: #484949; }
      figure { margin: 0.75rem 0 1rem; }
      figcaption { margin-bottom: 0.5rem; }
      svg.chart { max-width: 100%; height: auto; display: block; }
      svg.chart text { font-size: 13px; fill: #0b0c0c; font-family: inherit; }
      svg.chart rect { fill: #1d70b8; }
      table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
      th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #b1b4b6; vertical-align: top; }
      th.count, td.count { text-align: right; width: 6rem; font-variant-numeric: tabular-nums; }
      footer { margin-top: 2rem; font-size: 0.85rem; color: #484949; }
      @page { size: A4; margin: 15mm; }
      @media print {
        body { max-width: none; padding: 0; font-size: 10pt; }
        h2, p.counted { break-after: avoid; }
        figure, tr { break-inside: avoid; }
        svg.chart rect { fill: #1d70b8; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      }
      """;

  private StatsPage() {}

  static String of(CorpusStatistics statistics) {
    StringBuilder page = new StringBuilder();
    HtmlWriter html = new HtmlWriter(page);
    HtmlPages.start(html, TITLE, STYLE);
    html.tag("main");
    html.line();
    element(html, "h1", TITLE);
    html.tag("p", attributes("class", "counted"));
    html.text(StatsSummary.counted(statistics));
    html.tag("/p");
    html.line();
    List<StatsForPeople.Shown> shown = StatsForPeople.of(statistics);
    List<StatsForPeople.Shown> charted = shown.stream().filter(one -> CHARTS.contains(one.statistic())).toList();
    if (!charted.isEmpty()) {
      charts(html, charted);
    }
    for (StatsForPeople.Shown one : shown) {
      section(html, one);
    }
    html.tag("/main");
    html.line();
    html.tag("footer");
    html.line();
    html.tag("p");
    html.text("Counted by srm stats. Themes, pairs of themes, agencies, formats and document types count documents;"
        + " reviews, incidents, children, family members and placements count the items documents list;"
        + " findings, recommendations, actions and questions count listed items, and the ones a document states"
        + " as a number but does not list.");
    html.tag("/p");
    html.line();
    html.tag("/footer");
    html.line();
    HtmlPages.end(html);
    return page.toString();
  }

  /** The charts, first: the picture of the page. */
  private static void charts(HtmlWriter html, List<StatsForPeople.Shown> charted) {
    html.tag("section", attributes("aria-labelledby", "charts"));
    html.line();
    html.tag("h2", attributes("id", "charts"));
    html.text("At a glance");
    html.tag("/h2");
    html.line();
    for (StatsForPeople.Shown one : charted) {
      Statistic statistic = one.statistic();
      String id = statistic.getName();
      html.tag("figure");
      html.line();
      html.tag("figcaption");
      html.tag("strong");
      html.text(statistic.getTitle());
      html.tag("/strong");
      html.text(", " + statistic.getCounted() + "; ");
      html.tag("a", attributes("href", "#" + id));
      html.text("the table of " + statistic.getTitle().toLowerCase(Locale.ROOT));
      html.tag("/a");
      html.text(" gives the same counts.");
      html.tag("/figcaption");
      html.line();
      BarChart.write(html, id + "-chart", statistic.getTitle() + ": " + statistic.getCounted(), one.rows());
      html.tag("/figure");
      html.line();
    }
    html.tag("/section");
    html.line();
  }

  private static void section(HtmlWriter html, StatsForPeople.Shown shown) {
    Statistic statistic = shown.statistic();
    List<Frequency> rows = shown.rows();
    String id = statistic.getName();
    html.tag("section", attributes("aria-labelledby", id));
    html.line();
    html.tag("h2", attributes("id", id));
    html.text(statistic.getTitle());
    html.tag("/h2");
    html.line();
    html.tag("p", attributes("class", "counted"));
    html.text("Counts of " + statistic.getCounted() + ".");
    html.tag("/p");
    html.line();
    html.tag("table", attributes("aria-labelledby", id));
    html.line();
    html.tag("thead");
    html.tag("tr");
    html.tag("th", attributes("scope", "col"));
    html.text(heading(statistic));
    html.tag("/th");
    html.tag("th", attributes("scope", "col", "class", "count"));
    html.text("Count");
    html.tag("/th");
    html.tag("/tr");
    html.tag("/thead");
    html.line();
    html.tag("tbody");
    html.line();
    for (Frequency row : rows) {
      html.tag("tr");
      html.tag("th", attributes("scope", "row"));
      html.text(row.label());
      html.tag("/th");
      html.tag("td", attributes("class", "count"));
      html.text(Long.toString(row.count()));
      html.tag("/td");
      html.tag("/tr");
      html.line();
    }
    html.tag("/tbody");
    html.line();
    html.tag("/table");
    html.line();
    if (shown.leftOut() > 0) {
      html.tag("p");
      html.text(shown.leftOutSentence());
      html.tag("/p");
      html.line();
    }
    html.tag("/section");
    html.line();
  }

  private static String heading(Statistic statistic) {
    return switch (statistic) {
      case THEMES, THEME_PAIRS -> "Theme";
      case AGENCY_KINDS, AGENCY_NAMES -> "Agency";
      case AGE_BANDS -> "Age band";
      case FAMILY_ROLES -> "Role";
      case ACTION_STATUSES -> "Status";
      case HARM_TYPES -> "Harm";
      case INCIDENT_OUTCOMES -> "Outcome";
      case CIRCUMSTANCES -> "Circumstance";
      case HEALTH_CONTACTS -> "Contact";
      default -> "Kind";
    };
  }

  private static void element(HtmlWriter html, String name, String text) {
    html.tag(name);
    html.text(text);
    html.tag("/" + name);
    html.line();
  }
}
