package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The dates of a rapid review, which must be in order: the local authority became aware of the
 * incident, notified the Panel, the partners met, and the rapid review was submitted.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRapidReviewTimeline.class)
public abstract class RapidReviewTimeline implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  RapidReviewTimeline() {}

  /** When the local authority became aware of the incident. */
  @NotNull
  public abstract LocalDate getBecameAware();

  /** When the serious incident notification was sent to the Panel. */
  @NotNull
  public abstract LocalDate getNotificationSent();

  /** The dates of the rapid review meetings, in order. */
  public abstract List<@NotNull LocalDate> getMeetings();

  /** When the rapid review was submitted to the Panel; empty for a draft. */
  public abstract Optional<LocalDate> getSubmitted();

  /** A builder for a rapid review's dates. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RapidReviewTimeline}. */
  public static final class Builder extends ImmutableRapidReviewTimeline.Builder {}
}
