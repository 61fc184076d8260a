package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or only the year, as published documents give them:
 * {@code 2023-04-12}, {@code 2023-04} or {@code 2023}. Published learning documents give months
 * rather than exact dates, so the model keeps exactly what the source says.
 *
 * <p>A partial date stands for a span of days, from {@link #getEarliest()} to {@link
 * #getLatest()}. Two partial dates are {@linkplain #isBefore(PartialDate) certainly in order} only
 * when one span ends before the other begins. Instances are immutable and thread-safe; {@link
 * #toString()} gives the text that {@link #parse(CharSequence)} reads back.
 */
public final class PartialDate {

  /** The three accepted forms: a year, a year and month, or a full date. */
  public static final String PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

  /** What a partial date may be, in words. */
  public static final String MESSAGE =
      "must be a date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY, and must exist";

  private static final Pattern FORM = Pattern.compile(PATTERN);
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** How precisely a partial date is known. */
  public enum Precision {
    /** Only the year is known, as in {@code 2023}. */
    YEAR,
    /** The year and month are known, as in {@code 2023-04}. */
    MONTH,
    /** The day is known, as in {@code 2023-04-12}. */
    DAY
  }

  private final LocalDate earliest;
  private final Precision precision;

  private PartialDate(LocalDate earliest, Precision precision) {
    this.earliest = earliest;
    this.precision = precision;
  }

  /**
   * {@return a date known to the day}
   *
   * @param date the day
   */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(Objects.requireNonNull(date, "date"), Precision.DAY);
  }

  /**
   * {@return a date known to the month}
   *
   * @param month the month
   */
  public static PartialDate of(YearMonth month) {
    return new PartialDate(Objects.requireNonNull(month, "month").atDay(1), Precision.MONTH);
  }

  /**
   * {@return a date known to the year}
   *
   * @param year the year
   */
  public static PartialDate of(Year year) {
    return new PartialDate(Objects.requireNonNull(year, "year").atDay(1), Precision.YEAR);
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the partial date as written
   * @return the partial date, as precise as the text
   * @throws IllegalArgumentException if the text has another form or names a day that does not
   *     exist, such as {@code 2023-02-30}; the message does not repeat the text
   */
  @JsonCreator
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!FORM.matcher(text).matches()) {
      throw new IllegalArgumentException("A partial date " + MESSAGE);
    }
    String value = text.toString();
    try {
      return switch (value.length()) {
        case 4 -> of(Year.of(Integer.parseInt(value)));
        case 7 -> of(YearMonth.parse(value));
        default -> of(LocalDate.parse(value, STRICT_DATE));
      };
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("A partial date " + MESSAGE, e);
    }
  }

  /**
   * {@return whether {@code text} is a partial date that {@link #parse(CharSequence)} accepts}
   *
   * @param text the text to check, not null
   */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** {@return how precisely the date is known} */
  public Precision getPrecision() {
    return precision;
  }

  /** {@return the first day the partial date can stand for} */
  public LocalDate getEarliest() {
    return earliest;
  }

  /** {@return the last day the partial date can stand for} */
  public LocalDate getLatest() {
    return switch (precision) {
      case YEAR -> earliest.plusYears(1).minusDays(1);
      case MONTH -> earliest.plusMonths(1).minusDays(1);
      case DAY -> earliest;
    };
  }

  /**
   * {@return whether this date is certainly before {@code other}: its last day is before their
   * first}
   *
   * @param other the date to compare with
   */
  public boolean isBefore(PartialDate other) {
    return getLatest().isBefore(other.getEarliest());
  }

  /** The date as written in JSON: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @JsonValue
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.format("%04d", earliest.getYear());
      case MONTH -> YearMonth.from(earliest).toString();
      case DAY -> earliest.toString();
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate date
        && earliest.equals(date.earliest)
        && precision == date.precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(earliest, precision);
  }
}
