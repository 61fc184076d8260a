package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A review or audit a document draws on or reports. Published documents often name a review without
 * saying much about it, so every part is optional.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableReviewReference.class)
public abstract class ReviewReference implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  ReviewReference() {}

  /**
   * {@return the source's identifier, unique within the document; required when anything refers to
   * the source}
   */
  public abstract Optional<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getId();

  /** {@return the kind of review, if the document says} */
  public abstract Optional<ReviewType> getType();

  /**
   * {@return the kinds of review when the source is of several at once: a counted source that mixes
   * them ("41 serious case reviews and LCSPRs"), or one joint review of several kinds; never with
   * {@code type}}
   */
  public abstract List<ReviewType> getTypes();

  /**
   * {@return the document's words for the kind of review, such as "Extended Child Practice Review"
   * or, with type {@code OTHER}, a kind the list does not name}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getTypeAsWritten();

  /**
   * {@return the nation whose law or guidance the review follows; needed only when the type does
   * not say it (a domestic homicide review, a local learning review, {@code OTHER})}
   */
  public abstract Optional<Nation> getNation();

  /**
   * {@return the criteria or purpose of the review's kind as the document states them, such as
   * "carried out after a child dies or is seriously injured and abuse or neglect is known or
   * suspected"; the type's own definition is the model's, not the document's}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getCriteriaAsWritten();

  /**
   * {@return the criteria of the review's kind as the document lists them, one entry each, with the
   * kinds of harm and statuses each names; never with {@code criteriaAsWritten}, which holds them
   * as one statement}
   */
  public abstract List<@Valid ReviewCriterion> getCriteria();

  /**
   * {@return whether every listed criterion must hold or any one of them is enough, where the
   * document says; only with {@code criteria}}
   */
  public abstract Optional<CriteriaJoin> getCriteriaJoin();

  /** {@return whether it looks at one case or several around a theme} */
  public abstract Optional<ReviewScope> getScope();

  /**
   * {@return true when the document calls the case historical or non-recent: the harm it looks at
   * happened long before the review}
   */
  public abstract Optional<Boolean> getNonRecent();

  /**
   * {@return the questions the review or audit set out to answer, its scope and its purposes, in
   * the document's words, one statement each, in the document's order, such as "to review the
   * contribution of GPs to ICPCs and review conferences"}
   */
  public abstract List<@Text(max = Constraints.STATEMENT_MAX) String> getRemit();

  /** {@return the review's title, such as "Serious Youth Violence - Breaking the Cycle"} */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getTitle();

  /** {@return the partnership's own reference, such as "CN18" or "BSCP2020-21-01"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getReference();

  /**
   * {@return which of a series of reports it is, such as 2 for "our second Annual Report"}
   */
  public abstract Optional<@Min(1) @Max(Constraints.COUNT_MAX) Integer> getEdition();

  /** {@return the Panel's serious incident notification reference} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getPanelReference();

  /** {@return the partnership or board that carried out or commissioned the review} */
  public abstract Optional<@Valid Organisation> getPartnership();

  /**
   * {@return the body that published the review's report, when it is not the partnership, such as
   * a government department that published another body's report}
   */
  public abstract Optional<@Valid Organisation> getPublishedBy();

  /**
   * {@return the bodies that wrote or published the report together with the one named first (its
   * publishedBy, or else its partnership), such as "the Home Office and DHSC" beside the DfE}
   */
  public abstract List<@Valid Organisation> getJointlyWith();

  /** {@return the body whose referral led to the review, such as a child death overview panel} */
  public abstract Optional<@Valid Organisation> getReferredBy();

  /** {@return the body that commissioned the review, such as a board or a government department} */
  public abstract Optional<@Valid Organisation> getCommissionedBy();

  /**
   * {@return how many reviews the source stands for, when it is a set of reviews over its period
   * ("24 case management reviews completed from 2003 to 2008")}
   */
  public abstract Optional<@Valid Count> getCount();

  /**
   * {@return the ids of the document's other sources this one covers, when it is an overview or
   * analysis of those reviews ("we have examined 20 significant case reviews")}
   */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getCovers();

  /**
   * {@return the id of the document's source this review was part of or written for, such as the
   * serious case review an agency's individual management review served}
   */
  public abstract Optional<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getPartOf();

  /**
   * {@return the id of the document's source that stands for a set this one is an entry of, whose
   * kind the document states once for all its entries ("these briefings summarise CSPRs, formerly
   * SCRs"): this source is one of that set, of one of its types, without a type of its own}
   */
  public abstract Optional<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getMemberOf();

  /**
   * {@return the document's words setting this review or case aside from its analysis, with the reason where it
   * gives one, such as "one case was excluded as it related only to management in a distant area";
   * statistics do not count an excluded review among the reviews}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getExclusion();

  /**
   * {@return the ids of earlier sources of the document this one builds on or follows up, such as
   * an analysis that builds on an earlier report of the same series; a source it reviews or analyses
   * is in {@code covers} instead}
   */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getBuildsOn();

  /**
   * {@return documents and bodies the review or analysis draws on that are not sources of the
   * document, such as research or a national body's advice; a body's work named without a title is a
   * resource with a description and the body as publisher}
   */
  public abstract List<@Valid Resource> getDrawsOn();

  /** {@return the address of the review's own report or summary} */
  public abstract Optional<@Size(max = Constraints.LINK_MAX) @Pattern(regexp = Constraints.LINK_PATTERN, message = Constraints.LINK_MESSAGE) String> getLink();

  /**
   * {@return the pseudonyms and labels of the children it concerns, and of the adults a joint
   * review concerns (the subject of a domestic homicide or safeguarding adults review beside a
   * child safeguarding practice review, a family member of the document)}
   */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getSubjects();

  /** {@return how the review or audit was carried out} */
  public abstract List<ReviewMethod> getMethods();

  /**
   * {@return the document's words for how the review was done, such as "a hybrid methodology" or
   * "the Working Together 2018 model"}
   */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getMethodsAsWritten();

  /**
   * {@return the teams, panels or sub-groups that carried out the review, such as "the case review
   * sub-group"; people who did are in the document's {@code people} with this review's id}
   */
  public abstract List<@Valid Organisation> getConductedBy();

  /**
   * {@return the organisations that took part in the review without carrying it out, each with its
   * part as written, such as a charity commissioned to consult with children}
   */
  public abstract List<@Valid Contributor> getContributors();

  /**
   * {@return the kinds of agency the document says should read this source, such as
   * ALL_AGENCIES for a post urging "every agency" to read another body's report; the document's own
   * readers are its {@code audience}}
   */
  public abstract List<AgencyKind> getAudience();

  /** {@return the readers by role the document says this source is for, such as PRACTITIONERS or MANAGERS} */
  public abstract List<AudienceRole> getAudienceRoles();

  /** {@return whom the document says should read this source, in its words, such as "all those working with families"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getAudienceAsWritten();

  /**
   * {@return the bodies that paid for the review or the work behind it, as the document names them,
   * such as the Department for Education for "allocated DfE resource to develop" its method}
   */
  public abstract List<@Valid Organisation> getFundedBy();

  /** {@return the period the review or audit covers or was carried out in, such as "2016/17"} */
  public abstract Optional<@Valid When> getPeriod();

  /**
   * {@return the meetings held for the review or audit, such as a panel that met to collate the
   * findings}
   */
  public abstract List<@Valid Meeting> getMeetings();

  /** {@return when the decision to undertake the review was made, as a date; a looser time is {@code decisionWhen}} */
  public abstract Optional<PartialDate> getDecisionDate();

  /**
   * {@return when the decision to undertake the review was made, when a date cannot say it: words
   * or a time relative to another event, such as "soon after the death of the child"; never with
   * {@code decisionDate}}
   */
  public abstract Optional<@Valid When> getDecisionWhen();

  /**
   * {@return why the review was decided on, in the document's words, such as "because abuse or
   * neglect were suspected to be a factor in the child's death"; the review type's criteria as the
   * document states them are {@code criteriaAsWritten}}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDecisionReason();

  /** {@return when the review was published} */
  public abstract Optional<PartialDate> getPublicationDate();

  /**
   * {@return when the reviews a set stands for were published, such as "published since 2011";
   * {@code period} is the time they cover, and {@code selectionCriteria} how they were chosen}
   */
  public abstract Optional<@Valid When> getPublishedWithin();

  /**
   * {@return how the reviews a set stands for were chosen, in the document's words, such as "where
   * domestic abuse is a key factor"; {@code criteriaAsWritten} is when reviews of a kind are held}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getSelectionCriteria();

  /** {@return how far the review has gone, as the document says} */
  public abstract Optional<ReviewStage> getStage();

  /**
   * {@return when the review reached its stage, such as when it was decommissioned ("mid-point",
   * "following completion of the criminal investigation" as words, a date where given)}
   */
  public abstract Optional<@Valid When> getStageWhen();

  /** {@return why the review reached its stage, in the document's words, such as why it was decommissioned} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getStageReason();

  /**
   * {@return the process alongside the review that its stage followed or waited for, such as a
   * police investigation after which it was decommissioned}
   */
  public abstract Optional<ParallelProcess> getStageProcess();

  /** {@return how much of the review was made public} */
  public abstract Optional<PublicationExtent> getPublication();

  /** {@return what the document says of getting a copy, such as "available on request from the board"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getAvailability();

  /**
   * {@return the review's products, each with its own publication, such as an overview report
   * delayed by criminal proceedings and a learning brief published before it; {@code publication}
   * stays how much of the review as a whole was made public}
   */
  public abstract List<@Valid ReviewOutput> getOutputs();

  /**
   * {@return the bodies the review's findings or report were put to for consideration, such as the
   * committee or partnership that must consider them ("eight findings which required consideration
   * by EACPC"); a report sent to a body outside the partnership is a submission}
   */
  public abstract List<@Valid Organisation> getForConsiderationBy();

  /** {@return where the review's report was sent, such as the Panel or a government, and the response} */
  public abstract List<@Valid Submission> getSubmissions();

  /**
   * {@return the responses to the review published as documents of their own, such as the board's
   * response beside the overview report, each with its publisher, link and date where given; a
   * body's reply to a report sent to it is the submission's {@code response}}
   */
  public abstract List<@Valid Resource> getResponses();

  /**
   * {@return true when the document says the review made recommendations but neither lists nor
   * counts them ("the review made a number of recommendations")}
   */
  public abstract Optional<Boolean> getMadeRecommendations();

  /** {@return how the review's learning was shared and with whom, one entry for each way the document names} */
  public abstract List<@Valid Dissemination> getDissemination();

  /** {@return what the review concluded about the harm or death as a whole, such as "not predictable or preventable"} */
  public abstract List<@Valid ReviewConclusion> getConclusions();

  /** {@return a builder for a review reference} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ReviewReference}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation.
   */
  public static final class Builder extends ImmutableReviewReference.Builder {

    /** A builder with no property set, as {@link ReviewReference#builder()} gives. */
    public Builder() {}
  }
}
