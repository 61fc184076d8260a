package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A fact of the document that the document does not print, and where it was taken from instead,
 * such as a series named only in the web address ("/7-minute-briefings/") or an audience known only
 * from the section of the site ("for professionals"); the title's own is {@code titleFrom}.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInferredFact.class)
public abstract class InferredFact implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  InferredFact() {}

  /** {@return the fact that was taken from elsewhere} */
  @NotNull
  public abstract InferredField getField();

  /** {@return where it was taken from, such as the web address or the page that hosts the document} */
  @NotNull
  public abstract TitleSource getTakenFrom();

  /** {@return a builder for an inferred fact} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link InferredFact}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set.
   */
  public static final class Builder extends ImmutableInferredFact.Builder {

    /** A builder with no property set, as {@link InferredFact#builder()} gives. */
    public Builder() {}
  }
}
