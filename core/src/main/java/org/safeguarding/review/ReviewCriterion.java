package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One criterion of a kind of review as the document states it ("where the child has died by
 * suicide"), with the kinds of harm and the statuses it names where they can be typed.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableReviewCriterion.class)
public abstract class ReviewCriterion implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  ReviewCriterion() {}

  /** {@return the criterion in the document's words} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getAsWritten();

  /** {@return the kinds of harm or death it names, such as suicide or an accidental death} */
  public abstract List<HarmType> getHarmTypes();

  /** {@return the statuses of a child it names, such as on the child protection register or looked after} */
  public abstract List<StatusKind> getStatuses();

  /** {@return a builder for a review criterion} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ReviewCriterion}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set.
   */
  public static final class Builder extends ImmutableReviewCriterion.Builder {

    /** A builder with no property set, as {@link ReviewCriterion#builder()} gives. */
    public Builder() {}
  }
}
