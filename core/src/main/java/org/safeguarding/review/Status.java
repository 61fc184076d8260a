package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A child's (or family member's) involvement with children's services: a plan, an assessment, being
 * looked after, or being known to services; at the time of the incident unless when says otherwise.
 *
 * <p>A category goes only with {@link StatusKind#CHILD_PROTECTION_PLAN}; the domain rules warn of
 * one given with another kind.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableStatus.class)
public abstract class Status implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Status() {}

  /** {@return the kind of involvement} */
  @NotNull
  public abstract StatusKind getKind();

  /** {@return the category of a child protection plan} */
  public abstract Optional<ChildProtectionCategory> getCategory();

  /**
   * {@return the agency the status is with, where the document names it ("known to Children's
   * Social Care")}
   */
  public abstract Optional<@Valid Agency> getAgency();

  /**
   * {@return the local authority that holds the plan or status, as written, when it matters (a plan
   * held by another authority)}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getArea();

  /**
   * {@return when the status began or applied; absent means at the time of the incident or the
   * events reviewed}
   */
  public abstract Optional<@Valid When> getWhen();

  /** {@return true for a plan made before the child was born (a pre-birth plan)} */
  public abstract Optional<Boolean> getBeforeBirth();

  /** {@return what the document says about it, such as "closed because consent was not given"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDetail();

  /** {@return a builder for a status} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Status}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableStatus.Builder {

    /** A builder with no property set, as {@link Status#builder()} gives. */
    public Builder() {}
  }
}
