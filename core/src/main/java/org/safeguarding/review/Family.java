package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A family or household a document tells apart from others: one of several unrelated families in
 * one review ("Family A", "the second family"), or, with a {@linkplain #getCount() count}, the
 * families a thematic review looked at together ("12 families"). Its label may be named wherever a
 * person can be, so that a household's move or placement names the family rather than each member.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFamily.class)
public abstract class Family implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Family() {}

  /**
   * {@return a label for the family, the document's words where it has them ("Family A", "the
   * Smith household" becomes "Family S"); unique among pseudonyms and labels}
   */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getLabel();

  /** {@return how many families the label stands for, when more than one ("12 families")} */
  public abstract Optional<@Valid Count> getCount();

  /** {@return the subjects, groups and family members of the family, by pseudonym or label} */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getMembers();

  /** {@return where the family lived, as written: a local authority, a town, or "the local area"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getArea();

  /**
   * {@return whether the family is related to the document's other families; a document about
   * several unrelated families says {@code false}}
   */
  public abstract Optional<Boolean> getRelatedToOthers();

  /** {@return the history the family's members share, in the document's words} */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getHistory();

  /** {@return a builder for a family} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Family}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableFamily.Builder {

    /** A builder with no property set, as {@link Family#builder()} gives. */
    public Builder() {}
  }
}
