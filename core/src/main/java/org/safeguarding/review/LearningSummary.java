package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A published learning document: a learning summary, 7-minute briefing, learning briefing or audit
 * briefing that carries learning from one or more reviews or audits to practitioners.
 *
 * <p>The document's content is a list of {@linkplain Section sections} in published order, each
 * keeping its original heading. Findings, recommendations, actions for practice, questions and
 * resources live in the section that gives them; {@link #findings()} and the methods beside it
 * list them across all sections.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLearningSummary.class)
@JsonIgnoreProperties(value = "documentType", allowGetters = true)
@JsonPropertyOrder({"documentType", "schemaVersion"})
public abstract non-sealed class LearningSummary implements ReviewDocument {

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

  /** The title, such as "Child HH and Child CC". */
  @NotNull
  @Text(max = Constraints.TITLE_MAX)
  public abstract String getTitle();

  /** The published form. */
  @NotNull
  public abstract LearningFormat getFormat();

  /** What the document calls itself, such as "Learning Summary" or "Briefing Note". */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getFormatLabel();

  /** The series it belongs to, such as "Learning Lessons from Safeguarding Audits". */
  public abstract Optional<@Text(max = Constraints.TITLE_MAX) String> getSeries();

  /** The partnership that published it, where the document names one. */
  public abstract Optional<@Valid Partnership> getPublisher();

  /** When it was published. */
  public abstract Optional<PartialDate> getPublicationDate();

  /** The reviews or audits it draws on. */
  public abstract List<@Valid ReviewReference> getSources();

  /** The children it is about. */
  public abstract List<@Valid Subject> getSubjects();

  /** The household and family network. */
  public abstract List<@Valid FamilyMember> getFamilyMembers();

  /** The incident that led to the review, where there was one. */
  public abstract Optional<@Valid Incident> getIncident();

  /** Temporary accommodation the family lived in. */
  public abstract List<@Valid HousingPlacement> getHousingPlacements();

  /** The sections in published order; at least one. */
  @Size(min = 1)
  public abstract List<@Valid Section> getSections();

  /** Keywords, as a case review repository lists them. */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getKeywords();

  @Override
  public abstract List<Theme> getThemes();

  /** Every finding, from all sections in order. */
  public final List<Finding> findings() {
    return fromSections(Section::getFindings);
  }

  /** Every recommendation, from all sections in order. */
  public final List<Recommendation> recommendations() {
    return fromSections(Section::getRecommendations);
  }

  /** Every action for practice, from all sections in order. */
  public final List<Action> actions() {
    return fromSections(Section::getActions);
  }

  /** Every resource, from all sections in order. */
  public final List<Resource> resources() {
    return fromSections(Section::getResources);
  }

  private <T> List<T> fromSections(Function<Section, List<T>> items) {
    return getSections().stream().flatMap(section -> items.apply(section).stream()).toList();
  }

  /** A builder for a learning summary. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LearningSummary}. */
  public static final class Builder extends ImmutableLearningSummary.Builder {}
}
