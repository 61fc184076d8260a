package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A time a document gives only by another event: "two weeks after the birth", "the day before the
 * strategy meeting", "around the time of the move". The event is named in the document's words;
 * the date it implies, when the encoder can work it out, goes in the when's {@code date}, marked
 * as inferred.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRelativeTime.class)
public abstract class RelativeTime implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  RelativeTime() {}

  /** {@return how long before or after the event, when the document says ("two weeks")} */
  public abstract Optional<@Valid TimeSpan> getOffset();

  /** {@return whether the time is before, after or around the event} */
  @NotNull
  public abstract TimeRelation getRelation();

  /** {@return the event, in the document's words, such as "the birth" or "the strategy meeting"} */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getEvent();

  /** {@return a builder for a relative time} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link RelativeTime}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set.
   */
  public static final class Builder extends ImmutableRelativeTime.Builder {

    /** A builder with no property set, as {@link RelativeTime#builder()} gives. */
    public Builder() {}
  }
}
