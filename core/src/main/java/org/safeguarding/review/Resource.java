package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Further reading or a practice resource: its title or a description, and a link where the document
 * gives one.
 *
 * <p>A resource has a title, a description or both ({@link FormRule#RESOURCE_FORM}).
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableResource.class)
public abstract class Resource implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Resource() {}

  /** {@return the resource's title as published} */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getTitle();

  /** {@return an absolute http or https link to it} */
  public abstract Optional<@Size(max = Constraints.LINK_MAX) @Pattern(regexp = Constraints.LINK_PATTERN, message = Constraints.LINK_MESSAGE) String> getLink();

  /**
   * {@return true when the document links to it (a "(PDF)", a button) but the copy does not hold
   * the address; never with {@code link}}
   */
  public abstract Optional<Boolean> getLinkNotInCopy();

  /**
   * {@return what the resource is, in the document's words (for a resource without a title, such as
   * "A webinar hosted by BSCP can also be watched.")}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDescription();

  /**
   * {@return who published or produced the resource, when the document says and it is not the
   * document's own publisher ("produced by the NSPCC")}
   */
  public abstract Optional<@Valid Organisation> getPublisher();

  /**
   * {@return the date the document shows with the resource, such as the date an index page posted
   * it; not the date of the review it is about, which is the source's}
   */
  public abstract Optional<@Valid When> getDate();

  /** {@return the date the document says the resource was consulted ("[Accessed 12/01/2024]")} */
  public abstract Optional<PartialDate> getAccessed();

  /**
   * {@return the footnote or reference mark the document's text uses for it, as printed, such as
   * "3" for a superscript 3 or "[12]"; the text keeps the mark where it stands}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getMarker();

  /**
   * {@return what it says, one point each, as the document gives them, such as what a government's
   * response to a review emphasises; what the resource is stays {@code description}}
   */
  public abstract List<@Text(max = Constraints.STATEMENT_MAX) String> getKeyPoints();

  /**
   * {@return the ids of the parts of the document it answers or addresses, such as the
   * recommendations a government's response answers}
   */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getAnswers();

  /**
   * {@return a resource with a title and no link}
   *
   * @param title the title as published
   */
  public static Resource of(String title) {
    return builder().title(title).build();
  }

  /** {@return a builder for a resource} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Resource}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableResource.Builder {

    /** A builder with no property set, as {@link Resource#builder()} gives. */
    public Builder() {}
  }
}
