package org.safeguarding.review;

import org.safeguarding.review.pointer.Pointer;

/**
 * What a walk over a learning document's content reports, in published order: each section, then
 * each block of its content (a block's part; a list's items in order, each item before its own
 * part and its part before its nested list; a table's rows in order, cells left to right), then the
 * section's subsections. Every callback gets the part and its {@link Pointer}, and does nothing
 * unless overridden.
 *
 * <p>A block's or an item's part is one of its alternatives, declared once as its {@link Choice}
 * getters: each comes to the callback named as the alternative ({@code paragraph}, {@code list},
 * {@code finding} and so on), through the dispatch the model's processor writes from those getters
 * ({@code Block_.visit}, {@code Item_.visit}). The processor refuses an alternative that has no
 * callback here. {@link LearningSummary#walk(ContentVisitor)} walks a document; {@link
 * LearningSummary#findings()} and the views beside it, and whatever renders a document, read it
 * this way, so that the order is defined once.
 */
public interface ContentVisitor {

  /**
   * A section or subsection, before its content.
   *
   * @param section the section
   * @param at where it is in the document
   */
  default void section(Section section, Pointer at) {}

  /**
   * A paragraph of running text.
   *
   * @param paragraph the paragraph's text, as published
   * @param at where it is in the document
   */
  default void paragraph(String paragraph, Pointer at) {}

  /**
   * An item's text.
   *
   * @param text the item's text, as published
   * @param at where it is in the document
   */
  default void text(String text, Pointer at) {}

  /**
   * A question, given as a block or an item.
   *
   * @param question the question's text, as published
   * @param at where it is in the document
   */
  default void question(String question, Pointer at) {}

  /**
   * A list, before its items; a nested list comes after the item it belongs to.
   *
   * @param list the list, with its lead-in and items
   * @param at where it is in the document
   */
  default void list(ItemList list, Pointer at) {}

  /**
   * An item of a list or a cell of a table, before its part and its nested list.
   *
   * @param item the item or cell
   * @param at where it is in the document
   */
  default void item(Item item, Pointer at) {}

  /**
   * A finding, given as a block or an item.
   *
   * @param finding the finding
   * @param at where it is in the document
   */
  default void finding(Finding finding, Pointer at) {}

  /**
   * A recommendation, given as a block or an item.
   *
   * @param recommendation the recommendation
   * @param at where it is in the document
   */
  default void recommendation(Recommendation recommendation, Pointer at) {}

  /**
   * An action, given as a block or an item.
   *
   * @param action the action
   * @param at where it is in the document
   */
  default void action(Action action, Pointer at) {}

  /**
   * A resource, given as a block or an item.
   *
   * @param resource the resource
   * @param at where it is in the document
   */
  default void resource(Resource resource, Pointer at) {}

  /**
   * A table, before its cells.
   *
   * @param table the table, with its columns and rows
   * @param at where it is in the document
   */
  default void table(Table table, Pointer at) {}

  /**
   * A glossary.
   *
   * @param glossary the glossary, with its entries
   * @param at where it is in the document
   */
  default void glossary(Glossary glossary, Pointer at) {}

  /**
   * Words quoted from someone else.
   *
   * @param quote the quoted words and their attribution
   * @param at where it is in the document
   */
  default void quote(Quote quote, Pointer at) {}

  /**
   * An image, as its alternative text or caption.
   *
   * @param image the image's words
   * @param at where it is in the document
   */
  default void image(Image image, Pointer at) {}

  /**
   * A place where text is not available.
   *
   * @param omission what is missing and why
   * @param at where it is in the document
   */
  default void omission(Omission omission, Pointer at) {}
}
