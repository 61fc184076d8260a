package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.review.pointer.Pointer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A published learning document, or a published account of one: a learning summary, 7-minute or
 * other briefing, review or audit report, press release, news report or committee papers that
 * carries learning from one or more reviews or audits to practitioners.
 *
 * <p>The text is a list of {@linkplain Section sections} in published order, each keeping its
 * number and heading, with its content as ordered {@linkplain Block blocks}: paragraphs, lists,
 * tables, findings, recommendations, actions, questions and resources, each in the one place where
 * it was published. {@link #findings()} and the views beside it list them across the document, in
 * that order; {@link #walk(ContentVisitor)} visits everything. The case facts (subjects, groups,
 * family members, incidents, moves, agencies, figures, stated counts, sources) are typed beside the
 * text, at document level.
 *
 * <p>Subject pseudonyms, family member labels and group labels are one namespace, each unique; ids
 * of sources, findings, recommendations, actions, placements, incidents and moves are unique within
 * the document.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLearningSummary.class)
@JsonIgnoreProperties(value = "documentType", allowGetters = true)
public abstract class LearningSummary implements ReviewDocument {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  LearningSummary() {}

  /** Always {@link DocumentType#LEARNING_SUMMARY}. */
  @Override
  public final DocumentType getDocumentType() {
    return DocumentType.LEARNING_SUMMARY;
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

  /** Where the text comes from and how complete it is. */
  @Override
  public abstract Optional<@Valid Provenance> getProvenance();

  /**
   * {@return the title as published, such as "Child HH and Child CC" or a news release's headline}
   */
  @NotNull
  @Text(max = Constraints.TITLE_MAX)
  public abstract String getTitle();

  /**
   * {@return a second title the document gives, such as the line under the title or a title taken
   * from the page that hosts the document}
   */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getSubtitle();

  /** {@return the published form of the document} */
  @NotNull
  public abstract LearningFormat getFormat();

  /**
   * {@return what the document calls itself, as written, such as "Learning Summary", "Six-step
   * Briefing" or "Agenda item"}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getFormatLabel();

  /**
   * {@return what the document says of its format or series, in its words: its fixed structure, how
   * it is meant to be used and why ("the structure will be the same so that managers become familiar
   * with it")}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getFormatDescription();

  /**
   * {@return what the document says it sets out to do, in its own words ("The briefing aimed to
   * reflect on police practice learning"); a review's own purposes are its source's remit}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getPurpose();

  /** {@return the kinds of agency the document says it is written for, such as POLICE} */
  public abstract List<AgencyKind> getAudience();

  /**
   * {@return the readers the document says it is for who are roles or teams rather than agencies,
   * such as MANAGERS for "managers" or TEAMS for "your teams"}
   */
  public abstract List<AudienceRole> getAudienceRoles();

  /** {@return whom the document says it is for, in its words, such as "police practitioners and leaders"} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getAudienceAsWritten();

  /** {@return the series it belongs to, such as "Learning Lessons from Safeguarding Audits"} */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getSeries();

  /** {@return which issue or number of its series it is, such as 2 for "Issue 2"} */
  public abstract Optional<@Min(1) @Max(Constraints.COUNT_MAX) Integer> getEdition();

  /**
   * {@return outside work the document, its format or its series draws on, as the document names
   * it, such as a technique borrowed from elsewhere or research; a review's own are its source's}
   */
  public abstract List<@Valid Resource> getDrawsOn();

  /**
   * {@return the safeguarding partnership or board whose learning the document carries: the body
   * that ran or commissioned the reviews or audits}
   */
  public abstract Optional<@Valid Organisation> getPartnership();

  /**
   * {@return the bodies that wrote or published the document together with its partnership, the
   * body it names first, such as the other three inspectorates of a joint inspection report}
   */
  public abstract List<@Valid Organisation> getJointlyWith();

  /**
   * {@return the partnership's own boards, sub-groups and groups the document names outside any
   * review, each with the body it is part of ("other LSCP subgroups"); the bodies that carried out a
   * review are its source's}
   */
  public abstract List<@Valid Organisation> getStructure();

  /** {@return the date the document carries: when it was published, or the date printed on it} */
  public abstract Optional<PartialDate> getPublicationDate();

  /**
   * {@return the body the document says approved it, as a committee paper's or an index sheet's
   * "Approved by"}
   */
  public abstract Optional<@Valid Organisation> getApprovedBy();

  /** {@return when the document says it was approved} */
  public abstract Optional<PartialDate> getApprovalDate();

  /** {@return when the document says it is next to be reviewed, as an index sheet's "Review Date"} */
  public abstract Optional<PartialDate> getNextReviewDate();

  /**
   * {@return people the document names in a public or professional role (author, reviewer, chair,
   * presenter, witness, elected member); the only place a person's name is data}
   */
  public abstract List<@Valid PersonInRole> getPeople();

  /**
   * {@return the reviews or audits the document draws on or reports, each with its link, local
   * reference and the children it concerns}
   */
  public abstract List<@Valid ReviewReference> getSources();

  /** {@return the children the document is about who have a pseudonym} */
  public abstract List<@Valid Subject> getSubjects();

  /**
   * {@return groups of children without pseudonyms, such as a thematic review's ten boys or an
   * audit's sample}
   */
  public abstract List<@Valid Group> getGroups();

  /** {@return the households and family networks} */
  public abstract List<@Valid FamilyMember> getFamilyMembers();

  /**
   * {@return the families a document tells apart: several unrelated families in one review, or a
   * count of families a thematic review looked at}
   */
  public abstract List<@Valid Family> getFamilies();

  /** {@return the incidents that led to the reviews, each with the children it concerns} */
  public abstract List<@Valid Incident> getIncidents();

  /**
   * {@return the events of the chronology the document gives (meetings, referrals, assessments,
   * key practice episodes), in its order}
   */
  public abstract List<@Valid CaseEvent> getEvents();

  /** {@return moves of children and families between homes or areas} */
  public abstract List<@Valid Move> getMoves();

  /** {@return temporary accommodation families lived in} */
  public abstract List<@Valid HousingPlacement> getHousingPlacements();

  /**
   * {@return the agencies the document names as working with the children and families or taking
   * part in the review, each with its name as written}
   */
  public abstract List<@Valid Agency> getAgencies();

  /**
   * {@return the law, guidance, procedures, protocols, policies, plans, panels and training the
   * document names, such as "section 47 of the Children Act 1989" or "the regional bruising
   * protocol"}
   */
  public abstract List<@Valid Arrangement> getArrangements();

  /**
   * {@return the processes the document explains step by step, such as how a practice review goes
   * from referral to publication}
   */
  public abstract List<@Valid ProcessDescription> getProcessDescriptions();

  /**
   * {@return numbers the document gives about a group, a case or the reviews, such as "72% of ..."
   * or "three contacts with the Front Door in 2024"}
   */
  public abstract List<@Valid Figure> getFigures();

  /**
   * {@return the counts the document states of parts it does not list in full, such as "eight
   * findings and fourteen recommendations"}
   */
  public abstract List<@Valid StatedCount> getStatedCounts();

  /**
   * {@return what the partnership or another body says of itself that is not a review's finding,
   * such as "we have a robust review process"}
   */
  public abstract List<@Valid SelfAssessment> getSelfAssessments();

  /** {@return the sections in published order; at least one} */
  @Size(min = 1)
  public abstract List<@Valid Section> getSections();

  /** {@return keywords, as the document or a case review repository lists them} */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getKeywords();

  /** The learning themes the document as a whole is tagged with. */
  public abstract List<Theme> getThemes();

  /** {@return every finding, from all sections, in published order} */
  public final List<Finding> findings() {
    return collect(Finding.class);
  }

  /** {@return every recommendation, from all sections, in published order} */
  public final List<Recommendation> recommendations() {
    return collect(Recommendation.class);
  }

  /** {@return every action for practice, from all sections, in published order} */
  public final List<Action> actions() {
    return collect(Action.class);
  }

  /** {@return every question for reflection, from all sections, in published order} */
  public final List<String> questions() {
    List<String> questions = new ArrayList<>();
    walk(
        new ContentVisitor() {
          @Override
          public void question(String question, Pointer at) {
            questions.add(question);
          }
        });
    return List.copyOf(questions);
  }

  /** {@return every resource, from all sections, in published order} */
  public final List<Resource> resources() {
    return collect(Resource.class);
  }

  /**
   * Visits the sections and their content in published order, as {@link ContentVisitor} describes.
   *
   * @param visitor what to call for each section and each part of its content
   */
  public final void walk(ContentVisitor visitor) {
    ContentWalk.walk(getSections(), Objects.requireNonNull(visitor, "visitor"));
  }

  /** The parts of one type given as blocks or items, in order. */
  private <T> List<T> collect(Class<T> kind) {
    List<T> found = new ArrayList<>();
    walk(
        new ContentVisitor() {
          @Override
          public void finding(Finding finding, Pointer at) {
            add(finding);
          }

          @Override
          public void recommendation(Recommendation recommendation, Pointer at) {
            add(recommendation);
          }

          @Override
          public void action(Action action, Pointer at) {
            add(action);
          }

          @Override
          public void resource(Resource resource, Pointer at) {
            add(resource);
          }

          private void add(Object part) {
            if (kind.isInstance(part)) {
              found.add(kind.cast(part));
            }
          }
        });
    return List.copyOf(found);
  }

  /** {@return a builder for a learning summary} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link LearningSummary}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set; that a list has its items is checked by
   * validation. It sets {@code documentType}, and {@code schemaVersion} is the current version
   * unless set.
   */
  public static final class Builder extends ImmutableLearningSummary.Builder {

    /** A builder with no property set, as {@link LearningSummary#builder()} gives. */
    public Builder() {}
  }
}
