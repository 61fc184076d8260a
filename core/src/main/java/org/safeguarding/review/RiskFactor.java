package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.review.national.NationalCode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A risk factor a child, a family member or a group held, coded as the children in need census
 * codes the factors identified at the end of an assessment: what it was, how far it was known and
 * by which agencies, and when. The census code follows from the factor and from who holds it
 * ({@link #cinCode(FactorHolder)}); a document never writes it.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRiskFactor.class)
public abstract class RiskFactor implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  RiskFactor() {}

  /** {@return the factor} */
  @NotNull
  public abstract AssessmentFactor getFactor();

  /**
   * {@return true when the holder caused the harm the factor names (domestic abuse perpetrated)
   * rather than experienced it; the census codes only the person who experiences it}
   */
  public abstract Optional<Boolean> getPerpetrated();

  /**
   * {@return true when the holder was known or assessed to pose a risk of the harm the factor names
   * to others ("known to present some risk of sexual harm"), as distinct from harm they perpetrated
   * or experienced; the census codes neither}
   */
  public abstract Optional<Boolean> getRiskPosed();

  /**
   * {@return whether the risk was assessed at the time, as the document says ("without a strong
   * risk assessment"); absent when it does not say}
   */
  public abstract Optional<RiskAssessment> getRiskAssessment();

  /** {@return the document's words about the assessment of the risk, such as "without a strong risk assessment"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getRiskAssessmentAsWritten();

  /** {@return how far the factor was known at the time, or seen only by the review} */
  public abstract Optional<FactorCertainty> getCertainty();

  /** {@return when the factor applied; absent means at the time of the incident or the events reviewed} */
  public abstract Optional<@Valid When> getWhen();

  /** {@return the agencies that knew of the factor at the time} */
  public abstract List<@Valid Agency> getKnownTo();

  /** {@return the document's words, such as "the mother had been drinking"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDetail();

  /**
   * {@return the census code of this factor held by someone, or empty when the census has none
   * (see {@link AssessmentFactor#cinCode(FactorHolder)}; a perpetrated factor, or one the holder
   * poses as a risk to others, has none)}
   *
   * @param holder who holds the factor
   */
  public Optional<NationalCode> cinCode(FactorHolder holder) {
    return getPerpetrated().orElse(false) || getRiskPosed().orElse(false) ? Optional.empty() : getFactor().cinCode(holder);
  }

  /** {@return a builder for a risk factor} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link RiskFactor}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableRiskFactor.Builder {

    /** A builder with no property set, as {@link RiskFactor#builder()} gives. */
    public Builder() {}
  }
}
