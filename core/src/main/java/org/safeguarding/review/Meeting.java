package org.safeguarding.review;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A meeting held for a review or an audit, such as a learning event, a meeting with the family or "a sub panel of the Case Review Group met on
 * 17.02.15 to collate and review the findings": when, by whom and for what.
 *
 * <p>A meeting has at least one of kind, when, by, purpose and attendees ({@link FormRule#MEETING_FORM}). A rapid
 * review's own meetings stay dates in its timeline, whose order the statutory deadlines read; this
 * type is for the meetings a document tells of any other review or audit.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Meeting() {}

  /** {@return the kind of meeting, such as a learning event or a meeting with the family} */
  public abstract Optional<MeetingKind> getKind();

  /** {@return when it met, as precisely as the document says} */
  public abstract Optional<@Valid When> getWhen();

  /** {@return the panels, groups or bodies that met, such as "a sub panel of the Case Review Group"} */
  public abstract List<@Valid Organisation> getBy();

  /** {@return what it met for, in the document's words, such as "to collate and review the findings"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getPurpose();

  /**
   * {@return the people who attended, by a subject's pseudonym or a group's, family member's or
   * family's label, such as the mother who met the reviewers; the bodies that met are {@code by}}
   */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getAttendees();

  /** {@return a builder for a meeting} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Meeting}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableMeeting.Builder {

    /** A builder with no property set, as {@link Meeting#builder()} gives. */
    public Builder() {}
  }
}
