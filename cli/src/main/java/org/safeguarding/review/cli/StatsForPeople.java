package org.safeguarding.review.cli;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * What the formats for people (text and HTML) show: every statistic with something to say, with
 * all its rows, except that of the pairs of themes only those found in two documents or more are
 * listed, since a pair in one document says no more than that the document has both themes. The
 * others are counted in one sentence; JSON and CSV list them all.
 */
final class StatsForPeople {

  /**
   * A statistic as shown.
   *
   * @param rows the rows to list
   * @param leftOut how many rows are not listed
   */
  record Shown(Statistic statistic, List<Frequency> rows, int leftOut) {

    /** The sentence that counts the rows not listed, or empty when there are none. */
    String leftOutSentence() {
      if (leftOut == 0) {
        return "";
      }
      return leftOut == 1 ? "1 more pair occurs in one document." : leftOut + " more pairs occur in one document each.";
    }
  }

  private StatsForPeople() {}

  static List<Shown> of(CorpusStatistics statistics) {
    List<Shown> shown = new ArrayList<>();
    for (Statistic statistic : statistics.getStatistics()) {
      List<Frequency> rows = statistics.getFrequencies(statistic);
      if (statistic != Statistic.THEME_PAIRS) {
        shown.add(new Shown(statistic, rows, 0));
        continue;
      }
      List<Frequency> together = rows.stream().filter(row -> row.count() >= 2).toList();
      if (!together.isEmpty()) {
        shown.add(new Shown(statistic, together, rows.size() - together.size()));
      }
    }
    return shown;
  }
}
