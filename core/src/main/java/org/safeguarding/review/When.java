package org.safeguarding.review;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * When something happened, as precisely as the document says: one partial date (to the day, month,
 * season or year, a span of years, or inferred by the encoder), a span or a bound (from, to), a
 * time relative to another event ("two weeks after the birth"), and the words used where a date
 * cannot hold them ("12th June", "over the previous 12 months").
 *
 * <p>A when has at least one property, and a date never goes with from or to ({@link
 * FormRule#WHEN_FORM}); a span does not certainly end before it starts (a domain rule). Because
 * {@code from} is a property, the builder has no {@code from(When)} copy method: build a new one.
 */
@Value.Immutable
// The property "from" takes the name of the builder's copy method, which is therefore not generated.
@SuppressWarnings("immutables:from")
@JsonDeserialize(as = ImmutableWhen.class)
public abstract class When implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  When() {}

  /** {@return the date, to the day, month or year given} */
  public abstract Optional<PartialDate> getDate();

  /** {@return the start of a span, or "since"} */
  public abstract Optional<PartialDate> getFrom();

  /** {@return the end of a span, or "until"} */
  public abstract Optional<PartialDate> getTo();

  /**
   * {@return a time the document gives by another event ("two weeks after the birth"); the date
   * it implies, if worked out, goes in {@code date} marked as inferred}
   */
  public abstract Optional<@Valid RelativeTime> getRelative();

  /** {@return the document's words, when they say more or less than the dates} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getAsWritten();

  /**
   * {@return a time given as a date, to the day, month or year}
   *
   * @param date the date
   */
  public static When of(PartialDate date) {
    return builder().date(date).build();
  }

  /** {@return a builder for a {@link When}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link When}: {@code build()} throws an {@link IllegalStateException} naming each
   * property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableWhen.Builder {

    /** A builder with no property set, as {@link When#builder()} gives. */
    public Builder() {}
  }
}
