package org.safeguarding.review.cli;

import org.safeguarding.review.stats.CorpusStatistics;

/** How {@code srm stats} writes its counts. */
enum StatsFormat {
  /** A heading and aligned rows for each statistic, for people. */
  text {
    @Override
    String write(CorpusStatistics statistics) {
      return StatsText.of(statistics);
    }
  },
  /** One JSON object, for machines; its shape is in the README. */
  json {
    @Override
    String write(CorpusStatistics statistics) {
      return StatsJson.of(statistics);
    }
  },
  /** One table with the columns dimension, key, label and count. */
  csv {
    @Override
    String write(CorpusStatistics statistics) {
      return StatsCsv.of(statistics);
    }
  },
  /** A standalone HTML page with bar charts of themes and agencies, and a table of each statistic. */
  html {
    @Override
    String write(CorpusStatistics statistics) {
      return StatsPage.of(statistics);
    }
  };

  /** The statistics in this format. */
  abstract String write(CorpusStatistics statistics);
}
