package org.safeguarding.review.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.json.JsonTree;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.validation.ValidationReport;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON against the published draft 2020-12 schemas, reporting every problem at once in
 * the core's {@link ValidationReport}: the same codes and JSON Pointers as the model's own checks,
 * and messages that never repeat a value from the input.
 *
 * <p>The schema is the one for the document type given, or, when none is given, the one its
 * {@code documentType} names. Schemas are loaded from this jar, never from the network, and each is
 * compiled once. Format assertions ({@code date}) are on. Input is read as strictly as {@link
 * org.safeguarding.review.json.ReviewJson} reads it: malformed JSON, duplicate properties and
 * trailing content are reported as such.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SchemaValidator {

  private final CompiledSchemas schemas;
  private final JsonTree.TreeReader trees;

  private SchemaValidator(CompiledSchemas schemas, ReadLimits limits) {
    this.schemas = schemas;
    this.trees = JsonTree.reader(limits);
  }

  /**
   * The schemas, loaded from the jar and compiled once each, when a document of their type is
   * first validated.
   */
  private static final class CompiledSchemas {
    private final SchemaRegistry registry;
    private final Map<DocumentType, Schema> compiled = new ConcurrentHashMap<>();

    CompiledSchemas() {
      SchemaRegistryConfig config =
          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build();
      registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder
                      .schemaRegistryConfig(config)
                      .schemaIdResolvers(ids -> ids.mapPrefix(Schemas.ID_BASE, "classpath:" + Schemas.RESOURCE_FOLDER))
                      .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    }

    Schema of(DocumentType type) {
      return compiled.computeIfAbsent(
          type,
          t -> {
            Schema schema = registry.getSchema(SchemaLocation.of(Schemas.id(t)));
            // Resolve every reference now, once, rather than lazily on first use by many threads.
            schema.initializeValidators();
            return schema;
          });
    }
  }

  /** The validator, reading within the default limits; the schemas are compiled on first use and shared. */
  public static SchemaValidator standard() {
    return Holder.STANDARD;
  }

  /** This validator, reading JSON within other limits. */
  public SchemaValidator withLimits(ReadLimits limits) {
    return new SchemaValidator(schemas, limits);
  }

  /** Validates JSON bytes as the document type they declare. */
  public ValidationReport validate(byte[] json) {
    return validate(trees.read(json), Optional.empty());
  }

  /** Validates JSON bytes as a document of {@code type}. */
  public ValidationReport validate(byte[] json, DocumentType type) {
    return validate(trees.read(json), Optional.of(type));
  }

  /** Validates JSON text as the document type it declares. */
  public ValidationReport validate(String json) {
    return validate(trees.read(json), Optional.empty());
  }

  /** Validates JSON text as a document of {@code type}. */
  public ValidationReport validate(String json, DocumentType type) {
    return validate(trees.read(json), Optional.of(type));
  }

  /**
   * Validates a stream, read to its end but not closed, as the document type it declares.
   *
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ValidationReport validate(InputStream json) {
    return validate(trees.read(json), Optional.empty());
  }

  /**
   * Validates a stream, read to its end but not closed, as a document of {@code type}.
   *
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ValidationReport validate(InputStream json, DocumentType type) {
    return validate(trees.read(json), Optional.of(type));
  }

  /** Validates a JSON tree as the document type it declares. */
  public ValidationReport validate(JsonNode json) {
    return validate(trees.of(json), Optional.empty());
  }

  /** Validates a JSON tree as a document of {@code type}. */
  public ValidationReport validate(JsonNode json, DocumentType type) {
    return validate(trees.of(json), Optional.of(type));
  }

  /**
   * Validates a tree already read, as {@code type} or, if empty, as the type it declares. The
   * report includes the tree's own reading and header problems; with a type given, problems with
   * {@code documentType} come from the schema instead.
   */
  public ValidationReport validate(JsonTree tree, Optional<DocumentType> type) {
    Objects.requireNonNull(type, "type");
    Optional<DocumentType> schemaType = type.or(tree::getDocumentType);
    if (tree.getRoot().isEmpty() || schemaType.isEmpty()) {
      return tree.getReport();
    }
    ValidationReport treeReport =
        type.isPresent()
            ? ValidationReport.of(
                tree.getReport().issues().stream().filter(i -> !i.code().startsWith("document.type")).toList())
            : tree.getReport();
    return treeReport.mergeDistinct(validateTree(tree.getRoot().get(), schemaType.get()));
  }

  private ValidationReport validateTree(JsonNode root, DocumentType type) {
    return ValidationReport.of(
        schemas.of(type).validate(LargeNumbers.withinLongRange(root)).stream().map(SchemaIssues::toIssue).toList());
  }

  /** Compiles the schemas on first use, not when the class loads. */
  private static final class Holder {
    static final SchemaValidator STANDARD = new SchemaValidator(new CompiledSchemas(), ReadLimits.defaults());
  }
}
