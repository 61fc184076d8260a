package org.safeguarding.review.conformance;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One case of the suite, with the report srm gives for it.
 *
 * @param id the case's id: its input's, and what its options add
 * @param input the input
 * @param options how it is checked
 * @param description what the case is
 * @param report the issues {@code srm validate --format json} prints for it, less {@code file}
 * @param valid srm's verdict, its exit status 0: no error, nor a warning when warnings fail
 */
record SuiteCase(String id, SuiteInput input, CaseOptions options, String description, List<JsonNode> report, boolean valid) {

  /** Where the expected report is in the zip. */
  String expectedPath() {
    return "expected/" + id + ".json";
  }

  /** How many issues are of a severity. */
  long count(String severity) {
    return report.stream().filter(issue -> issue.path("severity").stringValue("").equals(severity)).count();
  }

  /** The issues' codes, in order. */
  List<String> codes() {
    return report.stream().map(issue -> issue.path("code").stringValue("")).toList();
  }
}
