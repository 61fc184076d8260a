package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The two exchange documents, named in JSON by their {@code documentType} property: a {@link
 * RapidReview} and a {@link LearningSummary}.
 */
public enum DocumentType implements DefinedValue {
  /** A rapid review sent to the Panel. */
  RAPID_REVIEW("RapidReview", RapidReview.class),
  /** A published learning document or a published account of one. */
  LEARNING_SUMMARY("LearningSummary", LearningSummary.class);

  private final String jsonName;
  private final Class<? extends ReviewDocument> modelType;

  DocumentType(String jsonName, Class<? extends ReviewDocument> modelType) {
    this.jsonName = jsonName;
    this.modelType = modelType;
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
   * {@return the name written in the {@code documentType} property, such as {@code "RapidReview"}}
   */
  @JsonValue
  public String getJsonName() {
    return jsonName;
  }

  /** {@return the model type of documents of this type} */
  public Class<? extends ReviewDocument> getModelType() {
    return modelType;
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

  /**
   * {@return the document type whose model type is {@code modelType} or a subtype of it, if one is}
   *
   * @param modelType a model class, such as {@code RapidReview.class}
   */
  public static Optional<DocumentType> of(Class<?> modelType) {
    for (DocumentType type : values()) {
      if (type.modelType.isAssignableFrom(modelType)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
