package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An organisation that took part in a review without carrying it out, with its part as the document
 * words it, such as the charity Safer London "commissioned to consult with children and families".
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableContributor.class)
public abstract class Contributor implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Contributor() {}

  /** {@return the organisation that took part} */
  @NotNull
  @Valid
  public abstract Organisation getOrganisation();

  /** {@return its part in the review, as written, such as "commissioned to consult with children"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getRole();

  /**
   * {@return a contributor with its role}
   *
   * @param organisation the organisation that took part
   * @param role its part in the review, as written
   */
  public static Contributor of(Organisation organisation, String role) {
    return builder().organisation(organisation).role(role).build();
  }

  /** {@return a builder for a contributor} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Contributor}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableContributor.Builder {

    /** A builder with no property set, as {@link Contributor#builder()} gives. */
    public Builder() {}
  }
}
