package org.safeguarding.review.timescale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  @Test
  void theBundledDataCoversAtLeast2018To2027AndSaysWhereItCameFrom() {
    BankHolidayData data = BankHolidayData.bundled();

    assertThat(data.firstYear()).isLessThanOrEqualTo(2018);
    assertThat(data.lastYear()).isGreaterThanOrEqualTo(2027);
    assertThat(data.source()).isEqualTo("https://www.gov.uk/bank-holidays.json");
    assertThat(data.taken()).isNotNull();
    assertThat(data.holidays()).allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void theRulesReproduceEveryBundledYearExceptItsListedOneOffChanges() {
    BankHolidayData data = BankHolidayData.bundled();
    for (int year = data.firstYear(); year <= data.lastYear(); year++) {
      List<LocalDate> expected = new ArrayList<>(EnglandAndWalesRules.holidays(year));
      for (BankHolidayData.OneOffChange change : data.oneOffChanges()) {
        if (change.date().getYear() == year) {
          change.replaces().ifPresent(expected::remove);
          expected.add(change.date());
        }
      }
      int y = year;
      List<LocalDate> bundled = data.holidays().stream().filter(d -> d.getYear() == y).toList();
      assertThat(bundled).as("bank holidays of " + year).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @ParameterizedTest
  @CsvSource({"2026, 2026-04-05", "2027, 2027-03-28", "2019, 2019-04-21", "2038, 2038-04-25", "2000, 2000-04-23", "1961, 1961-04-02"})
  void findsEasterSunday(int year, LocalDate easter) {
    assertThat(EnglandAndWalesRules.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void yearsOutsideTheDataFollowTheRulesWithSubstituteDays() {
    // 2028: Christmas Day is a Monday and Boxing Day a Tuesday; New Year's Day is a Saturday.
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 4, 14))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 4, 17))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 12, 25))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 12, 26))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 12, 27))).isTrue();
    // 2032: Christmas Day is a Saturday and Boxing Day a Sunday: Monday and Tuesday instead.
    assertThat(calendar.isWorkingDay(LocalDate.of(2032, 12, 27))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2032, 12, 28))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2032, 12, 29))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "2026-04-02, 1, 2026-04-07",
    "2026-04-02, 15, 2026-04-27",
    "2026-03-02, 5, 2026-03-09",
    "2026-03-06, 0, 2026-03-06",
    "2026-04-07, -1, 2026-04-02",
    "2026-12-24, 1, 2026-12-29",
    "2026-03-07, 1, 2026-03-09"
  })
  void addsWorkingDaysSkippingWeekendsAndBankHolidays(LocalDate start, int days, LocalDate expected) {
    assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
    if (days > 0) {
      assertThat(calendar.workingDaysBetween(start, expected)).isEqualTo(days);
    }
  }

  @Test
  void countingAndAddingAgreeOverAWholeYear() {
    LocalDate start = LocalDate.of(2025, 12, 20);
    IntStream.range(0, 300).forEach(n -> {
      LocalDate end = calendar.addWorkingDays(start, n);
      assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(n);
      assertThat(calendar.workingDaysBetween(end, start)).isEqualTo(-n);
    });
  }

  @Test
  void anyCalendarCanBeSupplied() {
    LocalDate stAndrews = LocalDate.of(2026, 11, 30);
    WorkingDayCalendar scotlandLike = WorkingDayCalendar.withHolidays(List.of(stAndrews));
    WorkingDayCalendar noHolidays = WorkingDayCalendar.of(date -> false);

    assertThat(scotlandLike.isWorkingDay(stAndrews)).isFalse();
    assertThat(calendar.isWorkingDay(stAndrews)).isTrue();
    assertThat(noHolidays.addWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 3));
  }
}
