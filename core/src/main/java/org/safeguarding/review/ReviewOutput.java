package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One product of a review with its own publication: an overview report, a learning brief, an
 * executive summary, a phase's report, each with when it was or will be published and, when it was
 * delayed or deferred, why.
 *
 * <p>An output has a kind, its words for the kind or both ({@link FormRule#OUTPUT_FORM}).
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableReviewOutput.class)
public abstract class ReviewOutput implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  ReviewOutput() {}

  /** {@return what the product is} */
  public abstract Optional<OutputKind> getKind();

  /** {@return the document's words for the product, such as "learning brief" or "Phase 2 report"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getKindAsWritten();

  /** {@return whether it was published, late, put off or withheld} */
  public abstract Optional<OutputStatus> getStatus();

  /** {@return when it was published, or when it is now expected ("October 2015", "today", "after the trial")} */
  public abstract Optional<@Valid When> getDate();

  /**
   * {@return why it was delayed, deferred or not published, in the document's words ("due to
   * parallel proceedings which are ongoing")}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getReason();

  /**
   * {@return the process its publication waited or waits for, such as criminal proceedings;
   * {@code PARALLEL_PROCEEDINGS} when the document does not say which}
   */
  public abstract Optional<ParallelProcess> getProcess();

  /** {@return an absolute http or https link to it, when the document gives one} */
  public abstract Optional<@Size(max = Constraints.LINK_MAX) @Pattern(regexp = Constraints.LINK_PATTERN, message = Constraints.LINK_MESSAGE) String> getLink();

  /** {@return a builder for a review's output} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ReviewOutput}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set.
   */
  public static final class Builder extends ImmutableReviewOutput.Builder {

    /** A builder with no property set, as {@link ReviewOutput#builder()} gives. */
    public Builder() {}
  }
}
