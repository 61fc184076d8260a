package org.safeguarding.review.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;

/**
 * What a hostile case must give: valid or not, exactly these errors (each matched to one actual
 * error), and, when given, exactly these warnings.
 *
 * @param valid whether the input is a valid document
 * @param errors the errors, one for each error in the report
 * @param warnings the warnings, one for each warning in the report; empty to leave them unchecked
 */
public record Outcome(boolean valid, List<ExpectedIssue> errors, Optional<List<ExpectedIssue>> warnings) {

  /** Invalid, with exactly these errors. */
  public static Outcome errors(ExpectedIssue... errors) {
    return new Outcome(false, List.of(errors), Optional.empty());
  }

  /** Valid, with exactly these warnings. */
  public static Outcome validWithWarnings(ExpectedIssue... warnings) {
    return new Outcome(true, List.of(), Optional.of(List.of(warnings)));
  }

  /**
   * How {@code report} differs from this outcome, one line per difference; empty when it fits.
   *
   * @param documentPresent whether the entry point gave a document
   */
  public List<String> differences(ValidationReport report, boolean documentPresent) {
    List<String> differences = new ArrayList<>();
    if (valid != (documentPresent && report.isValid())) {
      differences.add("expected " + (valid ? "a valid document" : "an invalid one") + ", got "
          + (documentPresent ? "a document" : "no document") + " and " + report.errors().size() + " errors");
    }
    differences.addAll(unmatched("error", errors, report.errors()));
    warnings.ifPresent(expected -> differences.addAll(unmatched("warning", expected, report.warnings())));
    return differences;
  }

  private static List<String> unmatched(String kind, List<ExpectedIssue> expected, List<ValidationIssue> actual) {
    List<String> differences = new ArrayList<>();
    List<ValidationIssue> left = new ArrayList<>(actual);
    for (ExpectedIssue issue : expected) {
      Optional<ValidationIssue> match = left.stream().filter(issue::matches).findFirst();
      if (match.isPresent()) {
        left.remove(match.get());
      } else {
        differences.add("missing " + kind + ": " + issue);
      }
    }
    left.forEach(issue -> differences.add("unexpected " + kind + ": " + issue));
    return differences;
  }

  @Override
  public String toString() {
    return (valid ? "valid" : "invalid") + " " + errors + warnings.map(w -> " warnings " + w).orElse("");
  }
}
