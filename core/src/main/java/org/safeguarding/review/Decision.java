package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** What a rapid review decided, and why; a decision always carries its rationale. */
@Value.Immutable
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Decision() {}

  /**
   * {@return whether the criteria for a local child safeguarding practice review are met; absent
   * when the partners could not agree or did not say}
   */
  public abstract Optional<Boolean> getCriteriaMet();

  /** {@return what happens next} */
  @NotNull
  public abstract DecisionOutcome getOutcome();

  /** {@return why; required for every decision} */
  @NotNull
  @Text(max = Constraints.TEXT_MAX)
  public abstract String getRationale();

  /** {@return whether the partners think a national review may be appropriate} */
  public abstract Optional<Boolean> getNationalReviewRecommended();

  /** {@return when the decision was made} */
  public abstract Optional<PartialDate> getDate();

  /** {@return a builder for a decision} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Decision}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableDecision.Builder {

    /** A builder with no property set, as {@link Decision#builder()} gives. */
    public Builder() {}
  }
}
