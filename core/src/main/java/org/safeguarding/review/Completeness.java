package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How complete the encoded text is, and where it is cut. Cut markers never stay in the text: the
 * text keeps only the words that exist.
 *
 * <p>Where text is missing in the middle of a document, an omission block or item marks the place;
 * the end of a partial document needs no marker.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCompleteness.class)
public abstract class Completeness implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Completeness() {}

  /** {@return complete, an excerpt, or partial} */
  @NotNull
  public abstract CompletenessStatus getStatus();

  /**
   * {@return where the text is cut or what is missing, in words, such as "steps 5 and 6 not
   * captured"}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getNote();

  /**
   * {@return true when the text stops part-way through its last paragraph, list item or table cell,
   * which is then incomplete}
   */
  public abstract Optional<Boolean> getEndsMidway();

  /** {@return a builder for a completeness} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Completeness}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableCompleteness.Builder {

    /** A builder with no property set, as {@link Completeness#builder()} gives. */
    public Builder() {}
  }
}
