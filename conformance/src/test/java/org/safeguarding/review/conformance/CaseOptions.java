package org.safeguarding.review.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a case's input is checked: strict or lenient, failing on warnings or not, and reading limits
 * other than the defaults, as {@code srm validate}'s options and {@code POST /v1/validate}'s query
 * parameters give them.
 *
 * @param lenient unknown properties are warnings ({@code --lenient}, {@code lenient=true})
 * @param failOnWarning warnings fail ({@code --fail-on-warning}, {@code failOnWarning=true})
 * @param limits reading limits by name ({@code --limit NAME=VALUE}, {@code limit=NAME=VALUE})
 */
record CaseOptions(boolean lenient, boolean failOnWarning, SortedMap<String, Long> limits) {

  /** The default options: strict, warnings allowed, the default limits. */
  static final CaseOptions STRICT = new CaseOptions(false, false, new TreeMap<>());

  /** Read leniently. */
  static final CaseOptions LENIENT = new CaseOptions(true, false, new TreeMap<>());

  CaseOptions {
    limits = new TreeMap<>(limits);
  }

  /** The default options but one reading limit. */
  static CaseOptions limit(String name, long value) {
    return new CaseOptions(false, false, new TreeMap<>(Map.of(name, value)));
  }

  /** The arguments of {@code srm validate} that check standard input with these options. */
  List<String> arguments(boolean ndjson) {
    List<String> arguments = new ArrayList<>(List.of("validate", "--format", "json"));
    if (ndjson) {
      arguments.add("--ndjson");
    }
    if (lenient) {
      arguments.add("--lenient");
    }
    if (failOnWarning) {
      arguments.add("--fail-on-warning");
    }
    limits.forEach((name, value) -> arguments.addAll(List.of("--limit", name + "=" + value)));
    arguments.add("-");
    return arguments;
  }

  /** What a case id adds for these options: nothing for the defaults, {@code .lenient}, {@code .limit-nesting-depth-3}. */
  String idSuffix() {
    StringBuilder suffix = new StringBuilder();
    if (lenient) {
      suffix.append(".lenient");
    }
    if (failOnWarning) {
      suffix.append(".fail-on-warning");
    }
    limits.forEach((name, value) -> suffix.append(".limit-").append(name).append('-').append(value));
    return suffix.toString();
  }
}
