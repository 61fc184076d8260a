package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.testing.IssueText;
import org.safeguarding.review.validation.ModelValidator;

class AgeTest {

  @ParameterizedTest
  @CsvSource({"6 months, 6, MONTHS", "3 weeks, 3, WEEKS", "2 years, 2, YEARS", "1 month, 1, MONTHS", "1 day, 1, DAYS", "0 days, 0, DAYS"})
  void roundTripsExactlyAsWritten(String text, int value, AgeUnit unit) {
    Age age = Age.parse(text);

    assertThat(age).isEqualTo(Age.of(value, unit));
    assertThat(age.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"about 2 years, 2, , ABOUT", "under 5 years, 5, , UNDER", "0 to 2 years, 0, 2, ", "at least 16 years, 16, , AT_LEAST",
      "at most 1 year, 1, , AT_MOST", "over 16 years, 16, , OVER", "1 to 1 year, 1, 1, "})
  void roundTripsTheCountedForms(String text, int value, Integer to, Qualifier qualifier) {
    Age age = Age.parse(text);

    assertThat(age.getValue()).contains(value);
    assertThat(age.getTo()).isEqualTo(java.util.Optional.ofNullable(to));
    assertThat(age.getQualifier()).isEqualTo(java.util.Optional.ofNullable(qualifier));
    assertThat(age.getUnit()).contains(AgeUnit.YEARS);
    assertThat(age.toString()).isEqualTo(text);
    assertThat(Age.parse(age.toString())).isEqualTo(age);
  }

  @org.junit.jupiter.api.Test
  void anAgeWithoutACountIsWrittenAsTheDocumentWroteItOrAsItsStage() {
    assertThat(Age.builder().stage(LifeStage.SECONDARY_SCHOOL_AGE).asWritten("of secondary school age").build())
        .hasToString("of secondary school age");
    assertThat(Age.builder().stage(LifeStage.YOUNG_CHILD).build()).hasToString("Young child");
    assertThat(Age.builder().value(7).unit(AgeUnit.WEEKS).stage(LifeStage.PRE_MOBILE_INFANT).asWritten("a pre-mobile baby aged 7 weeks").build())
        .hasToString("7 weeks");
  }

  @ParameterizedTest
  @ValueSource(strings = {"six months", "6", "6 fortnights", "-1 years", "months 6", "", "1000 days", "nearly 2 years", "2 to years", "about years"})
  void rejectsTextThatIsNotACountAndAUnit(String text) {
    assertThatThrownBy(() -> Age.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 151, 999})
  void anAgeOutOfRangeIsReportedByValidationHoweverItIsBuilt(int value) {
    List<Age> ages =
        value < 0
            ? List.of(Age.of(value, AgeUnit.YEARS), Age.builder().value(value).unit(AgeUnit.YEARS).build())
            : List.of(Age.of(value, AgeUnit.YEARS), Age.builder().value(value).unit(AgeUnit.YEARS).build(), Age.parse(value + " years"));
    for (Age age : ages) {
      LearningSummary summary = TestDocuments.learningSummary();
      LearningSummary withAge =
          LearningSummary.builder().from(summary).subjects(List.of(Subject.of("Infant A", age))).build();

      assertThat(Standard.validator().validate(withAge).errors())
          .extracting(ValidationIssue::code, IssueText::pointer)
          .containsExactly(tuple(IssueCode.VALUE_OUT_OF_RANGE, "/subjects/0/age/value"));
    }
  }
}
