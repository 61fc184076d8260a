package org.safeguarding.review.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.review.Age;
import org.safeguarding.review.LifeStage;

class AgeBandTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0 days, UNDER_1",
    "7 weeks, UNDER_1",
    "51 weeks, UNDER_1",
    "52 weeks, ACROSS_BANDS",
    "364 days, UNDER_1",
    "365 days, ACROSS_BANDS",
    "11 months, UNDER_1",
    "12 months, AGED_1_TO_4",
    "23 months, AGED_1_TO_4",
    "0 years, UNDER_1",
    "1 year, AGED_1_TO_4",
    "4 years, AGED_1_TO_4",
    "5 years, AGED_5_TO_9",
    "9 years, AGED_5_TO_9",
    "10 years, AGED_10_TO_15",
    "15 years, AGED_10_TO_15",
    "16 years, AGED_16_TO_17",
    "17 years, AGED_16_TO_17",
    "18 years, ADULT",
    "40 years, ADULT",
    "0 to 2 years, ACROSS_BANDS",
    "1 to 4 years, AGED_1_TO_4",
    "10 to 15 years, AGED_10_TO_15",
    "14 to 17 years, ACROSS_BANDS",
    "about 2 years, AGED_1_TO_4",
    "about 6 months, UNDER_1",
    "about 1 year, ACROSS_BANDS",
    "about 16 years, ACROSS_BANDS",
    "under 1 year, UNDER_1",
    "under 6 months, UNDER_1",
    "under 5 years, ACROSS_BANDS",
    "at most 4 years, ACROSS_BANDS",
    "at most 10 months, UNDER_1",
    "over 16 years, ACROSS_BANDS",
    "over 18 years, ADULT",
    "at least 18 years, ADULT",
    "at least 16 years, ACROSS_BANDS"
  })
  void aCountedAgeGoesWhereItCertainlyBelongs(String age, AgeBand band) {
    assertThat(AgeBand.of(Age.parse(age))).isEqualTo(band);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "UNBORN, UNBORN",
    "PRE_MOBILE_INFANT, UNDER_1",
    "INFANT, STAGE_ONLY",
    "YOUNG_CHILD, STAGE_ONLY",
    "PRIMARY_SCHOOL_AGE, STAGE_ONLY",
    "SECONDARY_SCHOOL_AGE, STAGE_ONLY",
    "ADOLESCENT, STAGE_ONLY",
    "YOUNG_ADULT, ADULT",
    "ADULT, ADULT"
  })
  void aStageAloneGoesInABandOnlyWhenItIsCertainlyThere(LifeStage stage, AgeBand band) {
    assertThat(AgeBand.of(Age.builder().stage(stage).build())).isEqualTo(band);
  }

  @Test
  void aCountBeatsTheStageBesideIt() {
    Age preMobileAtSevenWeeks = Age.builder().value(7).unit(org.safeguarding.review.AgeUnit.WEEKS).stage(LifeStage.INFANT).build();
    Age adolescentAgedSixteen = Age.builder().value(16).unit(org.safeguarding.review.AgeUnit.YEARS).stage(LifeStage.ADOLESCENT).build();

    assertThat(AgeBand.of(preMobileAtSevenWeeks)).isEqualTo(AgeBand.UNDER_1);
    assertThat(AgeBand.of(adolescentAgedSixteen)).isEqualTo(AgeBand.AGED_16_TO_17);
  }

  @Test
  void anAgeWithoutCountOrStageIsInWordsOnlyOrNotGiven() {
    assertThat(AgeBand.of(Optional.empty())).isEqualTo(AgeBand.NOT_GIVEN);
    assertThat(AgeBand.of(Age.builder().build())).isEqualTo(AgeBand.NOT_GIVEN);
    assertThat(AgeBand.of(Age.builder().asWritten("young parents").build())).isEqualTo(AgeBand.WORDS_ONLY);
  }
}
