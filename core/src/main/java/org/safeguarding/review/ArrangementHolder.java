package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One of several bodies an arrangement puts a duty or responsibility on, at its level, such as
 * "nationally with the Child Safeguarding Practice Review Panel" and "locally with the safeguarding
 * partners".
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableArrangementHolder.class)
public abstract class ArrangementHolder implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  ArrangementHolder() {}

  /** {@return the level at which this body holds it} */
  @NotNull
  public abstract Level getLevel();

  /** {@return the body that holds it at that level} */
  @NotNull
  @Valid
  public abstract Organisation getBody();

  /** {@return the document's words for the level, such as "at a national level"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getLevelAsWritten();

  /** {@return a builder for an arrangement's holder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ArrangementHolder}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableArrangementHolder.Builder {

    /** A builder with no property set, as {@link ArrangementHolder#builder()} gives. */
    public Builder() {}
  }
}
