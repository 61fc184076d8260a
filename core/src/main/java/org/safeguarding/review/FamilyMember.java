package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An adult or child in a household or family network, known by a role label such as "Mother" or
 * "Child CC's father", never by name.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFamilyMember.class)
public abstract class FamilyMember implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  FamilyMember() {}

  /**
   * {@return the label the document uses, such as "Child HH's Mother" or "Sibling 1"; unique among
   * pseudonyms and labels}
   */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getLabel();

  /**
   * {@return the person's role in the children's lives; NOT_KNOWN when the document does not say}
   */
  @NotNull
  public abstract FamilyRole getRole();

  /** {@return the role in the document's words, such as "birth Father" or "half-sibling"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getRoleAsWritten();

  /**
   * {@return the roles the person may have when the document names several without saying which
   * ("their father, stepfather or another adult male"), in its order; {@code role} is then what
   * they have in common (MALE_CARER) or NOT_KNOWN}
   */
  public abstract List<FamilyRole> getPossibleRoles();

  /**
   * {@return how many people the entry stands for, when the document says ("two older
   * half-siblings"); absent for one person or when not said}
   */
  public abstract Optional<@Valid Count> getCount();

  /** {@return the person's age at the time of the events reviewed, where given} */
  public abstract Optional<@Valid Age> getAge();

  /** {@return the member's age when the document was written, beside the age at the incident} */
  public abstract Optional<@Valid Age> getAgeNow();

  /** {@return whether the person is a care leaver; absent when the document does not say} */
  public abstract Optional<Boolean> getCareLeaver();

  /**
   * {@return true when the person lives in the child's household, which decides the census code of
   * their risk factors when they are not a parent or carer}
   */
  public abstract Optional<Boolean> getInHousehold();

  /**
   * {@return true when the person had contact with the children without living with them, as the
   * document says ("had contact with a half sibling"); absent when it does not say}
   */
  public abstract Optional<Boolean> getContact();

  /** {@return the pseudonyms or group labels of the children this person is related to} */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getRelatedSubjects();

  /** {@return the label of the family member this person is the partner of} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getPartnerOf();

  /**
   * {@return the person's involvement with children's services, such as a sibling's child
   * protection plan or a parent "known to Children's Social Care"}
   */
  public abstract List<@Valid Status> getStatuses();

  /**
   * {@return false when the document says no concerns were known about the person ("no previous
   * health or education concerns"), true when it says there were; absent when it does not say}
   */
  public abstract Optional<Boolean> getConcernsKnown();

  /** {@return the document's words about concerns known or not, such as "no previous health or education concerns"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getConcernsAsWritten();

  /** {@return relevant history, in words} */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getHistory();

  /**
   * {@return the person's criminal-justice history before the events: convictions, cautions,
   * charges, prosecutions and arrests, each with the offence as written and when}
   */
  public abstract List<@Valid CriminalRecord> getCriminalHistory();

  /** {@return the risk factors the person held, coded as the children in need census codes them} */
  public abstract List<@Valid RiskFactor> getRiskFactors();

  /** {@return a builder for a family member} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link FamilyMember}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableFamilyMember.Builder {

    /** A builder with no property set, as {@link FamilyMember#builder()} gives. */
    public Builder() {}
  }
}
