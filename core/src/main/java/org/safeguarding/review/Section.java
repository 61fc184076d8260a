package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A section of a learning document: its original heading, the canonical kind that heading maps to,
 * and what the section holds, each in a typed place (paragraphs, findings, recommendations,
 * actions for practice, questions for reflection, resources).
 *
 * <p>Headings vary between partnerships ("Effective Practice", "What went well"), so the heading
 * is kept as published and the {@linkplain #getKind() kind} says what it is.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSection.class)
public abstract class Section implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Section() {}

  /** The canonical kind of the section. */
  @NotNull
  public abstract SectionKind getKind();

  /** The heading as published; empty for an untitled opening. */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getHeading();

  /** The learning themes the section as a whole is tagged with. */
  public abstract List<Theme> getThemes();

  /** Paragraphs of running text, in order. */
  public abstract List<@Text(max = Constraints.TEXT_MAX) String> getParagraphs();

  /** The findings the section gives, in order. */
  public abstract List<@Valid Finding> getFindings();

  /** The recommendations the section gives, in order. */
  public abstract List<@Valid Recommendation> getRecommendations();

  /** The actions for practice the section gives, in order. */
  public abstract List<@Valid Action> getActions();

  /** Questions for reflection, in order. */
  public abstract List<@Text(max = Constraints.STATEMENT_MAX) String> getQuestions();

  /** Further reading and resources, in order. */
  public abstract List<@Valid Resource> getResources();

  /** A builder for a section. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Section}. */
  public static final class Builder extends ImmutableSection.Builder {}
}
