package org.safeguarding.review.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;
import picocli.CommandLine.Option;

/** The {@code --limit NAME=VALUE} option of the commands that read documents, by the names {@link ReadLimit} gives. */
final class LimitOptions {

  @Option(
      names = "--limit",
      paramLabel = "NAME=VALUE",
      description =
          "Change a reading limit; repeat for several. Names and defaults: document-bytes=8388608, "
              + "nesting-depth=64, string-length=1000000, array-length=10000, number-length=100, "
              + "property-name-length=1000, token-count=1000000, report-issues=1000 (the most "
              + "issues reported for one document; one more issue counts the rest).")
  Map<String, Long> limits = new LinkedHashMap<>();

  /** The limits asked for. */
  ReadLimits toLimits() {
    ReadLimits result = ReadLimits.defaults();
    for (Map.Entry<String, Long> entry : limits.entrySet()) {
      ReadLimit limit = ReadLimit.named(entry.getKey()).orElseThrow(() -> new InputException("unknown limit; choose " + names()));
      try {
        result = result.with(limit, entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new InputException("--limit " + limit + " must be a whole number from 1 to " + limit.maximum());
      }
    }
    return result;
  }

  /** Every limit's name: {@code document-bytes, nesting-depth, ... or token-count}. */
  private static String names() {
    String all = Stream.of(ReadLimit.values()).map(ReadLimit::text).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
