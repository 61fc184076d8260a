package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A body that leads or publishes reviews: a safeguarding children partnership (before 2019 a
 * local safeguarding children board), a safeguarding adults board, a community safety partnership
 * or the national Panel.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePartnership.class)
public abstract class Partnership implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Partnership() {}

  /** The name as the body gives it, such as "Essex Safeguarding Children Board". */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getName();

  /** The kind of body. */
  @NotNull
  public abstract PartnershipKind getKind();

  /** A partnership of the given name and kind. */
  public static Partnership of(String name, PartnershipKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /** A builder for a partnership. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partnership}. */
  public static final class Builder extends ImmutablePartnership.Builder {}
}
