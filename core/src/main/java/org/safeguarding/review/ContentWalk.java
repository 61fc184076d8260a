package org.safeguarding.review;

import java.util.List;
import org.safeguarding.review.pointer.Pointer;

/** Walks a learning document's content in published order, as {@link ContentVisitor} describes. */
final class ContentWalk {

  private final ContentVisitor visitor;

  private ContentWalk(ContentVisitor visitor) {
    this.visitor = visitor;
  }

  static void walk(List<Section> sections, ContentVisitor visitor) {
    new ContentWalk(visitor).sections(sections, Pointer.root().property("sections"));
  }

  private void sections(List<Section> sections, Pointer at) {
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      Pointer here = at.index(s);
      visitor.section(section, here);
      Pointer content = here.property("content");
      for (int b = 0; b < section.getContent().size(); b++) {
        block(section.getContent().get(b), content.index(b));
      }
      sections(section.getSections(), here.property("sections"));
    }
  }

  private void block(Block block, Pointer at) {
    block.getParagraph().ifPresent(p -> visitor.paragraph(p, at.property("paragraph")));
    block.getList().ifPresent(l -> list(l, at.property("list")));
    block.getFinding().ifPresent(f -> visitor.finding(f, at.property("finding")));
    block.getRecommendation().ifPresent(r -> visitor.recommendation(r, at.property("recommendation")));
    block.getAction().ifPresent(a -> visitor.action(a, at.property("action")));
    block.getQuestion().ifPresent(q -> visitor.question(q, at.property("question")));
    block.getResource().ifPresent(r -> visitor.resource(r, at.property("resource")));
    block.getTable().ifPresent(t -> table(t, at.property("table")));
    block.getGlossary().ifPresent(g -> visitor.glossary(g, at.property("glossary")));
    block.getOmission().ifPresent(o -> visitor.omission(o, at.property("omission")));
  }

  private void list(ItemList list, Pointer at) {
    visitor.list(list, at);
    Pointer items = at.property("items");
    for (int i = 0; i < list.getItems().size(); i++) {
      item(list.getItems().get(i), items.index(i));
    }
  }

  private void table(Table table, Pointer at) {
    visitor.table(table, at);
    Pointer rows = at.property("rows");
    for (int r = 0; r < table.getRows().size(); r++) {
      Pointer cells = rows.index(r).property("cells");
      List<Item> row = table.getRows().get(r).getCells();
      for (int c = 0; c < row.size(); c++) {
        item(row.get(c), cells.index(c));
      }
    }
  }

  private void item(Item item, Pointer at) {
    visitor.item(item, at);
    item.getFinding().ifPresent(f -> visitor.finding(f, at.property("finding")));
    item.getRecommendation().ifPresent(r -> visitor.recommendation(r, at.property("recommendation")));
    item.getAction().ifPresent(a -> visitor.action(a, at.property("action")));
    item.getQuestion().ifPresent(q -> visitor.question(q, at.property("question")));
    item.getResource().ifPresent(r -> visitor.resource(r, at.property("resource")));
    item.getOmission().ifPresent(o -> visitor.omission(o, at.property("omission")));
    item.getList().ifPresent(l -> list(l, at.property("list")));
  }
}
