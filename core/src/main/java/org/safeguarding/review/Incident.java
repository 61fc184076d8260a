package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A serious incident or harm a review follows: the children it concerns, whether a child died or
 * was seriously harmed, the kinds of harm, where and when, and what followed.
 *
 * <p>It has a {@code date} or a looser {@code when}, not both ({@link FormRule#INCIDENT_FORM}).
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIncident.class)
public abstract class Incident implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Incident() {}

  /** {@return the incident's identifier, unique within the document, where it has one} */
  public abstract Optional<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getId();

  /** {@return the pseudonyms and group labels of the children harmed} */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getSubjects();

  /**
   * {@return the labels of the family members, usually adults, harmed or killed in the incident,
   * such as a mother killed by her partner among the ways children died or were harmed; they are
   * not children of the review, so statistics never count them among the children harmed}
   */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getFamilyMembersHarmed();

  /**
   * {@return whether a child died or was seriously harmed, or both among a group the document does
   * not split; absent when the document does not say, and for harm to family members alone}
   */
  public abstract Optional<IncidentOutcome> getOutcome();

  /** {@return the kinds of harm} */
  public abstract List<HarmType> getHarmTypes();

  /** {@return whether abuse or neglect is known or suspected (the notification criterion)} */
  public abstract Optional<Certainty> getAbuseOrNeglect();

  /**
   * {@return what the concern of abuse or neglect was, or was limited to, in the document's words,
   * such as "the concerns related only to whether the sleeping arrangements were safe"; it asserts
   * no more abuse than the words do}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getAbuseOrNeglectAsWritten();

  /** {@return whether an adult or another child did the harm} */
  public abstract Optional<HarmedBy> getHarmedBy();

  /** {@return when the incident happened or came to light, as a date; a looser time is {@code when}} */
  public abstract Optional<PartialDate> getDate();

  /**
   * {@return when the incident happened or came to light, when a date cannot say it: relative to
   * another incident ("within two weeks of each other"), a span, or words; never with {@code date}}
   */
  public abstract Optional<@Valid When> getWhen();

  /** {@return where it happened: local authority area and kind of setting} */
  public abstract Optional<@Valid Place> getPlace();

  /**
   * {@return the labels of the family members or pseudonyms of the children the child was in the
   * care of when it happened ("while left in the care of the father")}
   */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getInCareOf();

  /**
   * {@return whose care the child was in when it happened, in the document's words ("while left in
   * the care of the father in the family home"), also for a carer who is not a family member}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getInCareOfAsWritten();

  /** {@return the circumstances of the death or harm, such as co-sleeping with an adult} */
  public abstract List<IncidentCircumstance> getCircumstances();

  /**
   * {@return the cause of death as the document states it, such as "an unexplained cardiac arrest";
   * never a code inferred from it; an inquest's conclusion is an {@code INQUEST} consequence. A
   * child seriously harmed may die later, so no rule ties it to the outcome}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getCauseOfDeath();

  /** {@return how the harm came to light: injuries found, where the child was seen, the explanation} */
  public abstract List<@Valid Presentation> getPresentations();

  /** {@return what happened, in words, when the document's content does not already tell it} */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getSummary();

  /**
   * {@return the notifications of the incident to bodies outside the partnership that the document
   * tells of, other than a rapid review's own notification to the Panel: Ofsted and the Department
   * for Education before 2018, a nation's government or inspectorate}
   */
  public abstract List<@Valid IncidentNotification> getNotifications();

  /** {@return processes running alongside the review} */
  public abstract List<ParallelProcess> getParallelProcesses();

  /**
   * {@return what followed: arrest, charge, conviction, no further action, care proceedings, a
   * child taken into care}
   */
  public abstract List<@Valid Consequence> getConsequences();

  /** {@return a builder for an incident} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Incident}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableIncident.Builder {

    /** A builder with no property set, as {@link Incident#builder()} gives. */
    public Builder() {}
  }
}
