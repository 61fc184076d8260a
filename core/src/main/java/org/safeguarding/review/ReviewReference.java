package org.safeguarding.review;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A review or audit a learning document draws on. Published documents often name a review
 * without saying what kind it was, so every part is optional.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableReviewReference.class)
public abstract class ReviewReference implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  ReviewReference() {}

  /** The kind of review, if the source says. */
  public abstract Optional<ReviewType> getType();

  /** The review's title, such as "Temporary Accommodation Audit". */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getTitle();

  /** A reference, such as the Panel's notification reference. */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getReference();

  /** The partnership that carried out the review. */
  public abstract Optional<@Valid Partnership> getPartnership();

  /** When the decision to undertake the review was made. */
  public abstract Optional<PartialDate> getDecisionDate();

  /** When the review was published. */
  public abstract Optional<PartialDate> getPublicationDate();

  /** A builder for a review reference. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewReference}. */
  public static final class Builder extends ImmutableReviewReference.Builder {}
}
