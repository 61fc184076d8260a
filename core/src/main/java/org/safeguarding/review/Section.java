package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A section of a learning document: its published number and heading, the canonical kind that
 * heading maps to, what it is about, and its content as ordered blocks followed by its subsections.
 *
 * <p>Headings vary between partnerships ("Effective Practice", "What went well"), so the heading is
 * kept as published, without its number, and the {@linkplain #getKind() kind} says what it is. A
 * section about one child or one review says so with {@link #getSubjects()} or {@link
 * #getSources()}.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSection.class)
public abstract class Section implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Section() {}

  /** {@return the canonical kind of the section} */
  @NotNull
  public abstract SectionKind getKind();

  /** {@return the number printed before the heading, such as "1." or "Step 3"} */
  public abstract Optional<@Text(max = Constraints.NUMBER_MAX) String> getNumber();

  /** {@return the heading as published, without its number; absent for an untitled part} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getHeading();

  /**
   * {@return the date the document shows with the section, such as the date an index page posted
   * the entry; not the date of a review the entry is about, which is the source's}
   */
  public abstract Optional<@Valid When> getDate();

  /**
   * {@return the format of the document the section is an entry for, on a page that lists
   * documents, such as SEVEN_MINUTE_BRIEFING for a briefing the page lists with or without a link}
   */
  public abstract Optional<LearningFormat> getEntryFormat();

  /**
   * {@return the pseudonyms and group labels of the children the section is about (a per-child
   * part)}
   */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getSubjects();

  /** {@return the ids of the source reviews the section is about (a per-review part)} */
  public abstract List<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getSources();

  /** {@return the learning themes the section as a whole is tagged with} */
  public abstract List<Theme> getThemes();

  /** {@return what the section says, in published order} */
  public abstract List<@Valid Block> getContent();

  /** {@return subsections, in order, after the content} */
  public abstract List<@Valid Section> getSections();

  /** {@return a builder for a section} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Section}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableSection.Builder {

    /** A builder with no property set, as {@link Section#builder()} gives. */
    public Builder() {}
  }
}
