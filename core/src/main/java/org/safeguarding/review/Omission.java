package org.safeguarding.review;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A place where published text is not available to the encoder, such as a gap between two surviving
 * fragments; never text of the document.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOmission.class)
public abstract class Omission implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Omission() {}

  /** {@return what is missing, in words} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getNote();

  /**
   * {@return an omission with a note of what is missing}
   *
   * @param note what is missing, and why if the document says
   */
  public static Omission of(String note) {
    return builder().note(note).build();
  }

  /** {@return a builder for an omission} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Omission}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableOmission.Builder {

    /** A builder with no property set, as {@link Omission#builder()} gives. */
    public Builder() {}
  }
}
