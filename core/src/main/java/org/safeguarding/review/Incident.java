package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The serious child safeguarding incident a review follows: whether a child died or was seriously
 * harmed, the kinds of harm, and the processes running alongside.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIncident.class)
public abstract class Incident implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Incident() {}

  /** Whether a child died or was seriously harmed. */
  @NotNull
  public abstract IncidentOutcome getOutcome();

  /** The kinds of harm. */
  public abstract List<HarmType> getHarmTypes();

  /** The pseudonyms of the subjects harmed; each must be a subject of the document. */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getChildren();

  /** When the incident happened. */
  public abstract Optional<PartialDate> getDate();

  /** What happened, in words. */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getSummary();

  /** Processes running alongside the review. */
  public abstract List<ParallelProcess> getParallelProcesses();

  /** A builder for an incident. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Incident}. */
  public static final class Builder extends ImmutableIncident.Builder {}
}
