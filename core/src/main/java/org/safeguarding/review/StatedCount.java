package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A count a document states of parts it does not list in full: "eight findings and fourteen
 * recommendations", "six findings, three shown here", "thirteen case reviews".
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableStatedCount.class)
public abstract class StatedCount implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  StatedCount() {}

  /** {@return what is counted} */
  @NotNull
  public abstract CountedPart getPart();

  /** {@return how many the document says there are} */
  @NotNull
  @Valid
  public abstract Count getCount();

  /** {@return the ids of the reviews whose parts are counted; empty for the document as a whole} */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getSources();

  /** {@return a builder for a stated count} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link StatedCount}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableStatedCount.Builder {

    /** A builder with no property set, as {@link StatedCount#builder()} gives. */
    public Builder() {}
  }
}
