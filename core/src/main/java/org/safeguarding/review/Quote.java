package org.safeguarding.review;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Words a document quotes from someone else, set apart as published: from another report, another
 * body, a practitioner or a family member, with whom the document attributes them to.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableQuote.class)
public abstract class Quote implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Quote() {}

  /** {@return the quoted words, as published} */
  @NotNull
  @Text(max = Constraints.TEXT_MAX)
  public abstract String getText();

  /**
   * {@return whom or what the document attributes the words to, as written, such as "the Panel's
   * annual report" or "a practitioner"}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getAttribution();

  /**
   * {@return a quote of {@code text}, without an attribution}
   *
   * @param text the quoted words, as published
   */
  public static Quote of(String text) {
    return builder().text(text).build();
  }

  /** {@return a builder for a quote} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Quote}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableQuote.Builder {

    /** A builder with no property set, as {@link Quote#builder()} gives. */
    public Builder() {}
  }
}
