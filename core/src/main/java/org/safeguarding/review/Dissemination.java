package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How a review's learning was shared and with whom, as the document says ("key learning is shared
 * with agencies and professionals via the learning briefs").
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDissemination.class)
public abstract class Dissemination implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Dissemination() {}

  /** {@return the document's words for how and to whom the learning was or is shared} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getAsWritten();

  /** {@return the ways it was shared, such as briefings, events or newsletters} */
  public abstract List<DisseminationMeans> getMeans();

  /** {@return the agencies it was shared with, when the document names their kinds} */
  public abstract List<AgencyKind> getAudience();

  /** {@return the readers or attendees by role, such as practitioners or managers} */
  public abstract List<AudienceRole> getAudienceRoles();

  /** {@return when it was shared} */
  public abstract Optional<@Valid When> getWhen();

  /** {@return a builder for a dissemination} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Dissemination}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set.
   */
  public static final class Builder extends ImmutableDissemination.Builder {

    /** A builder with no property set, as {@link Dissemination#builder()} gives. */
    public Builder() {}
  }
}
