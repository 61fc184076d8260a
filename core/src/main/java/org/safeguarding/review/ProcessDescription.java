package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How a kind of review or other process is done, as a document explains it step by step: a page
 * that says how a practice review goes from referral and decision through a panel, a learning
 * event and the report to publication. The steps are in the document's order.
 *
 * <p>A process a document explains is this type; what a named procedure or guidance requires of
 * those who follow it is that {@link Arrangement}'s {@code requirements}.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProcessDescription.class)
public abstract class ProcessDescription implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  ProcessDescription() {}

  /** {@return what the process is called, such as "How a practice review is carried out"} */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getTitle();

  /** {@return the kinds of review the process is for, such as CHILD_PRACTICE_REVIEW} */
  public abstract List<ReviewType> getReviewTypes();

  /** {@return the steps, in the document's order; at least one} */
  @Size(min = 1)
  public abstract List<@Valid ProcessStep> getSteps();

  /**
   * {@return the documents and bodies the process draws on, such as the guidance it follows; a
   * body's work named without a title is a resource with a description and the body as publisher}
   */
  public abstract List<@Valid Resource> getDrawsOn();

  /** {@return what else the document says of the process, in its words} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDetail();

  /** {@return a builder for a process description} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ProcessDescription}: {@code build()} throws an {@link
   * IllegalStateException} naming each property JSON requires that is not set; that a list has its
   * items is checked by validation.
   */
  public static final class Builder extends ImmutableProcessDescription.Builder {

    /** A builder with no property set, as {@link ProcessDescription#builder()} gives. */
    public Builder() {}
  }
}
