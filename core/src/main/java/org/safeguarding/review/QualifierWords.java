package org.safeguarding.review;

import java.util.Locale;
import java.util.Optional;

/** The English words of a {@link Qualifier} in a counted form, such as "about 2 years", read and written. */
final class QualifierWords {

  /** The words, as a regular expression alternation, longest first. */
  static final String PATTERN = "(?i:at least|at most|about|under|over)";

  private QualifierWords() {}

  /** The words for a qualifier: "about", "under", "over", "at least", "at most". */
  static String of(Qualifier qualifier) {
    return qualifier.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The qualifier its words name, ignoring case. */
  static Qualifier of(String words) {
    return Qualifier.valueOf(words.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "_"));
  }

  /** A counted form: "6 months", "about 2 years", "0 to 2 years"; without a unit, the numbers alone. */
  static String counted(Optional<Qualifier> qualifier, int value, Optional<Integer> to, Optional<AgeUnit> unit) {
    StringBuilder text = new StringBuilder();
    qualifier.ifPresent(q -> text.append(of(q)).append(' '));
    text.append(value);
    to.ifPresent(end -> text.append(" to ").append(end));
    unit.ifPresent(u -> text.append(' ').append(u.word(to.orElse(value))));
    return text.toString();
  }
}
