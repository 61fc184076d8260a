package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A recommendation a review makes, linked by id to the findings it answers. */
@Value.Immutable
@JsonDeserialize(as = ImmutableRecommendation.class)
public abstract class Recommendation implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Recommendation() {}

  /** {@return the recommendation's identifier, unique within the document, such as R1} */
  @NotNull
  @Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE)
  public abstract String getId();

  /** {@return a short heading or label the document gives it} */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getTitle();

  /** {@return the recommendation itself, as published} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getStatement();

  /** {@return who is to carry it out, as written} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getOwner();

  /** {@return the agencies that are to carry it out} */
  public abstract List<@Valid Agency> getAgencies();

  /** {@return the ids of the findings it answers} */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getFindings();

  /** {@return its priority} */
  public abstract Optional<Priority> getPriority();

  /** {@return when it is to be carried out by} */
  public abstract Optional<LocalDate> getTargetDate();

  /** {@return how far it has been carried out} */
  public abstract Optional<RecommendationStatus> getStatus();

  /** {@return the learning themes it is tagged with} */
  public abstract List<Theme> getThemes();

  /** {@return a builder for a recommendation} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Recommendation}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableRecommendation.Builder {

    /** A builder with no property set, as {@link Recommendation#builder()} gives. */
    public Builder() {}
  }
}
