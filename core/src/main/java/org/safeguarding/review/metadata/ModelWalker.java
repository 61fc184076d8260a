package org.safeguarding.review.metadata;

import java.util.List;
import java.util.Map;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.report.Pointer;
import tools.jackson.databind.JsonNode;

/**
 * Visits every part of a document built in the model, and every value it holds, in the order JSON
 * writes them, each with its JSON Pointer. Checks that look at the whole document (the domain
 * rules, the privacy scan) walk it this way rather than by hand, so that they cannot miss a part or
 * name a place differently from the JSON.
 */
public final class ModelWalker {

  /** What a walk reports; every method does nothing unless overridden. */
  public interface Visitor {

    /** A part of the document, such as a finding, at its place; the document itself first. */
    default void part(Extensible part, ModelType type, Pointer at) {}

    /** A value that is not a part, such as a text, an id, an enumeration value or a date. */
    default void value(Object value, ModelProperty property, Pointer at) {}

    /** A property the model does not define, kept by a lenient read, with its JSON value. */
    default void unknown(JsonNode value, Pointer at) {}
  }

  private ModelWalker() {}

  /** Walks {@code root}, a document or any part of one, reporting to {@code visitor}. */
  public static void walk(Extensible root, Visitor visitor) {
    part(root, Pointer.root(), visitor);
  }

  private static void part(Extensible part, Pointer at, Visitor visitor) {
    ModelType type = ModelType.of(part.getClass());
    visitor.part(part, type, at);
    for (ModelProperty property : type.properties()) {
      Pointer here = at.property(property.name());
      List<?> values = property.values(part);
      for (int i = 0; i < values.size(); i++) {
        Pointer place = property.cardinality() == Cardinality.LIST ? here.index(i) : here;
        Object value = values.get(i);
        if (value instanceof Extensible child) {
          part(child, place, visitor);
        } else {
          visitor.value(value, property, place);
        }
      }
    }
    for (Map.Entry<String, JsonNode> unknown : part.getUnknownProperties().entrySet()) {
      visitor.unknown(unknown.getValue(), at.property(unknown.getKey()));
    }
  }
}
