package org.safeguarding.review.timescale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The standing rules for England and Wales bank holidays (Banking and Financial Dealings Act 1971
 * and the royal proclamations made under it): New Year's Day, Good Friday, Easter Monday, the early
 * May, spring and summer bank holidays, Christmas Day and Boxing Day, with substitute days when a
 * holiday falls on a weekend. One-off changes by proclamation, such as a jubilee, are not rules.
 */
final class EnglandAndWalesRules {

  private EnglandAndWalesRules() {}

  /** The bank holidays the rules give for {@code year}, in date order. */
  static List<LocalDate> holidays(int year) {
    List<LocalDate> holidays = new ArrayList<>();
    holidays.add(substitute(LocalDate.of(year, Month.JANUARY, 1)));
    LocalDate easter = easterSunday(year);
    holidays.add(easter.minusDays(2));
    holidays.add(easter.plusDays(1));
    holidays.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    holidays.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    holidays.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
    LocalDate christmasHoliday = substitute(christmas);
    LocalDate boxingHoliday = substitute(christmas.plusDays(1));
    if (!boxingHoliday.isAfter(christmasHoliday)) {
      // Both fell at the weekend: the two substitute days are the Monday and the Tuesday.
      boxingHoliday = christmasHoliday.plusDays(1);
    }
    holidays.add(christmasHoliday);
    holidays.add(boxingHoliday);
    return holidays;
  }

  /** The date itself on a weekday, otherwise the Monday after. */
  private static LocalDate substitute(LocalDate date) {
    return switch (date.getDayOfWeek()) {
      case SATURDAY -> date.plusDays(2);
      case SUNDAY -> date.plusDays(1);
      default -> date;
    };
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
