package org.safeguarding.review;

import java.util.List;
import java.util.Optional;
import org.safeguarding.review.pointer.Pointer;

/**
 * Walks a learning document's content in published order, as {@link ContentVisitor} describes. A
 * block's and an item's alternatives come from their metamodels ({@link Block_#CHOICES}, {@link
 * Item_#CHOICES}); only lists and tables, which hold items, are walked into.
 */
final class ContentWalk {

  private final ContentVisitor visitor;

  private ContentWalk(ContentVisitor visitor) {
    this.visitor = visitor;
  }

  static void walk(List<Section> sections, ContentVisitor visitor) {
    new ContentWalk(visitor).sections(sections, Pointer.root().property(LearningSummary_.SECTIONS.name()));
  }

  /**
   * Hands each alternative {@code holder} holds to {@code visitor}: text to {@link
   * ContentVisitor#text}, a typed part to its own callback; nothing is walked into.
   */
  static <T> void parts(T holder, List<Property<T, ?>> alternatives, ContentVisitor visitor, Pointer at) {
    for (Property<T, ?> alternative : alternatives) {
      Optional<?> value = (Optional<?>) alternative.get(holder);
      if (value.isPresent()) {
        Pointer here = at.property(alternative.name());
        if (value.get() instanceof String text) {
          visitor.text(text, alternative, here);
        } else {
          ((ContentPart) value.get()).accept(visitor, here);
        }
      }
    }
  }

  /** The alternatives {@code holder} holds, each handed to the visitor, then lists and tables walked into. */
  private <T> void walkParts(T holder, List<Property<T, ?>> alternatives, Pointer at) {
    parts(holder, alternatives, visitor, at);
    for (Property<T, ?> alternative : alternatives) {
      Optional<?> value = (Optional<?>) alternative.get(holder);
      Pointer here = at.property(alternative.name());
      if (value.orElse(null) instanceof ItemList list) {
        items(list, here);
      } else if (value.orElse(null) instanceof Table table) {
        cells(table, here);
      }
    }
  }

  private void sections(List<Section> sections, Pointer at) {
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      Pointer here = at.index(s);
      visitor.section(section, here);
      Pointer content = here.property(Section_.CONTENT.name());
      for (int b = 0; b < section.getContent().size(); b++) {
        walkParts(section.getContent().get(b), Block_.CHOICES, content.index(b));
      }
      sections(section.getSections(), here.property(Section_.SECTIONS.name()));
    }
  }

  private void items(ItemList list, Pointer at) {
    Pointer items = at.property(ItemList_.ITEMS.name());
    for (int i = 0; i < list.getItems().size(); i++) {
      item(list.getItems().get(i), items.index(i));
    }
  }

  private void cells(Table table, Pointer at) {
    Pointer rows = at.property(Table_.ROWS.name());
    for (int r = 0; r < table.getRows().size(); r++) {
      Pointer cells = rows.index(r).property(TableRow_.CELLS.name());
      List<Item> row = table.getRows().get(r).getCells();
      for (int c = 0; c < row.size(); c++) {
        item(row.get(c), cells.index(c));
      }
    }
  }

  private void item(Item item, Pointer at) {
    visitor.item(item, at);
    walkParts(item, Item_.CHOICES, at);
    item.getList().ifPresent(list -> {
      Pointer nested = at.property(Item_.LIST.name());
      visitor.list(list, nested);
      items(list, nested);
    });
  }
}
