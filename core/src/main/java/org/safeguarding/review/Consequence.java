package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Something that followed an incident for the people involved: an arrest, a charge, a decision to
 * take no further action, care proceedings.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableConsequence.class)
public abstract class Consequence implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Consequence() {}

  /** {@return what followed} */
  @NotNull
  public abstract ConsequenceKind getKind();

  /** {@return the labels or pseudonyms of the people it concerned} */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getPeople();

  /** {@return when it happened} */
  public abstract Optional<@Valid When> getWhen();

  /** {@return the agency that acted or decided, such as the Crown Prosecution Service} */
  public abstract Optional<@Valid Agency> getAgency();

  /** {@return why, in the document's words, such as "because of reports of domestic abuse"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getReason();

  /**
   * {@return what a meeting, court or investigation found or decided, as written, such as "further
   * safeguarding concerns were identified" or "the father caused the injuries"}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getOutcome();

  /** {@return the document's words, such as "on suspicion of gross negligence manslaughter"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDetail();

  /** {@return a builder for a consequence} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Consequence}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableConsequence.Builder {

    /** A builder with no property set, as {@link Consequence#builder()} gives. */
    public Builder() {}
  }
}
