package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Something to do: an action or practice point in a learning document ("what we need to do", "how
 * to enhance your practice") or an immediate action after a rapid review.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAction.class)
public abstract class Action implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Action() {}

  /** {@return the action's identifier, unique within the document, where it has one} */
  public abstract Optional<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getId();

  /** {@return a short heading or label the document gives it} */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getTitle();

  /** {@return what is to be done, as published} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getStatement();

  /**
   * {@return who is to do it or is doing it, as written, such as "the Learning and Development
   * committee"}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getOwner();

  /** {@return the agencies that are to do it} */
  public abstract List<@Valid Agency> getAgencies();

  /** {@return the ids of the findings it answers, such as the learning point it follows} */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getFindings();

  /**
   * {@return the ids of other parts of the document it answers beyond findings: an item of a list
   * (an audit's "issue identified" that is a case fact), a recommendation, a source, an incident or
   * an event}
   */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getAnswers();

  /**
   * {@return when it was done or is to be done, such as "in Dec 2014" or "by the end of the year"}
   */
  public abstract Optional<@Valid When> getWhen();

  /**
   * {@return how far it has been carried out, as the document says: done or "now in place"
   * ({@code COMPLETED}), "under way" ({@code IN_PROGRESS}), planned or "to be developed" ({@code
   * NOT_STARTED}); the values of a recommendation's status}
   */
  public abstract Optional<RecommendationStatus> getStatus();

  /** {@return the learning themes it is tagged with} */
  public abstract List<Theme> getThemes();

  /**
   * {@return an action with only a statement}
   *
   * @param statement what is to be done, as published
   */
  public static Action of(String statement) {
    return builder().statement(statement).build();
  }

  /** {@return a builder for an action} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Action}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableAction.Builder {

    /** A builder with no property set, as {@link Action#builder()} gives. */
    public Builder() {}
  }
}
