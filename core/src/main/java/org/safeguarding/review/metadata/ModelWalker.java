package org.safeguarding.review.metadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.pointer.Pointer;
import tools.jackson.databind.JsonNode;

/**
 * Visits every part of a document built in the model, and every value it holds, in the order JSON
 * writes them. Checks that look at the whole document (the domain rules, the privacy scan) walk it
 * this way rather than by hand, so that they cannot miss a part or name a place differently from
 * the JSON.
 *
 * <p>Parts come with their JSON Pointer; values come with the part and property that hold them, so
 * that a pointer is made only for a value a check reports on.
 */
public final class ModelWalker {

  /** What a walk reports; every method does nothing unless overridden. */
  public interface Visitor {

    /**
     * A part of the document, such as a finding, at its place; the document itself first.
     *
     * @param part the part
     * @param type its model type
     * @param at where it is
     */
    default void part(Extensible part, ModelType type, Pointer at) {}

    /**
     * A free-text value ({@link ValueKind#TEXT}) of the part at {@code part}, in {@code property},
     * at {@code index} of a list or -1.
     *
     * @param text the text
     * @param part where the part that holds it is
     * @param property the property that holds it
     * @param index its position in the list property, or -1 for a single value
     */
    default void text(String text, Pointer part, ModelProperty property, int index) {}

    /**
     * A property {@code name} that {@code type} does not define, kept by a lenient read in the part
     * at {@code part}, with its JSON value.
     *
     * @param name the property's name, as read
     * @param value its JSON value, as read
     * @param type the model type of the part that holds it
     * @param part where that part is
     */
    default void unknown(String name, JsonNode value, ModelType type, Pointer part) {}
  }

  private ModelWalker() {}

  /**
   * Walks {@code root}, a document or any part of one, reporting to {@code visitor}.
   *
   * @param root where the walk starts
   * @param visitor what each part, text and unknown property is reported to
   */
  public static void walk(Extensible root, Visitor visitor) {
    part(root, Pointer.root(), visitor);
  }

  private static void part(Extensible part, Pointer at, Visitor visitor) {
    ModelType type = ModelType.of(part.getClass());
    visitor.part(part, type, at);
    for (ModelProperty property : type.properties()) {
      ValueKind kind = property.kind();
      if (kind == ValueKind.TEXT) {
        texts(part, property, at, visitor);
      } else if (kind == ValueKind.OBJECT) {
        parts(part, property, at, visitor);
      }
    }
    Map<String, JsonNode> unknown = part.getUnknownProperties();
    if (!unknown.isEmpty()) {
      unknown.forEach((name, value) -> visitor.unknown(name, value, type, at));
    }
  }

  private static void texts(Extensible part, ModelProperty property, Pointer at, Visitor visitor) {
    Object value = property.get(part);
    switch (property.cardinality()) {
      case ONE -> visitor.text((String) value, at, property, -1);
      case OPTIONAL -> {
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          visitor.text((String) optional.get(), at, property, -1);
        }
      }
      case LIST -> {
        List<?> values = (List<?>) value;
        for (int i = 0; i < values.size(); i++) {
          visitor.text((String) values.get(i), at, property, i);
        }
      }
    }
  }

  private static void parts(Extensible part, ModelProperty property, Pointer at, Visitor visitor) {
    Object value = property.get(part);
    switch (property.cardinality()) {
      case ONE -> part((Extensible) value, at.property(property.name()), visitor);
      case OPTIONAL -> {
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          part((Extensible) optional.get(), at.property(property.name()), visitor);
        }
      }
      case LIST -> {
        List<?> values = (List<?>) value;
        if (!values.isEmpty()) {
          Pointer list = at.property(property.name());
          for (int i = 0; i < values.size(); i++) {
            part((Extensible) values.get(i), list.index(i), visitor);
          }
        }
      }
    }
  }
}
