package org.safeguarding.review.schema;

import org.safeguarding.review.DocumentType;

/**
 * Where the published JSON Schemas are: their {@code $id}s, file names, and the classpath folder
 * they are loaded from. The {@code $id}s are identifiers, not download locations: every schema is
 * in this jar, and nothing is fetched from the network.
 */
public final class Schemas {

  /** The schema version of the committed schemas. */
  public static final String VERSION = "1.0.0";

  /** The start of every schema's {@code $id}; the major version is part of it. */
  public static final String ID_BASE = "https://schemas.safeguarding-review.org/srm/v1/";

  /** The classpath folder holding the schemas, which mirrors {@link #ID_BASE}. */
  public static final String RESOURCE_FOLDER = "schemas/v1/";

  /**
   * The {@code schemaVersion}s the schemas accept: any of major version 1. The model's own pattern
   * accepts any version, and reading reports one of another major version as unsupported.
   */
  public static final String VERSION_PATTERN = "^1\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$";

  /** The file of shared definitions. */
  public static final String DEFINITIONS_FILE = "definitions.schema.json";

  private Schemas() {}

  /** The file name of a document type's schema, such as {@code rapid-review.schema.json}. */
  public static String fileName(DocumentType type) {
    return switch (type) {
      case RAPID_REVIEW -> "rapid-review.schema.json";
      case LEARNING_SUMMARY -> "learning-summary.schema.json";
    };
  }

  /** The {@code $id} of a document type's schema. */
  public static String id(DocumentType type) {
    return ID_BASE + fileName(type);
  }
}
