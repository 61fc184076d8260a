package org.safeguarding.review;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A body that leads, commissions or publishes reviews, or is named in a document's governance: a
 * safeguarding partnership or board, a council, a health body, a news outlet.
 *
 * <p>An organisation has at least one of a name, an abbreviation, an area, a kind and agency kinds
 * ({@link FormRule#ORGANISATION_UNNAMED}): a document that names only the area ("Bexley Local
 * Learning Review") gives the area alone, one that names the body only by its initials ("NSCB") the
 * abbreviation alone, an unnamed news outlet its kind alone, and "all agencies" its agency kinds
 * alone.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOrganisation.class)
public abstract class Organisation implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Organisation() {}

  /** {@return the name as written, such as "Essex Safeguarding Children Board"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getName();

  /** {@return the abbreviation the document uses, such as "BSCP"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getAbbreviation();

  /** {@return the kind of body, where known} */
  public abstract Optional<OrganisationKind> getKind();

  /**
   * {@return the kinds of agency the entry stands for when the document names kinds of agency
   * rather than one body, such as ALL_AGENCIES for "every agency involved" or
   * EDUCATION_AND_EARLY_YEARS for "education", as an arrangement's holder or a step's {@code by}}
   */
  public abstract List<AgencyKind> getAgencyKinds();

  /** {@return whether it is public, private or voluntary, as the document says ("a private provider")} */
  public abstract Optional<Sector> getSector();

  /**
   * {@return whether it works for a whole nation, a region or one area, where the document says
   * ("the national health safeguarding team")}
   */
  public abstract Optional<Level> getLevel();

  /** {@return the local authority area or areas it covers, as written, such as "Bexley"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getArea();

  /**
   * {@return the body this one is part of, as the document names it, such as the board whose
   * committee or sub-group it is ("the Safeguarding Board for Northern Ireland" for its Case
   * Management Review Panel)}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getPartOf();

  /**
   * {@return the body that has since replaced this one, as the document names it, such as the
   * partnership that followed a local safeguarding children board}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getSucceededBy();

  /**
   * {@return true when the document does not name the body, and the body is taken from where the
   * document is published (its website) or from its content (a newsletter that says "our Annual
   * Report" of the Panel's report)}
   */
  public abstract Optional<Boolean> getInferred();

  /**
   * {@return the agencies with representatives on this body, such as the police, health and
   * education on a case review sub-group, panel or board; a source's {@code contributors} are
   * those who took part in one review without carrying it out}
   */
  public abstract List<@Valid Agency> getMembers();

  /** {@return how often the body meets, where the document says, such as QUARTERLY for "meets quarterly"} */
  public abstract Optional<Cadence> getMeets();

  /** {@return how often the body meets, in the document's words, such as "meets quarterly" or "at least six times a year"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getMeetsAsWritten();

  /** {@return how to reach the body, as the document gives it: a public mailbox, phone line or web address} */
  public abstract List<@Valid Contact> getContacts();

  /**
   * {@return an organisation of the given name and kind}
   *
   * @param name the name as written, such as "Essex Safeguarding Children Board"
   * @param kind what kind of body it is
   */
  public static Organisation of(String name, OrganisationKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /** {@return a builder for an organisation} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Organisation}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableOrganisation.Builder {

    /** A builder with no property set, as {@link Organisation#builder()} gives. */
    public Builder() {}
  }
}
