package org.safeguarding.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A whole number as a document gives it: exact ("ten"), approximate ("about 60") or bounded ("more
 * than 100").
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCount.class)
public abstract class Count implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Count() {}

  /** {@return the number} */
  @NotNull
  @PositiveOrZero
  @Max(Constraints.COUNT_MAX)
  public abstract Integer getValue();

  /** {@return how the number is qualified; absent when exact} */
  public abstract Optional<Qualifier> getQualifier();

  /**
   * {@return an exact count}
   *
   * @param value how many
   */
  public static Count of(int value) {
    return builder().value(value).build();
  }

  /** {@return a builder for a count} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Count}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableCount.Builder {

    /** A builder with no property set, as {@link Count#builder()} gives. */
    public Builder() {}
  }
}
