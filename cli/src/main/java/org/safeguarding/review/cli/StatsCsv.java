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
 *
 * <p>A key or label that a spreadsheet would take for a formula (one that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a {@code '} before it,
 * as OWASP recommends against CSV injection: the text is shown, never run.
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
          printer.printRecord(statistic.getName(), neutralised(row.key()), neutralised(row.label()), row.count());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  /** A text a spreadsheet shows as text, never runs as a formula. */
  static String neutralised(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
