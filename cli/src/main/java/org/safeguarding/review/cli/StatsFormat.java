package org.safeguarding.review.cli;

import java.util.function.Function;
import org.safeguarding.review.stats.CorpusStatistics;

/** How {@code srm stats} writes its counts. */
enum StatsFormat {
  /** A heading and aligned rows for each statistic, for people. */
  text(StatsText::of),
  /** One JSON object, for machines; its shape is in the README. */
  json(StatsJson::of),
  /** One table with the columns dimension, key, label and count. */
  csv(StatsCsv::of),
  /** A standalone HTML page with bar charts of themes and agencies, and a table of each statistic. */
  html(StatsPage::of);

  private final Function<CorpusStatistics, String> writer;

  StatsFormat(Function<CorpusStatistics, String> writer) {
    this.writer = writer;
  }

  /** The statistics in this format. */
  String write(CorpusStatistics statistics) {
    return writer.apply(statistics);
  }
}
