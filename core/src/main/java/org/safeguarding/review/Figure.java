package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A number a document gives about a group, a case or the reviews, typed rather than left in prose:
 * "72% of ...", "19 children excluded", "three contacts with the Front Door in 2024", or a
 * comparison in words without a number ("higher than the national average").
 *
 * <p>A figure has a {@linkplain #getValue() value} or words for it ({@linkplain #getAsWritten()
 * asWritten}); a value needs a unit, a unit needs a value, and a qualifier or an
 * {@linkplain #getOutOf() outOf} needs a value ({@link FormRule#FIGURE_FORM}).
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFigure.class)
public abstract class Figure implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Figure() {}

  /** {@return what is counted or measured, in words, such as "contacts with the Front Door"} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getMeasure();

  /**
   * {@return the number, from minus to plus {@value Constraints#FIGURE_MAX}; absent when the
   * document gives only words, such as "above the national average"}
   */
  public abstract Optional<@Min(-Constraints.FIGURE_MAX) @Max(Constraints.FIGURE_MAX) BigDecimal> getValue();

  /**
   * {@return the whole the value is counted out of, such as 18 in "11 of 18 partnerships" or
   * "11/18"; needs a value, and a whole count is not above it ({@code figure.aboveOutOf})}
   */
  public abstract Optional<@Min(1) @Max(Constraints.FIGURE_MAX) BigDecimal> getOutOf();

  /** {@return a count or a percentage; required with a value} */
  public abstract Optional<FigureUnit> getUnit();

  /** {@return how the number is qualified; absent when exact} */
  public abstract Optional<Qualifier> getQualifier();

  /**
   * {@return the pseudonyms, group labels or words for what the figure describes; the reviews it
   * describes are its sources; both empty for the document as a whole}
   */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getAbout();

  /** {@return the ids of the document's sources the figure is about, such as the reviews it counts} */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getSources();

  /** {@return when or over which period the figure applies} */
  public abstract Optional<@Valid When> getWhen();

  /**
   * {@return since when the document says the figure has held or its trend has run ("this has been
   * the position for a number of years")}
   */
  public abstract Optional<@Valid When> getSince();

  /**
   * {@return the document's words for the number, such as "almost three quarters", or for a
   * figure without one, such as "higher than the national average"}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getAsWritten();

  /**
   * {@return what the document compares the figure with, as written, such as "reflects the national
   * picture" or "higher than the national average"}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getComparison();

  /** {@return which way the figure moved, for a figure that is a change ("an 18% fall"), where the document says} */
  public abstract Optional<ChangeDirection> getChange();

  /**
   * {@return what the document says drove the change, as written, such as "mainly fewer
   * notifications for serious harm"}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getChangeReason();

  /**
   * {@return the kinds of harm the figure is about, such as extra-familial harm for "more boys than
   * girls"; they describe the figure and are not counted as incidents}
   */
  public abstract List<HarmType> getHarmTypes();

  /** {@return where the document says the figure comes from, such as "the children in need census 2023"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getDataSource();

  /** {@return a builder for a figure} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Figure}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableFigure.Builder {

    /** A builder with no property set, as {@link Figure#builder()} gives. */
    public Builder() {}
  }
}
