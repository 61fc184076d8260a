package org.safeguarding.review.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguarding.review.json.ReadLimits;
import picocli.CommandLine.Option;

/** The {@code --limit NAME=VALUE} option of the commands that read documents. */
final class LimitOptions {

  @Option(
      names = "--limit",
      paramLabel = "NAME=VALUE",
      description =
          "Change a reading limit; repeat for several. Names and defaults: document-bytes=8388608, "
              + "nesting-depth=64 (at most " + ReadLimits.MAX_NESTING_DEPTH + "), string-length=1000000, array-length=10000, number-length=100, "
              + "property-name-length=1000, token-count=1000000.")
  Map<String, Long> limits = new LinkedHashMap<>();

  /** The limits asked for. */
  ReadLimits toLimits() {
    ReadLimits result = ReadLimits.defaults();
    for (Map.Entry<String, Long> limit : limits.entrySet()) {
      long value = limit.getValue();
      if (value <= 0 || value > Integer.MAX_VALUE && !limit.getKey().equals("document-bytes") && !limit.getKey().equals("token-count")) {
        throw new InputException("--limit " + limit.getKey() + " must be a positive whole number");
      }
      if (limit.getKey().equals("nesting-depth") && value > ReadLimits.MAX_NESTING_DEPTH) {
        throw new InputException("--limit nesting-depth must be at most " + ReadLimits.MAX_NESTING_DEPTH + ", which the stack of a thread holds");
      }
      result =
          switch (limit.getKey()) {
            case "document-bytes" -> result.withMaxDocumentBytes(value);
            case "nesting-depth" -> result.withMaxNestingDepth((int) value);
            case "string-length" -> result.withMaxStringLength((int) value);
            case "array-length" -> result.withMaxArrayLength((int) value);
            case "number-length" -> result.withMaxNumberLength((int) value);
            case "property-name-length" -> result.withMaxPropertyNameLength((int) value);
            case "token-count" -> result.withMaxTokenCount(value);
            default -> throw new InputException(
                "unknown limit; choose document-bytes, nesting-depth, string-length, array-length, number-length,"
                    + " property-name-length or token-count");
          };
    }
    return result;
  }
}
