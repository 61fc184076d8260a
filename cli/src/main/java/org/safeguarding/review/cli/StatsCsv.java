package org.safeguarding.review.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;

/**
 * The statistics as one CSV table (RFC 4180, written by Apache Commons CSV) with the columns
 * {@code dimension}, {@code key}, {@code label} and {@code count}: first the documents ({@code
 * VALID} and {@code INVALID}, each when not zero), then each statistic's rows under its name.
 */
final class StatsCsv {

  static final String[] HEADER = {"dimension", "key", "label", "count"};

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

  private StatsCsv() {}

  static String of(CorpusStatistics statistics) {
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
      if (statistics.getDocuments() > 0) {
        printer.printRecord("documents", "VALID", "Valid documents, counted", statistics.getDocuments());
      }
      if (statistics.getInvalidDocuments() > 0) {
        printer.printRecord("documents", "INVALID", "Unreadable or invalid documents, not counted", statistics.getInvalidDocuments());
      }
      for (Statistic statistic : statistics.getStatistics()) {
        for (Frequency row : statistics.getFrequencies(statistic)) {
          printer.printRecord(statistic.getName(), row.key(), row.label(), row.count());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }
}
