package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Children a document describes together, without pseudonyms: a thematic review's cohort, an
 * audit's sample, the siblings of one case. People harmed who may include adults ("all the
 * victims of abuse over generations") are a group with {@code mayIncludeAdults}, which the
 * statistics do not count among children.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGroup.class)
public abstract class Group implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Group() {}

  /**
   * {@return a label for the group, the document's words where it has them ("ten boys", "Child 2");
   * unique among pseudonyms and labels}
   */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getLabel();

  /**
   * {@return the label of the larger group these children are part of, as in "11 of these 23
   * children died"}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getPartOf();

  /**
   * {@return the document's words setting this group aside from its analysis, with the reason where it
   * gives one, such as "one case was excluded as it related only to management in a distant area";
   * statistics do not count its children among the children}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getExclusion();

  /**
   * {@return true when the people of the group include or may include adults, such as the victims
   * of abuse over generations; they are then not counted among children; absent for children}
   */
  public abstract Optional<Boolean> getMayIncludeAdults();

  /** {@return how many children, exactly or approximately} */
  public abstract Optional<@Valid Count> getCount();

  /** {@return their age or age band, such as "under 5" or "0 to 2 years"} */
  public abstract Optional<@Valid Age> getAge();

  /** {@return their sex, when all share it} */
  public abstract Optional<Sex> getSex();

  /** {@return where they lived, as written} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getArea();

  /** {@return what the children have in common, in the document's words} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDescription();

  /**
   * {@return the group's health needs or disabilities as the document words them ("three of the
   * children had special educational needs")}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getHealth();

  /**
   * {@return disabilities among the group as the children in need census codes them; special
   * category data, held only in a document that is not for publication}
   */
  @SpecialCategory
  public abstract List<Disability> getCensusDisabilities();

  /** {@return their involvement with children's services, when all share it} */
  public abstract List<@Valid Status> getStatuses();

  /** {@return the risk factors the children of the group held, coded as the children in need census codes them} */
  public abstract List<@Valid RiskFactor> getRiskFactors();

  /** {@return a builder for a group} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Group}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableGroup.Builder {

    /** A builder with no property set, as {@link Group#builder()} gives. */
    public Builder() {}
  }
}
