package org.safeguarding.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An age as a document gives it, keeping the words used: exact ("6 months"), approximate ("about
 * 2"), bounded ("under 5"), a range ("0 to 2 years"), a stage ("young child") or a count with a
 * stage ("a pre-mobile baby aged 7 weeks"). The model never holds a date of birth: an age tells a
 * child's stage of life without identifying the child.
 *
 * <p>An age has a {@linkplain #getValue() value}, a {@linkplain #getStage() stage} or only the
 * words ({@linkplain #getAsWritten() asWritten}, such as "young parents"); a unit comes
 * with a value and never without one; {@linkplain #getTo() to} and a {@linkplain #getQualifier()
 * qualifier} need a value ({@link FormRule#AGE_FORM}); and a range does not end below its start
 * (a domain rule). In JSON an age is an object: {@code {"value": 6, "unit": "MONTHS"}}.
 *
 * <p>{@link #toString()} gives the counted forms in English ("6 months", "about 2 years", "under 5
 * years", "0 to 2 years", "at least 16 years"), which {@link #parse(String)} reads back exactly;
 * the words as written and the stage are not parsed.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAge.class)
public abstract class Age implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Age() {}

  private static final Pattern COUNTED =
      Pattern.compile("\\s*(?:(" + QualifierWords.PATTERN + ")\\s+)?(\\d{1,3})(?:\\s+to\\s+(\\d{1,3}))?\\s+([A-Za-z]+)\\s*");

  /** {@return the count of units: the age, or the start of a range} */
  public abstract Optional<@PositiveOrZero @Max(Constraints.AGE_MAX) Integer> getValue();

  /** {@return the end of a range, inclusive ("0 to 2 years": value 0, to 2)} */
  public abstract Optional<@PositiveOrZero @Max(Constraints.AGE_MAX) Integer> getTo();

  /** {@return the unit value and to count; required with value} */
  public abstract Optional<AgeUnit> getUnit();

  /**
   * {@return how the value is qualified (about, under, over, at least, at most); absent when exact}
   */
  public abstract Optional<Qualifier> getQualifier();

  /** {@return the stage of life the document names, with or without a count} */
  public abstract Optional<LifeStage> getStage();

  /** {@return the words the document uses, such as "16-year-old" or "of secondary school age"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getAsWritten();

  /**
   * {@return an age of {@code value} units} Like an age built with {@link #builder()}, a value
   * outside 0 to {@value Constraints#AGE_MAX} is reported by validation ({@code value.outOfRange}),
   * not here.
   *
   * @param value how many units
   * @param unit days, weeks, months or years
   */
  public static Age of(int value, AgeUnit unit) {
    return builder().value(value).unit(unit).build();
  }

  /**
   * Reads an age in its counted form, such as "6 months", "1 year", "about 2 years", "under 5
   * years", "0 to 2 years" or "at least 16 years".
   *
   * @param text the age as written
   * @return the age, with its qualifier and range as the text gives them
   * @throws IllegalArgumentException if the text is not an optional qualifier, a count of up to
   *     three digits, an optional "to" and a second count, and a unit; the message does not repeat
   *     the text
   */
  public static Age parse(String text) {
    Matcher matcher = COUNTED.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "An age must be a count followed by days, weeks, months or years, such as 6 months, about 2 years,"
              + " under 5 years or 0 to 2 years");
    }
    Builder age = builder().value(Integer.parseInt(matcher.group(2))).unit(AgeUnit.fromWord(matcher.group(4)));
    if (matcher.group(1) != null) {
      age.qualifier(QualifierWords.of(matcher.group(1)));
    }
    if (matcher.group(3) != null) {
      age.to(Integer.parseInt(matcher.group(3)));
    }
    return age.build();
  }

  /**
   * The age in English: its counted form ("6 months", "1 year", "about 2 years", "0 to 2 years")
   * when it has a value, else the words as written, else the stage's label.
   */
  @Override
  public String toString() {
    if (getValue().isEmpty()) {
      return getAsWritten().orElseGet(() -> getStage().map(LifeStage::getLabel).orElse("age not given"));
    }
    return QualifierWords.counted(getQualifier(), getValue().get(), getTo(), getUnit());
  }

  /** {@return a builder for an age} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Age}: {@code build()} throws an {@link IllegalStateException} naming each
   * property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableAge.Builder {

    /** A builder with no property set, as {@link Age#builder()} gives. */
    public Builder() {}
  }
}
