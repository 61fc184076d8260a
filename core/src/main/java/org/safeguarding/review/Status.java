package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
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

  /** {@return the category of a child protection plan: its initial category, when it changed} */
  public abstract Optional<ChildProtectionCategory> getCategory();

  /**
   * {@return the latest category of a child protection plan, when it changed from the first
   * ({@link #getCategory()} is the initial category, as the census records both)}
   */
  public abstract Optional<ChildProtectionCategory> getLatestCategory();

  /** {@return the legal status of a looked-after child, as the SSDA903 return codes it} */
  public abstract Optional<LegalStatus> getLegalStatus();

  /** {@return where a looked-after child was placed, as the SSDA903 return codes it} */
  public abstract Optional<PlacementType> getPlacement();

  /** {@return the category of a care leaver} */
  public abstract Optional<CareLeaverCategory> getCareLeaverCategory();

  /** {@return the main reason the child was in need, as the children in need census codes it} */
  public abstract Optional<PrimaryNeed> getPrimaryNeed();

  /** {@return why the episode of need closed, as the children in need census codes it} */
  public abstract Optional<ClosureReason> getClosureReason();

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

  /**
   * {@return how long the status lasted or had lasted, such as "a CP plan had been in place for 3
   * years"}
   */
  public abstract Optional<@Valid TimeSpan> getDuration();

  /**
   * {@return when the status held relative to the incident, for a document that gives no date
   * ("had been on a plan before", time not known); a status with neither this nor when is at the
   * incident}
   */
  public abstract Optional<StatusTiming> getTiming();

  /**
   * {@return false when the document says the status did not hold ("was not on a child protection
   * plan", "was not known to children's social care"); absent or true when it held}
   */
  public abstract Optional<Boolean> getHeld();

  /**
   * {@return how much of the group the status holds for, when the document says it holds for part of
   * it ("almost all these families were known to services"); absent when it holds for the whole
   * group or for one child}
   */
  public abstract Optional<Share> getShare();

  /** {@return the document's words for the share, such as "almost all" or "most of the children"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getShareAsWritten();

  /**
   * {@return the agencies the family did not tell of the status, as the document says ("did not
   * disclose the history of children's social care involvement to the midwife")}
   */
  public abstract List<@Valid Agency> getNotDisclosedTo();

  /** {@return true for a plan made before the child was born (a pre-birth plan)} */
  public abstract Optional<Boolean> getBeforeBirth();

  /** {@return why, in the document's words, such as "because of existing family difficulties"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getReason();

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
