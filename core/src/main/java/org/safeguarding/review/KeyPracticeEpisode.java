package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A key practice episode in a rapid review: what happened at one point, and its analysis. */
@Value.Immutable
@JsonDeserialize(as = ImmutableKeyPracticeEpisode.class)
public abstract class KeyPracticeEpisode implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  KeyPracticeEpisode() {}

  /** {@return the episode's identifier, unique within the document, where it has one} */
  public abstract Optional<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getId();

  /** {@return a short title} */
  @NotNull
  @Text(max = Constraints.TITLE_MAX)
  public abstract String getTitle();

  /** {@return when it happened} */
  public abstract Optional<PartialDate> getDate();

  /** {@return what happened} */
  @NotNull
  @Text(max = Constraints.TEXT_MAX)
  public abstract String getDescription();

  /** {@return what the review makes of it} */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getAnalysis();

  /** {@return the agencies involved} */
  public abstract List<@Valid Agency> getAgencies();

  /** {@return the learning themes it is tagged with} */
  public abstract List<Theme> getThemes();

  /** {@return a builder for a key practice episode} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link KeyPracticeEpisode}: {@code build()} throws an {@link
   * IllegalStateException} naming each property JSON requires that is not set; that a list has its
   * items is checked by validation.
   */
  public static final class Builder extends ImmutableKeyPracticeEpisode.Builder {

    /** A builder with no property set, as {@link KeyPracticeEpisode#builder()} gives. */
    public Builder() {}
  }
}
