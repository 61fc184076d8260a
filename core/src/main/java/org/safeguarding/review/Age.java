package org.safeguarding.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An age as a review gives it, a count and a unit: "6 months", "3 weeks", "2 years". The model
 * never holds a date of birth; an age is what identifies a child's stage of life without
 * identifying the child.
 *
 * <p>{@link #toString()} gives the English form ("1 month", "6 months") that {@link #parse(String)}
 * reads back, so the age round-trips exactly as written. In JSON an age is an object: {@code
 * {"value": 6, "unit": "MONTHS"}}.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAge.class)
public abstract class Age implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Age() {}

  private static final Pattern ENGLISH = Pattern.compile("\\s*(\\d{1,3})\\s+([A-Za-z]+)\\s*");

  /** The count of units, from 0 to {@value Constraints#AGE_MAX}. */
  @NotNull
  @PositiveOrZero
  @Max(Constraints.AGE_MAX)
  public abstract Integer getValue();

  /** The unit the value counts. */
  @NotNull
  public abstract AgeUnit getUnit();

  /**
   * An age of {@code value} units. Like an age built with {@link #builder()}, a value outside 0 to
   * {@value Constraints#AGE_MAX} is reported by validation ({@code value.outOfRange}), not here.
   */
  public static Age of(int value, AgeUnit unit) {
    return builder().value(value).unit(unit).build();
  }

  /**
   * Reads an age written in English, such as "6 months", "1 year" or "3 weeks".
   *
   * @throws IllegalArgumentException if the text is not a count of up to three digits followed by a
   *     unit
   */
  public static Age parse(String text) {
    Matcher matcher = ENGLISH.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "An age must be a count followed by days, weeks, months or years, such as 6 months");
    }
    return of(Integer.parseInt(matcher.group(1)), AgeUnit.fromWord(matcher.group(2)));
  }

  /** The age in English, such as "6 months" or "1 year". */
  @Override
  public String toString() {
    return getValue() + " " + getUnit().word(getValue());
  }

  /** A builder for an age. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Age}. */
  public static final class Builder extends ImmutableAge.Builder {}
}
