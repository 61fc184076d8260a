package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month, the season or only the year, or a span of years, as
 * published documents give them: {@code 2023-04-12}, {@code 2023-04}, {@code 2021-summer}, {@code
 * 2023} or {@code 2011/2012} (a span of years written short, "2011-12", as a financial or school
 * year). Any of them may end with {@code ?}, which says the document does not state the date and
 * the encoder inferred it ({@code 2019-06?}). Published learning documents give months rather than
 * exact dates, so the model keeps exactly what the source says.
 *
 * <p>A partial date stands for a span of days, from {@link #getEarliest()} to {@link
 * #getLatest()}: a season its three months (spring March to May, summer June to August, autumn
 * September to November) and winter, which documents use for both ends of a year, from December of
 * the year before to February of the year after. Two partial dates are {@linkplain
 * #isBefore(PartialDate) certainly in order} only when one span ends before the other begins and
 * neither was inferred. Instances are immutable and thread-safe; {@link #toString()} gives the text
 * that {@link #parse(CharSequence)} reads back.
 */
public final class PartialDate {

  /**
   * The accepted forms: a year, a year and month, a full date, a year and season, or a span of
   * years, each optionally followed by {@code ?}.
   */
  public static final String PATTERN =
      "^[0-9]{4}((-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)|-(spring|summer|autumn|winter)|/[0-9]{4})?\\??$";

  /** What a partial date may be, in words. */
  public static final String MESSAGE =
      "must be a date as YYYY-MM-DD, a month as YYYY-MM, a season as YYYY-spring (summer, autumn, winter), a year as YYYY"
          + " or a span of years as YYYY/YYYY with the later year second, optionally followed by ? when inferred,"
          + " and must exist";

  private static final Pattern FORM = Pattern.compile(PATTERN);
  private static final Pattern PARTS = Pattern.compile("^([0-9]{4})(?:-([a-z]+)|/([0-9]{4}))?$");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final String INFERRED = "?";

  /** How precisely a partial date is known. */
  public enum Precision {
    /** A span of years is known, as in {@code 2011/2012}. */
    YEARS,
    /** Only the year is known, as in {@code 2023}. */
    YEAR,
    /** The season of a year is known, as in {@code 2021-summer}. */
    SEASON,
    /** The year and month are known, as in {@code 2023-04}. */
    MONTH,
    /** The day is known, as in {@code 2023-04-12}. */
    DAY
  }

  /** A season of a year, as documents name them. */
  public enum Season {
    /** March to May. */
    SPRING(Month.MARCH, 3),
    /** June to August. */
    SUMMER(Month.JUNE, 3),
    /** September to November. */
    AUTUMN(Month.SEPTEMBER, 3),
    /** December of the year before to February of the year after: documents use "winter" for both ends of a year. */
    WINTER(Month.DECEMBER, 15);

    private final Month first;
    private final int months;

    Season(Month first, int months) {
      this.first = first;
      this.months = months;
    }

    private LocalDate earliest(int year) {
      return this == WINTER ? LocalDate.of(year - 1, first, 1) : LocalDate.of(year, first, 1);
    }

    /** {@return the season as written in a partial date: {@code spring}, {@code summer}, {@code autumn}, {@code winter}} */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final LocalDate earliest;
  private final LocalDate latest;
  private final Precision precision;
  private final Season season;
  private final boolean inferred;

  private PartialDate(LocalDate earliest, LocalDate latest, Precision precision, Season season, boolean inferred) {
    this.earliest = earliest;
    this.latest = latest;
    this.precision = precision;
    this.season = season;
    this.inferred = inferred;
  }

  /**
   * {@return a date known to the day}
   *
   * @param date the day
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new PartialDate(date, date, Precision.DAY, null, false);
  }

  /**
   * {@return a date known to the month}
   *
   * @param month the month
   */
  public static PartialDate of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return new PartialDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH, null, false);
  }

  /**
   * {@return a date known to the year}
   *
   * @param year the year
   */
  public static PartialDate of(Year year) {
    Objects.requireNonNull(year, "year");
    return new PartialDate(year.atDay(1), year.atMonth(12).atEndOfMonth(), Precision.YEAR, null, false);
  }

  /**
   * {@return a date known to the season of a year, such as summer 2021}
   *
   * @param year the year the document names with the season
   * @param season the season
   */
  public static PartialDate of(Year year, Season season) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(season, "season");
    LocalDate first = season.earliest(year.getValue());
    return new PartialDate(first, first.plusMonths(season.months).minusDays(1), Precision.SEASON, season, false);
  }

  /**
   * {@return a span of years, such as the financial year 2011-12 ({@code 2011/2012})}
   *
   * @param first the first year
   * @param last the last year, after the first
   * @throws IllegalArgumentException if the last year is not after the first
   */
  public static PartialDate years(Year first, Year last) {
    if (!last.isAfter(first)) {
      throw new IllegalArgumentException("A span of years must end after it starts");
    }
    return new PartialDate(first.atDay(1), last.atMonth(12).atEndOfMonth(), Precision.YEARS, null, false);
  }

  /** {@return the same date, marked as inferred by the encoder rather than stated by the document} */
  public PartialDate asInferred() {
    return new PartialDate(earliest, latest, precision, season, true);
  }

  /**
   * Reads any form of {@link #PATTERN}: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code
   * YYYY-season}, {@code YYYY/YYYY}, each optionally followed by {@code ?}.
   *
   * @param text the partial date as written
   * @return the partial date, as precise as the text
   * @throws IllegalArgumentException if the text has another form, names a day that does not
   *     exist, such as {@code 2023-02-30}, or a span of years that does not end after it starts; the
   *     message does not repeat the text
   */
  @JsonCreator
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!FORM.matcher(text).matches()) {
      throw new IllegalArgumentException("A partial date " + MESSAGE);
    }
    String value = text.toString();
    boolean inferred = value.endsWith(INFERRED);
    String date = inferred ? value.substring(0, value.length() - 1) : value;
    try {
      PartialDate read = stated(date);
      return inferred ? read.asInferred() : read;
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("A partial date " + MESSAGE, e);
    }
  }

  private static PartialDate stated(String date) {
    Matcher parts = PARTS.matcher(date);
    if (parts.matches()) {
      Year year = Year.of(Integer.parseInt(parts.group(1)));
      if (parts.group(2) != null) {
        return of(year, Season.valueOf(parts.group(2).toUpperCase(Locale.ROOT)));
      }
      return parts.group(3) == null ? of(year) : years(year, Year.of(Integer.parseInt(parts.group(3))));
    }
    return date.length() == 7 ? of(YearMonth.parse(date)) : of(LocalDate.parse(date, STRICT_DATE));
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

  /** {@return the season, when the date is known to the season} */
  public Optional<Season> getSeason() {
    return Optional.ofNullable(season);
  }

  /** {@return whether the encoder inferred the date, which the document does not state} */
  public boolean isInferred() {
    return inferred;
  }

  /** {@return the first day the partial date can stand for} */
  public LocalDate getEarliest() {
    return earliest;
  }

  /** {@return the last day the partial date can stand for} */
  public LocalDate getLatest() {
    return latest;
  }

  /**
   * {@return whether this date is certainly before {@code other}: its last day is before their
   * first, and neither date was inferred}
   *
   * @param other the date to compare with
   */
  public boolean isBefore(PartialDate other) {
    return !inferred && !other.inferred && latest.isBefore(other.earliest);
  }

  /**
   * {@return whether a month could be a span of years written short: {@code 2011-12} is December
   * 2011, but documents write the financial or school year 2011 to 2012 the same way}
   */
  public boolean mayBeYears() {
    return precision == Precision.MONTH && earliest.getMonthValue() == (earliest.getYear() + 1) % 100;
  }

  /** The date as written in JSON, in one of the forms of {@link #PATTERN}. */
  @JsonValue
  @Override
  public String toString() {
    String date = switch (precision) {
      case YEARS -> String.format("%04d/%04d", earliest.getYear(), latest.getYear());
      case YEAR -> String.format("%04d", earliest.getYear());
      case SEASON -> String.format("%04d-%s", latest.getYear() - (season == Season.WINTER ? 1 : 0), season.word());
      case MONTH -> YearMonth.from(earliest).toString();
      case DAY -> earliest.toString();
    };
    return inferred ? date + INFERRED : date;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate date
        && earliest.equals(date.earliest)
        && latest.equals(date.latest)
        && precision == date.precision
        && inferred == date.inferred;
  }

  @Override
  public int hashCode() {
    return Objects.hash(earliest, latest, precision, inferred);
  }
}
