package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An event in the chronology a learning document gives: a meeting, a referral, an assessment, a
 * visit or a key practice episode, with when it happened as precisely as the document says, or
 * only that it was before or after the incident.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCaseEvent.class)
public abstract class CaseEvent implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  CaseEvent() {}

  /** {@return an identifier unique within the document, such as "E1"} */
  public abstract Optional<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getId();

  /** {@return what kind of event it was} */
  @NotNull
  public abstract EventKind getKind();

  /**
   * {@return which universal health contact it was, such as a new birth visit or a 6-8 week
   * review, where the document says}
   */
  public abstract Optional<UniversalHealthContact> getContactType();

  /** {@return what happened, in the document's words ("Strategy discussion held with the police")} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getTitle();

  /**
   * {@return what happened, in the document's words, beyond the title ("the Health Visitor contacted
   * other agencies; no explanation was found"), as a key practice episode's description}
   */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getDescription();

  /**
   * {@return what the document makes of it, as a key practice episode's analysis ("the MASH was
   * reluctant to take the referral without further exploration")}
   */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getAnalysis();

  /** {@return when it happened, as precisely as the document says} */
  public abstract Optional<@Valid When> getWhen();

  /**
   * {@return when it happened relative to the incident, for a document that gives no date
   * ("before the incident, time not known")}
   */
  public abstract Optional<StatusTiming> getTiming();

  /** {@return the subjects, groups, family members or families it concerned, by pseudonym or label} */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getPeople();

  /** {@return the agencies that took part} */
  public abstract List<@Valid Agency> getAgencies();

  /**
   * {@return what a meeting, assessment or contact found or decided, as written ("further
   * safeguarding concerns, unrelated to the bruising, were identified")}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getOutcome();

  /** {@return anything else the document says of it} */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getDetail();

  /** {@return a builder for an event} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link CaseEvent}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableCaseEvent.Builder {

    /** A builder with no property set, as {@link CaseEvent#builder()} gives. */
    public Builder() {}
  }
}
