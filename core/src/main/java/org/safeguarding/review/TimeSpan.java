package org.safeguarding.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A length of time as a document gives it: "about two months", "nine weeks", "more than six weeks".
 *
 * <p>A span has a value or the words as written; a unit comes with a value and never without one;
 * {@linkplain #getTo() to} and a qualifier need a value ({@link FormRule#TIME_SPAN_FORM}); a range
 * does not end below its start (a domain rule).
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTimeSpan.class)
public abstract class TimeSpan implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  TimeSpan() {}

  /** {@return the count of units, or the start of a range} */
  public abstract Optional<@PositiveOrZero @Max(Constraints.COUNT_MAX) Integer> getValue();

  /** {@return the end of a range, inclusive} */
  public abstract Optional<@PositiveOrZero @Max(Constraints.COUNT_MAX) Integer> getTo();

  /** {@return the unit value counts; required with value} */
  public abstract Optional<AgeUnit> getUnit();

  /** {@return how the value is qualified; absent when exact} */
  public abstract Optional<Qualifier> getQualifier();

  /** {@return the words the document uses} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getAsWritten();

  /** The span in English: its counted form ("about 2 months", "9 weeks") when it has a value, else the words as written. */
  @Override
  public String toString() {
    return getValue().map(value -> QualifierWords.counted(getQualifier(), value, getTo(), getUnit())).orElseGet(() -> getAsWritten().orElse(""));
  }

  /** {@return a builder for a time span} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link TimeSpan}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableTimeSpan.Builder {

    /** A builder with no property set, as {@link TimeSpan#builder()} gives. */
    public Builder() {}
  }
}
