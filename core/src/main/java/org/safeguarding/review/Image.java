package org.safeguarding.review;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An image in a published document, kept as the words the document gives for it: its alternative
 * text, its caption or both. The image itself is never data.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableImage.class)
public abstract class Image implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Image() {}

  /** {@return the image's alternative text as published, such as "Boy sitting on stairs"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getAltText();

  /** {@return the caption printed with the image, as published} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getCaption();

  /**
   * {@return an image with the given alternative text and no caption}
   *
   * @param altText the alternative text as published
   */
  public static Image of(String altText) {
    return builder().altText(altText).build();
  }

  /** {@return a builder for an image} */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Image}; validation checks that it has alternative text or a caption. */
  public static final class Builder extends ImmutableImage.Builder {

    /** A builder with no property set, as {@link Image#builder()} gives. */
    public Builder() {}
  }
}
