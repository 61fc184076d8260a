package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The dates of a rapid review, which must be in order: became aware, notification sent, meetings,
 * submitted. Dates are partial dates, so that a review known only from another document can say no
 * more than it knows.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRapidReviewTimeline.class)
public abstract class RapidReviewTimeline implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  RapidReviewTimeline() {}

  /**
   * {@return when the local authority became aware of the incident; absent when not known (a
   * warning)}
   */
  public abstract Optional<PartialDate> getBecameAware();

  /** {@return when the serious incident notification was sent to the Panel} */
  @NotNull
  public abstract PartialDate getNotificationSent();

  /** {@return the dates of the rapid review meetings, in order} */
  public abstract List<PartialDate> getMeetings();

  /** {@return when the rapid review was submitted to the Panel; absent for a draft} */
  public abstract Optional<PartialDate> getSubmitted();

  /** {@return a builder for a rapid review timeline} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link RapidReviewTimeline}: {@code build()} throws an {@link
   * IllegalStateException} naming each property JSON requires that is not set; that a list has its
   * items is checked by validation.
   */
  public static final class Builder extends ImmutableRapidReviewTimeline.Builder {

    /** A builder with no property set, as {@link RapidReviewTimeline#builder()} gives. */
    public Builder() {}
  }
}
