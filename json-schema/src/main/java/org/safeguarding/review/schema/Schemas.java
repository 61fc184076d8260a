package org.safeguarding.review.schema;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.SchemaVersion;

/**
 * Where the published JSON Schemas of {@link SchemaVersion#CURRENT}'s major version are: their
 * file names, {@code $id}s and classpath resources, all of which {@link SchemaVersion} derives from
 * the major version ({@code .../v1/...}), so that the schemas of another major version could sit
 * beside them. The {@code $id}s are identifiers, not download locations: every schema is in this
 * jar, and nothing is fetched from the network.
 */
public final class Schemas {

  /** The file of shared definitions. */
  public static final String DEFINITIONS_FILE = "definitions.schema.json";

  private Schemas() {}

  /**
   * {@return the file name of a document type's schema, such as {@code rapid-review.schema.json}}
   *
   * @param type the document type
   */
  public static String fileName(DocumentType type) {
    return switch (type) {
      case RAPID_REVIEW -> "rapid-review.schema.json";
      case LEARNING_SUMMARY -> "learning-summary.schema.json";
    };
  }

  /** {@return every schema file: one per document type, then the shared definitions} */
  public static List<String> fileNames() {
    List<String> files = new ArrayList<>();
    for (DocumentType type : DocumentType.values()) {
      files.add(fileName(type));
    }
    files.add(DEFINITIONS_FILE);
    return files;
  }

  /**
   * {@return the {@code $id} of a document type's schema}
   *
   * @param type the document type
   */
  public static String id(DocumentType type) {
    return id(fileName(type));
  }

  /**
   * {@return the {@code $id} of a schema file, such as
   * {@code https://schemas.safeguarding-review.org/srm/v1/definitions.schema.json}}
   *
   * @param fileName the file's name, such as {@code definitions.schema.json}
   */
  public static String id(String fileName) {
    return SchemaVersion.CURRENT.schemaIdBase() + fileName;
  }

  /**
   * {@return the classpath resource of a schema file, such as {@code
   * schemas/v1/definitions.schema.json}}
   *
   * @param fileName the file's name
   */
  public static String resource(String fileName) {
    return SchemaVersion.CURRENT.schemaFolder() + fileName;
  }
}
