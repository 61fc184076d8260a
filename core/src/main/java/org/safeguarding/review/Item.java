package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One item of a list, or one cell of a table: a published number or label, at most one typed part,
 * and a nested list that follows it.
 *
 * <p>An item holds at most one of its alternatives, the getters marked {@link Choice} ({@link
 * Item_#CHOICES}; {@link FormRule#ITEM_SEVERAL}); an item of a list needs one of them or a nested list
 * ({@link FormRule#ITEM_EMPTY}), while a table cell may be empty; a label needs text or an omission
 * ({@link FormRule#ITEM_LABEL}), because a typed part carries its own title.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableItem.class)
public abstract class Item implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Item() {}

  /**
   * {@return the item's identifier, unique among the document's ids, so that an action can name the
   * item it answers (an audit's "issue identified" that is a case fact)}
   */
  public abstract Optional<@Pattern(regexp = Constraints.ID_PATTERN, message = Constraints.ID_MESSAGE) String> getId();

  /**
   * {@return the number or letter as printed, with its punctuation, such as "1.", "1.1" or "(a)"}
   */
  public abstract Optional<@Text(max = Constraints.NUMBER_MAX) String> getNumber();

  /**
   * {@return a label printed before the text, such as "Chronic Neglect" in "Chronic Neglect: ...";
   * only with text or an omission (typed parts use their own title)}
   */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getLabel();

  /** {@return the item's text, as published} */
  @Choice
  public abstract Optional<@Text(max = Constraints.TEXT_MAX) String> getText();

  /** {@return a finding given as a list item} */
  @Choice
  public abstract Optional<@Valid Finding> getFinding();

  /** {@return a recommendation given as a list item} */
  @Choice
  public abstract Optional<@Valid Recommendation> getRecommendation();

  /** {@return an action given as a list item} */
  @Choice
  public abstract Optional<@Valid Action> getAction();

  /** {@return a question given as a list item} */
  @Choice
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getQuestion();

  /** {@return a resource given as a list item} */
  @Choice
  public abstract Optional<@Valid Resource> getResource();

  /** {@return an item whose text is not available} */
  @Choice
  public abstract Optional<@Valid Omission> getOmission();

  /** {@return a list nested under this item, after its own content ("... especially:")} */
  public abstract Optional<@Valid ItemList> getList();

  /**
   * {@return an item of text}
   *
   * @param text the item's text, as published
   */
  public static Item text(String text) {
    return builder().text(text).build();
  }

  /**
   * {@return an item that asks a question}
   *
   * @param question the question's text, as published
   */
  public static Item question(String question) {
    return builder().question(question).build();
  }

  /**
   * {@return a finding given as an item}
   *
   * @param finding the finding
   */
  public static Item of(Finding finding) {
    return builder().finding(finding).build();
  }

  /**
   * {@return a recommendation given as an item}
   *
   * @param recommendation the recommendation
   */
  public static Item of(Recommendation recommendation) {
    return builder().recommendation(recommendation).build();
  }

  /**
   * {@return an action given as an item}
   *
   * @param action the action
   */
  public static Item of(Action action) {
    return builder().action(action).build();
  }

  /**
   * {@return a resource given as an item}
   *
   * @param resource the resource
   */
  public static Item of(Resource resource) {
    return builder().resource(resource).build();
  }

  /**
   * {@return an item whose text is not available}
   *
   * @param omission what is missing and why
   */
  public static Item of(Omission omission) {
    return builder().omission(omission).build();
  }

  /** {@return a builder for an item} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Item}: {@code build()} throws an {@link IllegalStateException} naming each
   * property JSON requires that is not set; that a list has its items is checked by validation.
   */
  public static final class Builder extends ImmutableItem.Builder {

    /** A builder with no property set, as {@link Item#builder()} gives. */
    public Builder() {}
  }
}
