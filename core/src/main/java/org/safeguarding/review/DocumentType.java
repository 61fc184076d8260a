package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The two exchange documents, named in JSON by their {@code documentType} property. */
public enum DocumentType implements DefinedValue {
  /** A {@link RapidReview}: a rapid review sent to the Panel. */
  RAPID_REVIEW("RapidReview", RapidReview.class, "A rapid review sent to the Panel."),
  /** A {@link LearningSummary}: a published learning document or a published account of one. */
  LEARNING_SUMMARY("LearningSummary", LearningSummary.class, "A published learning document or a published account of one.");

  private final String jsonName;
  private final Class<? extends ReviewDocument> modelType;
  private final String definition;

  DocumentType(String jsonName, Class<? extends ReviewDocument> modelType, String definition) {
    this.jsonName = jsonName;
    this.modelType = modelType;
    this.definition = definition;
  }

  /** The name written in JSON, which is also the label: {@code RapidReview} or {@code LearningSummary}. */
  @Override
  public String getLabel() {
    return jsonName;
  }

  @Override
  public String getDefinition() {
    return definition;
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
