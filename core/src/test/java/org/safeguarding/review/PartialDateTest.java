package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "2023, YEAR, 2023-01-01, 2023-12-31",
    "2024-02, MONTH, 2024-02-01, 2024-02-29",
    "2023-02, MONTH, 2023-02-01, 2023-02-28",
    "2023-04-12, DAY, 2023-04-12, 2023-04-12",
    "2021-spring, SEASON, 2021-03-01, 2021-05-31",
    "2021-summer, SEASON, 2021-06-01, 2021-08-31",
    "2021-autumn, SEASON, 2021-09-01, 2021-11-30",
    "2021-winter, SEASON, 2020-12-01, 2022-02-28",
    "2011/2012, YEARS, 2011-01-01, 2012-12-31",
    "2019-06?, MONTH, 2019-06-01, 2019-06-30",
    "2011/2013?, YEARS, 2011-01-01, 2013-12-31",
    "2020-02-29?, DAY, 2020-02-29, 2020-02-29"
  })
  void readsEachFormAndReadsBackFromItsText(
      String text, PartialDate.Precision precision, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.getPrecision()).isEqualTo(precision);
    assertThat(date.getEarliest()).isEqualTo(earliest);
    assertThat(date.getLatest()).isEqualTo(latest);
    assertThat(date.toString()).isEqualTo(text);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-30", "2023-13", "2023-00", "23", "2023-4", "2023-04-1", "2023/04", " 2023", "",
    "2021-Summer", "2021-fall", "2012/2011", "2011/2011", "2023-02-30?", "2023??", "?2023", "2023-summer-01"})
  void rejectsOtherFormsAndDaysThatDoNotExist(String text) {
    assertThat(PartialDate.isValid(text)).isFalse();
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "2023-03, 2023-04, true",
    "2023-04, 2023-04-15, false",
    "2023-04-15, 2023-04, false",
    "2022, 2023-01-01, true",
    "2023-04-14, 2023-04-15, true",
    "2023-04-15, 2023-04-15, false",
    "2021-summer, 2021-09, true",
    "2021-summer, 2021-08-31, false",
    "2021-winter, 2021-12, false",
    "2021-winter, 2022-03, true",
    "2010/2011, 2012, true",
    "2010/2011, 2011-12, false",
    "2019-06?, 2023, false",
    "2019, 2023-06?, false"
  })
  void isCertainlyBeforeOnlyWhenOneSpanEndsBeforeTheOtherBegins(
      String first, String second, boolean before) {
    assertThat(PartialDate.parse(first).isBefore(PartialDate.parse(second))).isEqualTo(before);
  }

  @Test
  void saysWhetherTheEncoderInferredTheDate() {
    assertThat(PartialDate.parse("2019-06?").isInferred()).isTrue();
    assertThat(PartialDate.parse("2019-06").isInferred()).isFalse();
    assertThat(PartialDate.parse("2019-06?")).isNotEqualTo(PartialDate.parse("2019-06"));
    assertThat(PartialDate.of(Year.of(2021), PartialDate.Season.AUTUMN).asInferred()).hasToString("2021-autumn?");
  }

  @ParameterizedTest
  @CsvSource({"2011-12, true", "2000-01, true", "2010-11, true", "2011-11, false", "2011-12-01, false", "2012, false"})
  void knowsAMonthThatMayBeASpanOfYearsWrittenShort(String text, boolean mayBeYears) {
    assertThat(PartialDate.parse(text).mayBeYears()).isEqualTo(mayBeYears);
  }

  @Test
  void refusesASpanOfYearsThatDoesNotEndAfterItStarts() {
    assertThatThrownBy(() -> PartialDate.years(Year.of(2012), Year.of(2012))).isInstanceOf(IllegalArgumentException.class);
  }
}
