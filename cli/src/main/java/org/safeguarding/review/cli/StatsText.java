package org.safeguarding.review.cli;

import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/** The statistics for people: a summary line, then a heading and aligned rows for each statistic. */
final class StatsText {

  private StatsText() {}

  static String of(CorpusStatistics statistics) {
    StringBuilder text = new StringBuilder();
    text.append(StatsSummary.counted(statistics)).append('\n');
    for (StatsForPeople.Shown shown : StatsForPeople.of(statistics)) {
      Statistic statistic = shown.statistic();
      text.append('\n').append(statistic.getTitle()).append(" (").append(statistic.getCounted()).append(")\n");
      for (Frequency row : shown.rows()) {
        text.append(String.format("%8d  %s%n", row.count(), TerminalText.escape(row.label())));
      }
      if (shown.leftOut() > 0) {
        text.append("          ").append(shown.leftOutSentence()).append('\n');
      }
    }
    return text.toString();
  }
}
