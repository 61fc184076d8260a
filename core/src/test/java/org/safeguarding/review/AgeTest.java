package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeTest {

  @ParameterizedTest
  @CsvSource({"6 months, 6, MONTHS", "3 weeks, 3, WEEKS", "2 years, 2, YEARS", "1 month, 1, MONTHS", "1 day, 1, DAYS", "0 days, 0, DAYS"})
  void roundTripsExactlyAsWritten(String text, int value, AgeUnit unit) {
    Age age = Age.parse(text);

    assertThat(age).isEqualTo(Age.of(value, unit));
    assertThat(age.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"six months", "6", "6 fortnights", "-1 years", "months 6", "", "151 years", "999 days"})
  void rejectsTextThatIsNotACountAndAUnit(String text) {
    assertThatThrownBy(() -> Age.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
