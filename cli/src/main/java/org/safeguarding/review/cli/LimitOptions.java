package org.safeguarding.review.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import picocli.CommandLine.Option;

/** The {@code --limit NAME=VALUE} option of the commands that read documents. */
final class LimitOptions {

  /**
   * Each reading limit, by the name users give {@code --limit} and the name {@link ReadLimits}
   * gives it, which the library's messages use.
   */
  enum Limit {
    DOCUMENT_BYTES("document-bytes", "maxDocumentBytes", ReadLimits::withMaxDocumentBytes, Long.MAX_VALUE),
    NESTING_DEPTH("nesting-depth", "maxNestingDepth", (l, v) -> l.withMaxNestingDepth(v.intValue()), Integer.MAX_VALUE),
    STRING_LENGTH("string-length", "maxStringLength", (l, v) -> l.withMaxStringLength(v.intValue()), Integer.MAX_VALUE),
    ARRAY_LENGTH("array-length", "maxArrayLength", (l, v) -> l.withMaxArrayLength(v.intValue()), Integer.MAX_VALUE),
    NUMBER_LENGTH("number-length", "maxNumberLength", (l, v) -> l.withMaxNumberLength(v.intValue()), Integer.MAX_VALUE),
    PROPERTY_NAME_LENGTH(
        "property-name-length", "maxPropertyNameLength", (l, v) -> l.withMaxPropertyNameLength(v.intValue()), Integer.MAX_VALUE),
    TOKEN_COUNT("token-count", "maxTokenCount", ReadLimits::withMaxTokenCount, Long.MAX_VALUE);

    private final String option;
    private final String component;
    private final BiFunction<ReadLimits, Long, ReadLimits> with;
    private final long max;

    Limit(String option, String component, BiFunction<ReadLimits, Long, ReadLimits> with, long max) {
      this.option = option;
      this.component = component;
      this.with = with;
      this.max = max;
    }

    /** The name users type after {@code --limit}, such as {@code document-bytes}. */
    String option() {
      return option;
    }

    /** The words for this limit in a message: {@code the limit document-bytes}. */
    String inWords() {
      return "the limit " + option;
    }

    static Limit named(String option) {
      return Stream.of(values())
          .filter(limit -> limit.option.equals(option))
          .findFirst()
          .orElseThrow(() -> new InputException("unknown limit; choose " + names(" or ")));
    }

    /** Every limit's name, {@code joiner} before the last. */
    static String names(String joiner) {
      String all = Stream.of(values()).map(Limit::option).collect(Collectors.joining(", "));
      int last = all.lastIndexOf(", ");
      return all.substring(0, last) + joiner + all.substring(last + 2);
    }
  }

  @Option(
      names = "--limit",
      paramLabel = "NAME=VALUE",
      description =
          "Change a reading limit; repeat for several. Names and defaults: document-bytes=8388608, "
              + "nesting-depth=64, string-length=1000000, array-length=10000, number-length=100, "
              + "property-name-length=1000, token-count=1000000.")
  Map<String, Long> limits = new LinkedHashMap<>();

  /** The limits asked for. */
  ReadLimits toLimits() {
    ReadLimits result = ReadLimits.defaults();
    for (Map.Entry<String, Long> entry : limits.entrySet()) {
      Limit limit = Limit.named(entry.getKey());
      long value = entry.getValue();
      if (value <= 0 || value > limit.max) {
        throw new InputException("--limit " + limit.option + " must be a positive whole number");
      }
      result = limit.with.apply(result, value);
    }
    return result;
  }

  /**
   * The issue as users should read it: the library names a broken limit as {@link ReadLimits} does
   * ({@code maxDocumentBytes}); srm names it as {@code --limit} does ({@code the limit
   * document-bytes}).
   */
  static String message(ValidationIssue issue) {
    String message = issue.message();
    if (!IssueCode.JSON_LIMIT_EXCEEDED.equals(issue.code())) {
      return message;
    }
    for (Limit limit : Limit.values()) {
      message = message.replace(limit.component, limit.inWords());
    }
    return message;
  }
}
