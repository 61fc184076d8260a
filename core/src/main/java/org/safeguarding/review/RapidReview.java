package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A rapid review: what the safeguarding partners send to the Child Safeguarding Practice Review
 * Panel within 15 working days of a serious incident notification (Working Together to Safeguard
 * Children 2023, chapter 5).
 *
 * <p>It holds the identifiers and dates, the children, the incident, the household and family
 * network and the families it tells apart, each agency's involvement, the law and procedures it names, key practice episodes, the child's lived experience, context
 * and equality, good practice and learning, immediate actions, the decision with its rationale, the
 * partners' sign-off and the Panel's response. Rapid reviews are not published: they are sensitive.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRapidReview.class)
@JsonIgnoreProperties(value = "documentType", allowGetters = true)
public abstract class RapidReview implements ReviewDocument {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  RapidReview() {}

  /** Always {@link DocumentType#RAPID_REVIEW}. */
  @Override
  public final DocumentType getDocumentType() {
    return DocumentType.RAPID_REVIEW;
  }

  /** The schema version the document was written against, such as 1.0.0; the current version unless set. */
  @Override
  @Value.Default
  @NotNull
  public SchemaVersion getSchemaVersion() {
    return SchemaVersion.CURRENT;
  }

  @Override
  @NotNull
  @Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE)
  public abstract String getId();

  @Override
  public abstract Optional<Classification> getClassification();

  /** Where the document comes from; marks illustrative (made-up or reconstructed) rapid reviews. */
  @Override
  public abstract Optional<@Valid Provenance> getProvenance();

  /** {@return the Panel's reference for the serious incident notification} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getPanelReference();

  /** {@return the safeguarding partnership carrying out the rapid review} */
  @NotNull
  @Valid
  public abstract Organisation getPartnership();

  /** {@return the review's dates, which must be in order} */
  @NotNull
  @Valid
  public abstract RapidReviewTimeline getTimeline();

  /** {@return the serious incident notification the rapid review follows} */
  public abstract Optional<@Valid Notification> getNotification();

  /** {@return the children the notification concerns; at least one} */
  @Size(min = 1)
  public abstract List<@Valid Subject> getChildren();

  /** {@return the serious incident the notification reported} */
  @NotNull
  @Valid
  public abstract Incident getIncident();

  /** {@return the household and family network} */
  public abstract List<@Valid FamilyMember> getFamilyMembers();

  /**
   * {@return the families and households the review tells apart, such as a household that moved or
   * two families sharing a home, each with its members}
   */
  public abstract List<@Valid Family> getFamilies();

  /** {@return moves of the children and family between homes or areas} */
  public abstract List<@Valid Move> getMoves();

  /** {@return temporary accommodation the family lived in} */
  public abstract List<@Valid HousingPlacement> getHousingPlacements();

  /** {@return one summary for each agency involved (the individual agency summaries)} */
  public abstract List<@Valid AgencyInvolvement> getAgencyInvolvement();

  /**
   * {@return the law, guidance, procedures, protocols, policies, plans, panels and training the
   * review names, such as "section 47 of the Children Act 1989" or "the regional bruising protocol"}
   */
  public abstract List<@Valid Arrangement> getArrangements();

  /** {@return key practice episodes with their analysis} */
  public abstract List<@Valid KeyPracticeEpisode> getKeyPracticeEpisodes();

  /** {@return the child's lived experience, in words} */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getLivedExperience();

  /**
   * {@return context and equality: racism, inequalities, ableism and protected characteristics, in
   * words}
   */
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getContextAndEquality();

  /** {@return good practice, learning and areas for improvement found so far} */
  public abstract List<@Valid Finding> getFindings();

  /** {@return actions already taken or agreed} */
  public abstract List<@Valid Action> getImmediateActions();

  /** {@return what the partners decided, and why; absent only while undecided (a warning)} */
  public abstract Optional<@Valid Decision> getDecision();

  /** {@return the statutory partners' sign-off} */
  public abstract List<@Valid SignOff> getSignOff();

  /** {@return the Panel's response, once received} */
  public abstract Optional<@Valid PanelResponse> getPanelResponse();

  /** The learning themes the document as a whole is tagged with. */
  public abstract List<Theme> getThemes();

  /** {@return a builder for a rapid review} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link RapidReview}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation. It sets {@code documentType}, and {@code schemaVersion} is the current version
   * unless set.
   */
  public static final class Builder extends ImmutableRapidReview.Builder {

    /** A builder with no property set, as {@link RapidReview#builder()} gives. */
    public Builder() {}
  }
}
