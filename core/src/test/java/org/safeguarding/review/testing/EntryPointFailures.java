package org.safeguarding.review.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;

/**
 * What went wrong when one input went through several entry points, each failure named by its
 * entry point, so that a test reports every entry point that failed rather than the first.
 */
public final class EntryPointFailures {

  private final List<String> failures = new ArrayList<>();

  /**
   * Calls one entry point; anything it throws, including errors of the JVM such as {@link
   * StackOverflowError}, is recorded as a failure.
   */
  public <T> Optional<T> call(String entry, ThrowingSupplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (Throwable e) {
      failures.add(entry + " threw " + e);
      return Optional.empty();
    }
  }

  /**
   * Records where a report differs from the expected outcome, issues without a message,
   * and messages that repeat the input.
   */
  public void checkReport(String entry, Outcome outcome, ValidationReport report, boolean documentPresent) {
    outcome.differences(report, documentPresent).forEach(difference -> add(entry + ": " + difference));
    for (ValidationIssue issue : report.issues()) {
      if (issue.message().isBlank()) {
        add(entry + ": an issue without a message: " + issue);
      }
    }
    HostileCorpus.leaks(report).forEach(leak -> add(entry + ": a message repeats the input: " + leak));
  }

  /** Records one failure. */
  public void add(String failure) {
    failures.add(failure);
  }

  /** Every failure recorded, in order. */
  public List<String> list() {
    return List.copyOf(failures);
  }
}
