package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The two exchange documents, named in JSON by their {@code documentType} property, which is the
 * name of their model type: {@code RapidReview} and {@code LearningSummary}. The model's metadata
 * finds each type's model class by that name.
 */
public enum DocumentType implements DefinedValue {
  /** A rapid review sent to the Panel. */
  RAPID_REVIEW("RapidReview"),
  /** A published learning document or a published account of one. */
  LEARNING_SUMMARY("LearningSummary");

  private final String jsonName;

  DocumentType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name written in JSON, which is also the label: {@code RapidReview} or {@code LearningSummary}. */
  @Override
  public String getLabel() {
    return jsonName;
  }

  @Override
  public String getDefinition() {
    return DocumentType_.definition(this);
  }

  /**
   * {@return the name written in the {@code documentType} property, such as {@code "RapidReview"}:
   * the name of the model type of documents of this type}
   */
  @JsonValue
  public String getJsonName() {
    return jsonName;
  }

  /**
   * {@return the document type written as {@code jsonName}, or empty if there is none}
   *
   * @param jsonName the type as JSON writes it, such as {@code RapidReview}
   */
  public static Optional<DocumentType> fromJsonName(String jsonName) {
    for (DocumentType type : values()) {
      if (type.jsonName.equals(jsonName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
