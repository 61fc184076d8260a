package org.safeguarding.review;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How harm to a child came to light: what was found, where the child was brought or seen, when,
 * and whether the explanation given fitted the injuries. It records what was seen and said, never
 * a cause the document does not state.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePresentation.class)
public abstract class Presentation implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Presentation() {}

  /** {@return the injuries or signs found} */
  public abstract List<InjuryKind> getInjuries();

  /** {@return where on the body, as written, such as "upper left arm"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getSite();

  /** {@return where the child was brought or seen} */
  public abstract Optional<PresentationRoute> getRoute();

  /** {@return when} */
  public abstract Optional<@Valid When> getWhen();

  /**
   * {@return the explanation first given or accepted for the injuries, as written, such as "put down
   * to a fall"; whether it fitted is {@code explanationFitted}, only when the document says}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getExplanationGiven();

  /**
   * {@return whether anyone offered an explanation for the injuries; false when the document says
   * none was given, such as "the mother could not explain the bruise", and then neither
   * explanationGiven nor explanationFitted is set ({@code presentation.explanationContradicted})}
   */
  public abstract Optional<Boolean> getExplanationOffered();

  /**
   * {@return whether the explanation given fitted the injuries; false for injuries "not consistent
   * with the explanation given"}
   */
  public abstract Optional<Boolean> getExplanationFitted();

  /**
   * {@return how many of a group's children it was found on, when the document says it was part of
   * them ("most of the babies had bruising"); absent for one child or the whole group}
   */
  public abstract Optional<Share> getShare();

  /** {@return the document's words for the share, such as "most of the babies"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getShareAsWritten();

  /**
   * {@return true when the document says these were the commonest injuries or signs among the
   * children ("the commonest injuries were bruises to the face"), without saying how many had them}
   */
  public abstract Optional<Boolean> getMostCommon();

  /** {@return the document's words, such as "a healing rib fracture found on a skeletal survey"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDetail();

  /** {@return a builder for a presentation} */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Presentation}; every property is optional. */
  public static final class Builder extends ImmutablePresentation.Builder {

    /** A builder with no property set, as {@link Presentation#builder()} gives. */
    public Builder() {}
  }
}
