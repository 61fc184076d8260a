package org.safeguarding.review;

/**
 * What a walk over a learning document's content reports, in published order: each section, then
 * each block of its content (a block's own part; a list's items in order, each item before its own
 * part and its part before its nested list; a table's rows in order, cells left to right), then the
 * section's subsections. Every callback gets the part and its {@link ContentPath}, and does nothing
 * unless overridden.
 *
 * <p>{@link LearningSummary#walk(ContentVisitor)} walks a document; {@link
 * LearningSummary#findings()} and the views beside it, and whatever renders a document, read it this
 * way, so that the order is defined once.
 */
public interface ContentVisitor {

  /** A section or subsection, before its content. */
  default void section(Section section, ContentPath path) {}

  /** A paragraph of running text. */
  default void paragraph(String paragraph, ContentPath path) {}

  /** A list, before its items; a nested list comes after the item it belongs to. */
  default void list(ItemList list, ContentPath path) {}

  /** An item of a list or a cell of a table, before its part and its nested list. */
  default void item(Item item, ContentPath path) {}

  /** A finding, given as a block or an item. */
  default void finding(Finding finding, ContentPath path) {}

  /** A recommendation, given as a block or an item. */
  default void recommendation(Recommendation recommendation, ContentPath path) {}

  /** An action, given as a block or an item. */
  default void action(Action action, ContentPath path) {}

  /** A question, given as a block or an item. */
  default void question(String question, ContentPath path) {}

  /** A resource, given as a block or an item. */
  default void resource(Resource resource, ContentPath path) {}

  /** A table, before its cells. */
  default void table(Table table, ContentPath path) {}

  /** A glossary. */
  default void glossary(Glossary glossary, ContentPath path) {}

  /** A place where text is not available. */
  default void omission(Omission omission, ContentPath path) {}
}
