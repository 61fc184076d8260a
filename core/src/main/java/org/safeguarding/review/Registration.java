package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Whether a child or family member was registered with a local service such as a GP or health
 * visiting team.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRegistration.class)
public abstract class Registration implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Registration() {}

  /** {@return the service} */
  @NotNull
  public abstract LocalService getService();

  /** {@return true if registered, false if not} */
  @NotNull
  public abstract Boolean getRegistered();

  /** {@return where the registration was held, as written ("in the previous area")} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getArea();

  /** {@return when this applied; absent means at the time of the incident} */
  public abstract Optional<@Valid When> getWhen();

  /** {@return a builder for a registration} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Registration}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableRegistration.Builder {

    /** A builder with no property set, as {@link Registration#builder()} gives. */
    public Builder() {}
  }
}
