package org.safeguarding.review;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One block of a section's content, in published order: exactly one of its alternatives, the
 * getters marked {@link Choice} ({@link Block_#CHOICES}), such as a paragraph, a list or a finding.
 *
 * <p>The alternatives are declared once, here: the walk of a document, the form rules ({@link
 * FormRule#BLOCK_EMPTY}, {@link FormRule#BLOCK_SEVERAL}), the schemas and rendering all read them
 * from the metamodel. The static factories ({@link #paragraph(String)}, {@link #of(Finding)} and
 * the others) make a block of each kind.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableBlock.class)
public abstract class Block implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Block() {}

  /** {@return a paragraph of running text, as published} */
  @Choice
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getParagraph();

  /** {@return a bullet or numbered list} */
  @Choice
  public abstract Optional<@Valid ItemList> getList();

  /**
   * {@return a finding given as its own paragraph (a titled finding shows its title as a
   * sub-heading)}
   */
  @Choice
  public abstract Optional<@Valid Finding> getFinding();

  /** {@return a recommendation given as its own paragraph} */
  @Choice
  public abstract Optional<@Valid Recommendation> getRecommendation();

  /** {@return an action for practice given as its own paragraph} */
  @Choice
  public abstract Optional<@Valid Action> getAction();

  /** {@return a question the document asks its readers (for reflection or discussion)} */
  @Choice
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getQuestion();

  /** {@return further reading or a practice resource given on its own line} */
  @Choice
  public abstract Optional<@Valid Resource> getResource();

  /** {@return a table with column headings} */
  @Choice
  public abstract Optional<@Valid Table> getTable();

  /** {@return a list of terms or acronyms and their meanings} */
  @Choice
  public abstract Optional<@Valid Glossary> getGlossary();

  /** {@return a place where published text is not available} */
  @Choice
  public abstract Optional<@Valid Omission> getOmission();

  /** {@return words quoted from someone else, set apart as published} */
  @Choice
  public abstract Optional<@Valid Quote> getQuote();

  /** {@return an image, as its alternative text or caption} */
  @Choice
  public abstract Optional<@Valid Image> getImage();

  /**
   * {@return a block that holds a paragraph of running text}
   *
   * @param paragraph the paragraph's text, as published
   */
  public static Block paragraph(String paragraph) {
    return builder().paragraph(paragraph).build();
  }

  /**
   * {@return a block that holds a question for readers}
   *
   * @param question the question's text, as published
   */
  public static Block question(String question) {
    return builder().question(question).build();
  }

  /**
   * {@return a block that holds a list}
   *
   * @param list the list
   */
  public static Block of(ItemList list) {
    return builder().list(list).build();
  }

  /**
   * {@return a block that holds a finding given as its own paragraph}
   *
   * @param finding the finding
   */
  public static Block of(Finding finding) {
    return builder().finding(finding).build();
  }

  /**
   * {@return a block that holds a recommendation given as its own paragraph}
   *
   * @param recommendation the recommendation
   */
  public static Block of(Recommendation recommendation) {
    return builder().recommendation(recommendation).build();
  }

  /**
   * {@return a block that holds an action given as its own paragraph}
   *
   * @param action the action
   */
  public static Block of(Action action) {
    return builder().action(action).build();
  }

  /**
   * {@return a block that holds a resource given on its own line}
   *
   * @param resource the resource
   */
  public static Block of(Resource resource) {
    return builder().resource(resource).build();
  }

  /**
   * {@return a block that holds a table}
   *
   * @param table the table
   */
  public static Block of(Table table) {
    return builder().table(table).build();
  }

  /**
   * {@return a block that holds a glossary}
   *
   * @param glossary the glossary
   */
  public static Block of(Glossary glossary) {
    return builder().glossary(glossary).build();
  }

  /**
   * {@return a block that marks a place where text is not available}
   *
   * @param omission what is missing and why
   */
  public static Block of(Omission omission) {
    return builder().omission(omission).build();
  }

  /**
   * {@return a block that holds a quote}
   *
   * @param quote the quoted words and their attribution
   */
  public static Block of(Quote quote) {
    return builder().quote(quote).build();
  }

  /**
   * {@return a block that holds an image}
   *
   * @param image the image's alternative text and caption
   */
  public static Block of(Image image) {
    return builder().image(image).build();
  }

  /** {@return a builder for a block} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Block}: {@code build()} throws an {@link IllegalStateException} naming
   * each property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableBlock.Builder {

    /** A builder with no property set, as {@link Block#builder()} gives. */
    public Builder() {}
  }
}
