package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a review concluded about the harm or death as a whole, in its words ("the death was neither
 * predictable nor preventable", "the children were unlikely to have been identifiable as at
 * heightened risk"), with whether it found it predictable and preventable when it says so. A
 * conclusion the document does not state is never inferred.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableReviewConclusion.class)
public abstract class ReviewConclusion implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  ReviewConclusion() {}

  /** {@return whether the review found the harm or death predictable, when it says} */
  public abstract Optional<Boolean> getPredictable();

  /** {@return whether the review found the harm or death preventable, when it says} */
  public abstract Optional<Boolean> getPreventable();

  /** {@return the conclusion in the document's words} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getAsWritten();

  /** {@return a builder for a conclusion} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ReviewConclusion}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set.
   */
  public static final class Builder extends ImmutableReviewConclusion.Builder {

    /** A builder with no property set, as {@link ReviewConclusion#builder()} gives. */
    public Builder() {}
  }
}
