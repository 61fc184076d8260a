package org.safeguarding.review.stats;

import java.util.Optional;
import org.safeguarding.review.Age;
import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.LifeStage;
import org.safeguarding.review.Qualifier;

/**
 * The band a child's age falls in, for counting. An age goes in a band only when it certainly
 * belongs there, read as the span of ages its words allow:
 *
 * <ul>
 *   <li>an exact age is the whole unit it names: "2 years" is from 2 years up to 3, "7 weeks" from
 *       7 weeks up to 8;
 *   <li>a range ("0 to 2 years") runs from its start to the end of its last unit;
 *   <li>"about" widens the span by one unit each side; "under" and "at most" run from birth,
 *       "over" and "at least" without end;
 *   <li>a month is a twelfth of a year of 365¼ days, a week 7 days.
 * </ul>
 *
 * <p>A span inside one band goes there; one that crosses a boundary (such as "under 5 years", or
 * "52 weeks", which may be either side of a first birthday) is {@link #ACROSS_BANDS}. An age with
 * only a {@link LifeStage} goes in a band when the stage is certainly in it (unborn, a pre-mobile
 * baby under one, young adults and adults) and is {@link #STAGE_ONLY} otherwise.
 */
public enum AgeBand {
  /** Before birth. */
  UNBORN("Unborn", -1, 0),
  /** Under one year. */
  UNDER_1("Under 1", 0, 1),
  /** One to four years. */
  AGED_1_TO_4("1 to 4", 1, 5),
  /** Five to nine years. */
  AGED_5_TO_9("5 to 9", 5, 10),
  /** Ten to fifteen years. */
  AGED_10_TO_15("10 to 15", 10, 16),
  /** Sixteen and seventeen. */
  AGED_16_TO_17("16 to 17", 16, 18),
  /** Eighteen and over. */
  ADULT("18 and over", 18, Integer.MAX_VALUE),
  /** An age whose span crosses the boundary of two or more bands. */
  ACROSS_BANDS("Across bands (a range or approximate age)", -1, -1),
  /** A stage of life that does not fall in one band, such as "young child", without an age. */
  STAGE_ONLY("Stage of life only", -1, -1),
  /** An age given only in words that name no count or stage, such as "young parents". */
  WORDS_ONLY("In words only", -1, -1),
  /** No age given. */
  NOT_GIVEN("Not given", -1, -1);

  /** Sixteenths of a day in a day, a week, a month (30 7⁄16 days) and a year (365¼ days). */
  private static final long DAY = 16;
  private static final long WEEK = 7 * DAY;
  private static final long YEAR = 5844;
  private static final long MONTH = YEAR / 12;

  private final String label;
  private final int fromYears;
  private final int toYears;

  AgeBand(String label, int fromYears, int toYears) {
    this.label = label;
    this.fromYears = fromYears;
    this.toYears = toYears;
  }

  /** {@return a label for people, such as "1 to 4"} */
  public String getLabel() {
    return label;
  }

  /**
   * The band of an age that may be absent.
   *
   * @param age the age, if given
   * @return its band, or {@link #NOT_GIVEN} when it is absent
   */
  public static AgeBand of(Optional<Age> age) {
    return age.map(AgeBand::of).orElse(NOT_GIVEN);
  }

  /**
   * The band an age certainly falls in, as the type's description says.
   *
   * @param age the age
   * @return its band, or a band that says why it has none
   */
  public static AgeBand of(Age age) {
    if (age.getValue().isEmpty() || age.getUnit().isEmpty()) {
      return age.getStage().map(AgeBand::ofStage).orElse(age.getAsWritten().isPresent() ? WORDS_ONLY : NOT_GIVEN);
    }
    long unit = sixteenthsOfADay(age.getUnit().get());
    long from = age.getValue().get();
    long to = age.getTo().orElse(age.getValue().get()) + 1L;
    long start = from * unit;
    long end = to * unit;
    Qualifier qualifier = age.getQualifier().orElse(null);
    if (qualifier == Qualifier.ABOUT) {
      start = Math.max(0, start - unit);
      end += unit;
    } else if (qualifier == Qualifier.UNDER) {
      start = 0;
      end = from * unit;
    } else if (qualifier == Qualifier.AT_MOST) {
      start = 0;
    } else if (qualifier == Qualifier.OVER || qualifier == Qualifier.AT_LEAST) {
      end = Long.MAX_VALUE;
    }
    for (AgeBand band : values()) {
      if (band.fromYears >= 0 && start >= band.fromYears * YEAR && end <= band.end()) {
        return band;
      }
    }
    return ACROSS_BANDS;
  }

  private long end() {
    return toYears == Integer.MAX_VALUE ? Long.MAX_VALUE : toYears * YEAR;
  }

  private static AgeBand ofStage(LifeStage stage) {
    return switch (stage) {
      case UNBORN -> UNBORN;
      case PRE_MOBILE_INFANT -> UNDER_1;
      case YOUNG_ADULT, ADULT -> ADULT;
      default -> STAGE_ONLY;
    };
  }

  private static long sixteenthsOfADay(AgeUnit unit) {
    return switch (unit) {
      case DAYS -> DAY;
      case WEEKS -> WEEK;
      case MONTHS -> MONTH;
      case YEARS -> YEAR;
    };
  }
}
