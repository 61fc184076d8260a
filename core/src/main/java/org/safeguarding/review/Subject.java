package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A child a document is about, known only by a pseudonym ("Child HH", "Baby F", "Child 1") and
 * ages, never by name or date of birth.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSubject.class)
public abstract class Subject implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Subject() {}

  /**
   * {@return the pseudonym the document uses, or the encoder's label for a child it does not name
   * ({@code unnamed}); unique among pseudonyms and labels}
   */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getPseudonym();

  /**
   * {@return true when the document gives the child no name or pseudonym, so that {@code pseudonym}
   * is the encoder's label for the child, such as "the infant"}
   */
  public abstract Optional<Boolean> getUnnamed();

  /**
   * {@return the label of the group of the document this child is one of, as "a young person" among
   * an audit's "4 children"; statistics then count the child only in the group}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getPartOf();

  /**
   * {@return the document's words setting this child aside from its analysis, with the reason where it
   * gives one, such as "one case was excluded as it related only to management in a distant area";
   * statistics do not count an excluded child among the children}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getExclusion();

  /** {@return the child's age at the incident or the events reviewed} */
  public abstract Optional<@Valid Age> getAge();

  /** {@return the child's age at death, when the child died later than the incident} */
  public abstract Optional<@Valid Age> getAgeAtDeath();

  /** {@return the child's age when the document was written} */
  public abstract Optional<@Valid Age> getAgeNow();

  /** {@return the child's sex} */
  public abstract Optional<Sex> getSex();

  /** {@return the child's ethnicity as written, such as "Black" or "White British"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getEthnicity();

  /** {@return any disability or complex health need, in words} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDisability();

  /**
   * {@return the child's ethnicity as the children in need census codes it; special category data,
   * held only in a document that is not for publication}
   */
  @SpecialCategory
  public abstract Optional<Ethnicity> getCensusEthnicity();

  /**
   * {@return the child's disabilities as the children in need census codes them; special category
   * data, held only in a document that is not for publication}
   */
  @SpecialCategory
  public abstract List<Disability> getCensusDisabilities();

  /**
   * {@return where the child lived, as written: the local authority of residence, a town, or "the
   * local area"}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getArea();

  /**
   * {@return the child's involvement with children's services: at the time (no when) and before or
   * after (with when)}
   */
  public abstract List<@Valid Status> getStatuses();

  /** {@return the child's education at the time of the incident} */
  public abstract Optional<EducationStatus> getEducationStatus();

  /**
   * {@return whether the child was registered with a GP, health visiting or other local service}
   */
  public abstract List<@Valid Registration> getRegistrations();

  /**
   * {@return whether agencies had concerns about the child's care before the incident; false for
   * "there had been no previous concerns about the care of the baby"; absent when not said}
   */
  public abstract Optional<Boolean> getConcernsKnown();

  /** {@return the document's words about concerns known or not, such as "no previous concerns about the care of the baby"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getConcernsAsWritten();

  /**
   * {@return the child's criminal-justice history before the events: convictions, cautions,
   * charges, prosecutions and arrests, each with the offence as written and when}
   */
  public abstract List<@Valid CriminalRecord> getCriminalHistory();

  /** {@return the risk factors the child held, coded as the children in need census codes them} */
  public abstract List<@Valid RiskFactor> getRiskFactors();

  /**
   * {@return a subject with a pseudonym and an age}
   *
   * @param pseudonym the pseudonym the document uses, such as "Child HH"
   * @param age the child's age at the incident or the events reviewed
   */
  public static Subject of(String pseudonym, Age age) {
    return builder().pseudonym(pseudonym).age(age).build();
  }

  /** {@return a builder for a subject} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Subject}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableSubject.Builder {

    /** A builder with no property set, as {@link Subject#builder()} gives. */
    public Builder() {}
  }
}
