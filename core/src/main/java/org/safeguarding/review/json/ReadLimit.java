package org.safeguarding.review.json;

import java.util.Arrays;
import java.util.Optional;

/**
 * Each limit JSON is read within, by the name messages, the command line ({@code --limit NAME=VALUE})
 * and configuration files give it, such as {@code document-bytes}. {@link ReadLimits} holds a value
 * for each.
 */
public enum ReadLimit {

  /** The largest document, in bytes (characters for text input); 8 MiB unless changed. */
  DOCUMENT_BYTES("document-bytes", 8L * 1024 * 1024, Long.MAX_VALUE),
  /**
   * The deepest nesting of objects and arrays; 64 unless changed, and never more than 500: reading,
   * binding, checking and rendering walk a document's parts on the thread's stack, and a thread of
   * 1 MB, the JVM's usual default, holds sections nested 1,000 deep and not 2,000, so 500 leaves half
   * the stack to spare.
   */
  NESTING_DEPTH("nesting-depth", 64, 500),
  /** The longest string, in characters; 1,000,000 unless changed. */
  STRING_LENGTH("string-length", 1_000_000, Integer.MAX_VALUE),
  /** The most items in one array; 10,000 unless changed. */
  ARRAY_LENGTH("array-length", 10_000, Integer.MAX_VALUE),
  /** The most characters in one number; 100 unless changed. */
  NUMBER_LENGTH("number-length", 100, Integer.MAX_VALUE),
  /** The longest property name, in characters; 1,000 unless changed. */
  PROPERTY_NAME_LENGTH("property-name-length", 1_000, Integer.MAX_VALUE),
  /** The most JSON tokens in one document; 1,000,000 unless changed. */
  TOKEN_COUNT("token-count", 1_000_000, Long.MAX_VALUE),
  /**
   * The most issues a report keeps for one document; 1,000 unless changed. A report of a document
   * with more keeps the first, in document order, and ends with one {@code report.issuesLeftOut}
   * issue saying how many more there were; the rest are counted, not kept, so a hostile document
   * with hundreds of thousands of problems is reported in bounded memory.
   */
  REPORT_ISSUES("report-issues", 1_000, Integer.MAX_VALUE);

  private final String text;
  private final long defaultValue;
  private final long maximum;

  ReadLimit(String text, long defaultValue, long maximum) {
    this.text = text;
    this.defaultValue = defaultValue;
    this.maximum = maximum;
  }

  /**
   * {@return the limit of that name, such as {@code document-bytes}, if there is one}
   *
   * @param text the limit's name
   */
  public static Optional<ReadLimit> named(String text) {
    return Arrays.stream(values()).filter(limit -> limit.text.equals(text)).findFirst();
  }

  /** {@return the limit's name, such as {@code document-bytes}} */
  public String text() {
    return text;
  }

  /** {@return the value the limit has unless it is changed} */
  public long defaultValue() {
    return defaultValue;
  }

  /** {@return the largest value the limit can be given} */
  public long maximum() {
    return maximum;
  }

  /** {@return the limit in the words of a message: {@code the limit document-bytes}} */
  public String inWords() {
    return "the limit " + text;
  }

  /** {@return the limit's name, such as {@code document-bytes}} */
  @Override
  public String toString() {
    return text;
  }
}
