package org.safeguarding.review;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Where something happened: the local authority area and the kind of setting. */
@Value.Immutable
@JsonDeserialize(as = ImmutablePlace.class)
public abstract class Place implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Place() {}

  /**
   * {@return the local authority area, as written (for a rapid review, the authority of the
   * incident)}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getArea();

  /** {@return the kind of setting} */
  public abstract Optional<Setting> getSetting();

  /** {@return the place in the document's words, such as "on school premises"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getDescription();

  /** {@return a builder for a place} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Place}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutablePlace.Builder {

    /** A builder with no property set, as {@link Place#builder()} gives. */
    public Builder() {}
  }
}
