package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A notification of an incident to a national body that a document tells of, in any nation and
 * under any edition of the statutory guidance: to Ofsted and the Department for Education, as
 * local authorities in England notified serious incidents before the Panel took them in 2018; to
 * the Panel, when the document is not the rapid review that follows it; to a nation's government or
 * inspectorate. The body notified says the era and the route, so no list of routes is kept beside
 * it; a rapid review's own notification to the Panel stays its {@link Notification}.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIncidentNotification.class)
public abstract class IncidentNotification implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  IncidentNotification() {}

  /** {@return the bodies notified, such as Ofsted, the Department for Education or the Panel} */
  @Size(min = 1)
  public abstract List<@Valid Organisation> getTo();

  /** {@return the body that notified them, such as the local authority, where the document says} */
  public abstract Optional<@Valid Organisation> getBy();

  /** {@return when, as a date, a relative time or words, such as "already" before the review was decided} */
  public abstract Optional<@Valid When> getWhen();

  /**
   * {@return what was notified, in the document's words, such as "the details of the child's death
   * and that a serious case review may be held"}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getWhat();

  /** {@return a builder for a notification of an incident} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link IncidentNotification}: {@code build()} throws an {@link
   * IllegalStateException} naming each property JSON requires that is not set; that a list has its
   * items is checked by validation.
   */
  public static final class Builder extends ImmutableIncidentNotification.Builder {

    /** A builder with no property set, as {@link IncidentNotification#builder()} gives. */
    public Builder() {}
  }
}
