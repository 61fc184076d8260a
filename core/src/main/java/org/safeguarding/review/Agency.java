package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An agency as a document names it: a catalogue kind and the name as written ("Front Door", "Urgent
 * Care Centre", "Metropolitan Police Service").
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAgency.class)
public abstract class Agency implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Agency() {}

  /** {@return the kind of agency} */
  @NotNull
  public abstract AgencyKind getKind();

  /** {@return the agency's name as the document writes it} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getName();

  /** {@return whether it is public, private or voluntary, as the document says ("a private children's home")} */
  public abstract Optional<Sector> getSector();

  /**
   * {@return the practitioner the document names in the agency's place, by role as written, such as
   * "ED registered nurse"}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getPractitioner();

  /**
   * {@return an agency of the given kind, without a name}
   *
   * @param kind the kind of agency
   */
  public static Agency of(AgencyKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * {@return an agency of the given kind with its name as the document writes it}
   *
   * @param kind the kind of agency
   * @param name the name as written, such as "Front Door"
   */
  public static Agency of(AgencyKind kind, String name) {
    return builder().kind(kind).name(name).build();
  }

  /** {@return a builder for an agency} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Agency}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableAgency.Builder {

    /** A builder with no property set, as {@link Agency#builder()} gives. */
    public Builder() {}
  }
}
