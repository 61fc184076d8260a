package org.safeguarding.review.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ModelWalker;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import tools.jackson.databind.JsonNode;

/**
 * Every part of a document by its model type, each with its JSON Pointer, found in one walk
 * wherever it sits: {@code parts.all(Finding.class)} gives a rapid review's findings and a learning
 * summary's findings in every section alike. The same walk collects the document's free texts and
 * the properties a lenient read kept without knowing them. Checks that relate parts to each other,
 * or read every text, start here.
 *
 * <p>{@link #of(ReviewDocument)} walks a document; whoever validates it walks it once and hands
 * the parts to every check. Instances are immutable once made.
 */
public final class DocumentParts {

  private final Located<ReviewDocument> document;
  private final List<Located<Extensible>> parts = new ArrayList<>();
  private final Map<Class<?>, List<Located<?>>> byType = new HashMap<>();
  private final List<TextValue> texts = new ArrayList<>();
  private final List<UnknownValue> unknown = new ArrayList<>();

  /**
   * A free-text value and where it sits, its pointer made only when asked for.
   *
   * @param value the text
   * @param part where the part that holds it sits
   * @param property the property of the part
   * @param index the index in a list property, or -1
   */
  public record TextValue(String value, Pointer part, ModelProperty property, int index) {

    /** {@return where the text sits} */
    public Pointer pointer() {
      Pointer at = part.property(property.name());
      return index < 0 ? at : at.index(index);
    }
  }

  /**
   * A property a lenient read kept without knowing it, and where it sits.
   *
   * @param name its name
   * @param value its JSON value
   * @param type the model type of the part that holds it
   * @param part where that part sits
   */
  public record UnknownValue(String name, JsonNode value, ModelType type, Pointer part) {

    /** {@return where the property sits} */
    public Pointer pointer() {
      return part.property(name);
    }
  }

  private DocumentParts(ReviewDocument document) {
    this.document = Located.root(document);
    ModelWalker.walk(
        document,
        new ModelWalker.Visitor() {
          @Override
          public void part(Extensible part, ModelType type, Pointer at) {
            Located<Extensible> located = new Located<>(part, at);
            parts.add(located);
            byType.computeIfAbsent(type.modelClass(), t -> new ArrayList<>()).add(located);
          }

          @Override
          public void text(String text, Pointer part, ModelProperty property, int index) {
            texts.add(new TextValue(text, part, property, index));
          }

          @Override
          public void unknown(String name, JsonNode value, ModelType type, Pointer part) {
            unknown.add(new UnknownValue(name, value, type, part));
          }
        });
  }

  /**
   * {@return the parts of {@code document}, found in one walk}
   *
   * @param document the document whose parts the checks read
   */
  public static DocumentParts of(ReviewDocument document) {
    return new DocumentParts(Objects.requireNonNull(document, "document"));
  }

  /** {@return the document itself, at the root} */
  public Located<ReviewDocument> document() {
    return document;
  }

  /**
   * {@return the document, at the root, if it is of {@code type}}
   *
   * @param <T> the document type
   * @param type the document's model class, such as {@code RapidReview.class}
   */
  public <T extends ReviewDocument> Optional<Located<T>> document(Class<T> type) {
    return type.isInstance(document.value())
        ? Optional.of(new Located<>(type.cast(document.value()), document.pointer()))
        : Optional.empty();
  }

  /** {@return every part, the document first, in document order} */
  public List<Located<Extensible>> parts() {
    return Collections.unmodifiableList(parts);
  }

  /**
   * {@return every part of the model type {@code type}, such as {@code Finding.class}, in document
   * order}
   *
   * @param <T> the model type
   * @param type the model class
   */
  @SuppressWarnings("unchecked")
  public <T> List<Located<T>> all(Class<T> type) {
    List<Located<?>> found = byType.getOrDefault(type, List.of());
    List<Located<T>> typed = new ArrayList<>(found.size());
    found.forEach(part -> typed.add((Located<T>) part));
    return typed;
  }

  /**
   * {@return every value of a {@linkplain ValueKind#TEXT free-text} property, in document order}
   */
  public List<TextValue> texts() {
    return Collections.unmodifiableList(texts);
  }

  /** {@return every property a lenient read kept without knowing it, with its JSON value} */
  public List<UnknownValue> unknownProperties() {
    return Collections.unmodifiableList(unknown);
  }
}
