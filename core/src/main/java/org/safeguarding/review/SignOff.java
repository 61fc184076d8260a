package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** One statutory partner's sign-off of a rapid review, by role rather than by name. */
@Value.Immutable
@JsonDeserialize(as = ImmutableSignOff.class)
public abstract class SignOff implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  SignOff() {}

  /** {@return the statutory partner signing off} */
  @NotNull
  public abstract StatutoryPartner getPartner();

  /** {@return the role of the person who signed, such as "Director of Children's Services"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getRole();

  /** {@return when they signed} */
  public abstract Optional<PartialDate> getDate();

  /** {@return a builder for a sign off} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link SignOff}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableSignOff.Builder {

    /** A builder with no property set, as {@link SignOff#builder()} gives. */
    public Builder() {}
  }
}
