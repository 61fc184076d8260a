package org.safeguarding.review.timescale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Working days: every day but Saturday, Sunday and the calendar's holidays, as the statutory
 * definitions have it (for example SI 2006/1738 regulation 2).
 *
 * <p>{@link #englandAndWales()} uses the bank holidays gov.uk publishes, bundled for the years the
 * list covers, and the standing rules for other years. Any other calendar can be made from its
 * holidays with {@link #withHolidays(Collection)} or a rule with {@link #of(Predicate)}. Instances
 * are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

  private static final WorkingDayCalendar ENGLAND_AND_WALES = englandAndWalesFrom(BankHolidayData.bundled());

  private final Predicate<LocalDate> holiday;

  private WorkingDayCalendar(Predicate<LocalDate> holiday) {
    this.holiday = holiday;
  }

  /**
   * {@return England and Wales: the bundled bank holidays, and the standing rules outside their
   * years}
   */
  public static WorkingDayCalendar englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  /**
   * {@return a calendar whose holidays are exactly {@code holidays}, besides weekends}
   *
   * @param holidays the holidays
   */
  public static WorkingDayCalendar withHolidays(Collection<LocalDate> holidays) {
    Set<LocalDate> copy = Set.copyOf(holidays);
    return new WorkingDayCalendar(copy::contains);
  }

  /**
   * {@return a calendar whose holidays, besides weekends, are the days {@code holiday} accepts}
   *
   * @param holiday whether a day is a holiday
   */
  public static WorkingDayCalendar of(Predicate<LocalDate> holiday) {
    return new WorkingDayCalendar(Objects.requireNonNull(holiday, "holiday"));
  }

  static WorkingDayCalendar englandAndWalesFrom(BankHolidayData data) {
    Set<LocalDate> listed = new HashSet<>(data.holidays());
    int first = data.firstYear();
    int last = data.lastYear();
    Map<Integer, Set<LocalDate>> byRule = new ConcurrentHashMap<>();
    return new WorkingDayCalendar(
        date ->
            date.getYear() >= first && date.getYear() <= last
                ? listed.contains(date)
                : byRule.computeIfAbsent(date.getYear(), year -> Set.copyOf(EnglandAndWalesRules.holidays(year))).contains(date));
  }

  /**
   * {@return whether {@code date} is a working day}
   *
   * @param date the day
   */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holiday.test(date);
  }

  /**
   * The {@code days}-th working day after {@code date}: with 5, the day five working days later;
   * with -7, the day seven working days earlier. The start date itself is not counted, whether it
   * is a working day or not.
   *
   * @param date the day to count from
   * @param days how many working days to count, forwards or, when negative, backwards
   * @return the day reached
   */
  public LocalDate addWorkingDays(LocalDate date, int days) {
    int step = days < 0 ? -1 : 1;
    LocalDate result = date;
    for (int counted = 0; counted < Math.abs(days); ) {
      result = result.plusDays(step);
      if (isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  /**
   * The working days after {@code from} up to and including {@code to}: how many working days
   * {@code to} is after {@code from}. Negative, counting the same way, when {@code to} is earlier.
   *
   * @param from the day to count from, not counted itself
   * @param to the day to count to
   * @return the number of working days
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    long count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
