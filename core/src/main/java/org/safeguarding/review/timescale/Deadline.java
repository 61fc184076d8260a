package org.safeguarding.review.timescale;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline worked out for a case: the rule, the date it counts from, and the date it falls on.
 *
 * @param rule the timescale
 * @param from the date the deadline counts from
 * @param due the last day on time (for {@link TimescaleRule#FINAL_REPORT}, the last day before
 *     publication on which the report is on time)
 */
public record Deadline(TimescaleRule rule, LocalDate from, LocalDate due) {

  /**
   * A deadline; no part may be null.
   *
   * @param rule the timescale
   * @param from the date the deadline counts from
   * @param due the last day on time
   */
  public Deadline {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(due, "due");
  }
}
