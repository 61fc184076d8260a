package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "2023, YEAR, 2023-01-01, 2023-12-31",
    "2024-02, MONTH, 2024-02-01, 2024-02-29",
    "2023-02, MONTH, 2023-02-01, 2023-02-28",
    "2023-04-12, DAY, 2023-04-12, 2023-04-12"
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
  @ValueSource(strings = {"2023-02-30", "2023-13", "2023-00", "23", "2023-4", "2023-04-1", "2023/04", " 2023", ""})
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
    "2023-04-15, 2023-04-15, false"
  })
  void isCertainlyBeforeOnlyWhenOneSpanEndsBeforeTheOtherBegins(
      String first, String second, boolean before) {
    assertThat(PartialDate.parse(first).isBefore(PartialDate.parse(second))).isEqualTo(before);
  }
}
