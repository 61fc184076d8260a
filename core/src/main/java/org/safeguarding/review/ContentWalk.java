package org.safeguarding.review;

import java.util.List;
import org.safeguarding.review.pointer.Pointer;

/**
 * Walks a learning document's content in published order, as {@link ContentVisitor} describes.
 * Each block's and item's part goes to the visitor through the dispatch the model's processor
 * writes from their alternatives ({@code Block_.visit}, {@code Item_.visit}); the walk itself goes
 * into what holds items: a block's list or table, and an item's nested list.
 */
final class ContentWalk {

  private final ContentVisitor visitor;

  private ContentWalk(ContentVisitor visitor) {
    this.visitor = visitor;
  }

  static void walk(List<Section> sections, ContentVisitor visitor) {
    new ContentWalk(visitor).sections(sections, Pointer.root().property(LearningSummary_.SECTIONS.name()));
  }

  private void sections(List<Section> sections, Pointer at) {
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      Pointer here = at.index(s);
      visitor.section(section, here);
      Pointer content = here.property(Section_.CONTENT.name());
      for (int b = 0; b < section.getContent().size(); b++) {
        block(section.getContent().get(b), content.index(b));
      }
      sections(section.getSections(), here.property(Section_.SECTIONS.name()));
    }
  }

  private void block(Block block, Pointer at) {
    Block_.visit(block, visitor, at);
    block.getList().ifPresent(list -> items(list, at.property(Block_.LIST.name())));
    block.getTable().ifPresent(table -> cells(table, at.property(Block_.TABLE.name())));
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
    Item_.visit(item, visitor, at);
    item.getList().ifPresent(list -> {
      Pointer nested = at.property(Item_.LIST.name());
      visitor.list(list, nested);
      items(list, nested);
    });
  }
}
