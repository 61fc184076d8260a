package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** An agency: its kind, and its name where the document gives one. */
@Value.Immutable
@JsonDeserialize(as = ImmutableAgency.class)
public abstract class Agency implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Agency() {}

  /** The kind of agency. */
  @NotNull
  public abstract AgencyKind getKind();

  /** The agency's name, such as the name of a hospital trust. */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getName();

  /** An agency of the given kind, without a name. */
  public static Agency of(AgencyKind kind) {
    return builder().kind(kind).build();
  }

  /** A builder for an agency. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agency}. */
  public static final class Builder extends ImmutableAgency.Builder {}
}
