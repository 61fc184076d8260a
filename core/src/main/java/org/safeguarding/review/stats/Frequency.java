package org.safeguarding.review.stats;

import java.util.Comparator;
import java.util.Objects;

/**
 * One row of a statistic: a key, its label for people and how often it was counted.
 *
 * @param key the stable code: an enumeration value's name, a theme's code, a pair of theme codes,
 *     an agency's name as written, or one of the keys {@link CorpusStatistics} defines
 * @param label a label for people, such as "Multi-agency working"
 * @param count how many, never below one
 */
public record Frequency(String key, String label, long count) {

  /** Most frequent first; equal counts in the order of their keys. */
  public static final Comparator<Frequency> MOST_FREQUENT_FIRST =
      Comparator.comparingLong(Frequency::count).reversed().thenComparing(Frequency::key);

  /**
   * A row.
   *
   * @param key the stable code
   * @param label a label for people
   * @param count how many
   * @throws NullPointerException if the key or label is null
   * @throws IllegalArgumentException if the count is below one
   */
  public Frequency {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    if (count < 1) {
      throw new IllegalArgumentException("A frequency counts at least one");
    }
  }
}
