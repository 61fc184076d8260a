package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Where a document's text comes from: its own address, a copy it was taken from, who published it
 * when that is not the partnership, when it was retrieved, and how complete it is.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Provenance() {}

  /** {@return the document's own address: the page or file where its publisher publishes it} */
  public abstract Optional<@Size(max = Constraints.LINK_MAX) @Pattern(regexp = Constraints.LINK_PATTERN, message = Constraints.LINK_MESSAGE) String> getLink();

  /**
   * {@return the address of a copy the text was taken from when that is not the publisher's own,
   * such as a document-sharing site or a web archive}
   */
  public abstract Optional<@Size(max = Constraints.LINK_MAX) @Pattern(regexp = Constraints.LINK_PATTERN, message = Constraints.LINK_MESSAGE) String> getCopyLink();

  /** {@return when the copy used was retrieved} */
  public abstract Optional<PartialDate> getRetrieved();

  /**
   * {@return the body that published the text, when it is not the document's partnership: a
   * council, a news outlet, a committee}
   */
  public abstract Optional<@Valid Organisation> getPublishedBy();

  /**
   * {@return the document's own reference or version line as printed, such as a running header
   * "BSCB Child BW SCR FINAL 02.02.2017"}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getDocumentReference();

  /**
   * {@return true for a made-up or reconstructed document that shows how a real one would look;
   * absent for real documents}
   */
  public abstract Optional<Boolean> getIllustrative();

  /**
   * {@return the addresses of the published documents an illustrative or reconstructed document was
   * built from}
   */
  public abstract List<@Size(max = Constraints.LINK_MAX) @Pattern(regexp = Constraints.LINK_PATTERN, message = Constraints.LINK_MESSAGE) String> getBasedOn();

  /**
   * {@return anything else about where the document comes from, such as what an illustrative
   * document was built from}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getNote();

  /** {@return how closely this copy keeps the published words} */
  public abstract Optional<CopyWording> getWording();

  /** {@return where the title comes from, when the document does not print one} */
  public abstract Optional<TitleSource> getTitleFrom();

  /**
   * {@return the document's other facts that it does not print, each with where it was taken from,
   * such as a series known only from the web address}
   */
  public abstract List<@Valid InferredFact> getInferred();

  /** {@return how complete the text is; absent when not known} */
  public abstract Optional<@Valid Completeness> getCompleteness();

  /** {@return a builder for a provenance} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Provenance}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableProvenance.Builder {

    /** A builder with no property set, as {@link Provenance#builder()} gives. */
    public Builder() {}
  }
}
