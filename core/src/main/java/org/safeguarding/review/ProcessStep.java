package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One step of a process a document explains, in its words, with its kind where one fits: "the
 * board decides whether the case meets the criteria for a review" is a {@link
 * ProcessStepKind#DECISION}.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProcessStep.class)
public abstract class ProcessStep implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  ProcessStep() {}

  /** {@return the kind of step, where one fits; absent when none does} */
  public abstract Optional<ProcessStepKind> getKind();

  /** {@return the step in the document's words} */
  @NotNull
  @Text(max = Constraints.STATEMENT_MAX)
  public abstract String getAsWritten();

  /** {@return the bodies or people that take the step, such as "the case review sub-group"} */
  public abstract List<@Valid Organisation> getBy();

  /** {@return a builder for a step} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ProcessStep}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableProcessStep.Builder {

    /** A builder with no property set, as {@link ProcessStep#builder()} gives. */
    public Builder() {}
  }
}
