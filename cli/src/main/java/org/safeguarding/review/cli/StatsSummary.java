package org.safeguarding.review.cli;

import org.safeguarding.review.stats.CorpusStatistics;

/** The sentence that says how many documents the statistics count, in every format for people. */
final class StatsSummary {

  private StatsSummary() {}

  /** "14 documents counted", and how many invalid ones were not, when there were any. */
  static String counted(CorpusStatistics statistics) {
    String counted = plural(statistics.getDocuments(), "document") + " counted";
    long invalid = statistics.getInvalidDocuments();
    if (invalid == 0) {
      return counted + ".";
    }
    return counted + "; " + invalid + " not counted, unreadable or invalid.";
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
