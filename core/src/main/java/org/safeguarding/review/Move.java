package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A move of a child or family between homes or local authority areas: from where, to where, when or
 * for how long, whether planned, and why.
 *
 * <p>Because {@code from} is a property, the builder has no {@code from(Move)} copy method: build a
 * new one.
 */
@Value.Immutable
// The property "from" takes the name of the builder's copy method, which is therefore not generated.
@SuppressWarnings("immutables:from")
@JsonDeserialize(as = ImmutableMove.class)
public abstract class Move implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Move() {}

  /** {@return the move's identifier, unique within the document, where it has one} */
  public abstract Optional<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getId();

  /** {@return the pseudonyms and labels of those who moved; empty for the whole household} */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getPeople();

  /** {@return where from, as written (an area or a kind of home)} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getFrom();

  /** {@return where to, as written} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getTo();

  /**
   * {@return true if the move crossed a local authority boundary, false if it stayed within one}
   */
  public abstract Optional<Boolean> getBetweenAreas();

  /** {@return when the move happened} */
  public abstract Optional<@Valid When> getWhen();

  /** {@return how long they stayed where they moved to ("about two months in the city")} */
  public abstract Optional<@Valid TimeSpan> getLengthOfStay();

  /** {@return true for a planned move, false for an unplanned one} */
  public abstract Optional<Boolean> getPlanned();

  /** {@return why, in the document's words} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getReason();

  /** {@return a builder for a move} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Move}: {@code build()} throws an {@link IllegalStateException} naming each
   * property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableMove.Builder {

    /** A builder with no property set, as {@link Move#builder()} gives. */
    public Builder() {}
  }
}
