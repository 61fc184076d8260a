package org.safeguarding.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A household's stay in temporary accommodation, with what reviews look at for each placement:
 * its type, dates, placing and host authority, whether it was out of area and how far from the
 * family's support, the number of moves, concerns about its quality or suitability, whether the
 * housing provider took part in safeguarding, and which local services the family lost.
 *
 * <p>Documents often give only a month or a year, or no dates at all, so every part is optional.
 * Placements of the same {@linkplain #getHousehold() household} must not overlap.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableHousingPlacement.class)
public abstract class HousingPlacement implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  HousingPlacement() {}

  /** {@return the placement's identifier, unique within the document, where it has one} */
  public abstract Optional<
          @Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String>
      getId();

  /**
   * {@return a label for the household, where a document describes more than one; placements
   * without a household belong to the document's one household}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getHousehold();

  /** {@return the pseudonyms of the subjects and labels of the family members who lived there} */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getOccupants();

  /** {@return the official temporary accommodation type, where the document says} */
  public abstract Optional<AccommodationType> getAccommodationType();

  /** {@return the accommodation in words, as the document describes it} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDescription();

  /** {@return when the placement began} */
  public abstract Optional<PartialDate> getStart();

  /** {@return when the placement ended; empty while it goes on or when not known} */
  public abstract Optional<PartialDate> getEnd();

  /** {@return the local authority that made the placement} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getPlacingAuthority();

  /** {@return the local authority in whose district the accommodation is} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getHostAuthority();

  /** {@return whether the placement was outside the placing authority's district} */
  public abstract Optional<Boolean> getOutOfArea();

  /**
   * {@return when the placing authority notified the host authority in writing of an
   * out-of-district placement (Housing Act 1996 s208)}
   */
  public abstract Optional<LocalDate> getHostAuthorityNotified();

  /**
   * {@return how far the placement was from the family's support network and services, in words}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String>
      getDistanceFromSupport();

  /** {@return how many moves the household had made up to and including this placement} */
  public abstract Optional<@PositiveOrZero @Max(1000) Integer> getNumberOfMoves();

  /** {@return concerns about the accommodation's quality or suitability, each in words} */
  public abstract List<@Text(max = Constraints.STATEMENT_MAX) String>
      getSuitabilityConcerns();

  /** {@return whether the housing provider took part in safeguarding meetings and planning} */
  public abstract Optional<Boolean> getProviderInvolvedInSafeguarding();

  /** {@return local services the family lost access to because of the placement} */
  public abstract List<LocalService> getLostAccessTo();

  /** {@return a builder for a housing placement} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link HousingPlacement}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableHousingPlacement.Builder {

    /** A builder with no property set, as {@link HousingPlacement#builder()} gives. */
    public Builder() {}
  }
}
