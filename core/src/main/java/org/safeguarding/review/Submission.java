package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A review's report sent to a body outside the partnership, such as the Panel, the Welsh
 * Government, the Care Inspectorate or the Home Office, and what came back.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSubmission.class)
public abstract class Submission implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Submission() {}

  /** {@return the body the report was sent to} */
  @NotNull
  @Valid
  public abstract Organisation getTo();

  /** {@return when it was sent} */
  public abstract Optional<PartialDate> getDate();

  /** {@return what the body said or did, in the document's words, such as "no further action was needed"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getResponse();

  /** {@return when the body responded} */
  public abstract Optional<PartialDate> getResponseDate();

  /** {@return a builder for a submission} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Submission}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set.
   */
  public static final class Builder extends ImmutableSubmission.Builder {

    /** A builder with no property set, as {@link Submission#builder()} gives. */
    public Builder() {}
  }
}
