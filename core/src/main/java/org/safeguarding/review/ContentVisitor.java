package org.safeguarding.review;


import org.safeguarding.review.pointer.Pointer;
/**
 * What a walk over a learning document's content reports, in published order: each section, then
 * each block of its content (a block's own part; a list's items in order, each item before its own
 * part and its part before its nested list; a table's rows in order, cells left to right), then the
 * section's subsections. Every callback gets the part and its {@link Pointer}, and does nothing
 * unless overridden.
 *
 * <p>{@link LearningSummary#walk(ContentVisitor)} walks a document; {@link
 * LearningSummary#findings()} and the views beside it, and whatever renders a document, read it this
 * way, so that the order is defined once.
 */
public interface ContentVisitor {

  /**
   * A section or subsection, before its content.
   *
   * @param section the section
   * @param path where it is in the document
   */
  default void section(Section section, Pointer path) {}

  /**
   * A paragraph of running text.
   *
   * @param paragraph the paragraph's text, as published
   * @param path where it is in the document
   */
  default void paragraph(String paragraph, Pointer path) {}

  /**
   * A list, before its items; a nested list comes after the item it belongs to.
   *
   * @param list the list, with its lead-in and items
   * @param path where it is in the document
   */
  default void list(ItemList list, Pointer path) {}

  /**
   * An item of a list or a cell of a table, before its part and its nested list.
   *
   * @param item the item or cell
   * @param path where it is in the document
   */
  default void item(Item item, Pointer path) {}

  /**
   * A finding, given as a block or an item.
   *
   * @param finding the finding
   * @param path where the block or item that holds it is in the document
   */
  default void finding(Finding finding, Pointer path) {}

  /**
   * A recommendation, given as a block or an item.
   *
   * @param recommendation the recommendation
   * @param path where the block or item that holds it is in the document
   */
  default void recommendation(Recommendation recommendation, Pointer path) {}

  /**
   * An action, given as a block or an item.
   *
   * @param action the action
   * @param path where the block or item that holds it is in the document
   */
  default void action(Action action, Pointer path) {}

  /**
   * A question, given as a block or an item.
   *
   * @param question the question's text, as published
   * @param path where the block or item that holds it is in the document
   */
  default void question(String question, Pointer path) {}

  /**
   * A resource, given as a block or an item.
   *
   * @param resource the resource
   * @param path where the block or item that holds it is in the document
   */
  default void resource(Resource resource, Pointer path) {}

  /**
   * A table, before its cells.
   *
   * @param table the table, with its columns and rows
   * @param path where it is in the document
   */
  default void table(Table table, Pointer path) {}

  /**
   * A glossary.
   *
   * @param glossary the glossary, with its entries
   * @param path where it is in the document
   */
  default void glossary(Glossary glossary, Pointer path) {}

  /**
   * A place where text is not available.
   *
   * @param omission what is missing and why
   * @param path where the block or item that marks it is in the document
   */
  default void omission(Omission omission, Pointer path) {}
}
