package org.safeguarding.review.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.JsonTree;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.metadata.DocumentOrder;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.CodeAt;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueCollector;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;

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

  /** The header's problems with {@code documentType}, which the schema reports instead when a type is given. */
  private static final Set<IssueCode> TYPE_CODES =
      Set.of(IssueCode.DOCUMENT_TYPE_MISSING, IssueCode.DOCUMENT_TYPE_UNKNOWN, IssueCode.DOCUMENT_TYPE_MISMATCH);

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
                      .schemaIdResolvers(
                          ids -> ids.mapPrefix(SchemaVersion.CURRENT.schemaIdBase(), "classpath:" + SchemaVersion.CURRENT.schemaFolder()))
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

  /**
   * {@return the validator, reading within the default limits; the schemas are compiled on first
   * use and shared}
   */
  public static SchemaValidator standard() {
    return Holder.STANDARD;
  }

  /**
   * {@return this validator, reading JSON within other limits}
   *
   * @param limits the limits to read within
   */
  public SchemaValidator withLimits(ReadLimits limits) {
    return new SchemaValidator(schemas, limits);
  }

  /**
   * Validates JSON as the document type it declares.
   *
   * @param json the JSON, from any source
   * @return every problem the schema finds
   * @throws java.io.UncheckedIOException if a file, stream or reader cannot be read
   */
  public ValidationReport validate(JsonInput json) {
    return validate(trees.read(json), Optional.empty());
  }

  /**
   * Validates JSON as a document of {@code type}.
   *
   * @param json the JSON, from any source
   * @param type the document type to validate it as, whatever it declares
   * @return every problem the schema finds
   * @throws java.io.UncheckedIOException if a file, stream or reader cannot be read
   */
  public ValidationReport validate(JsonInput json, DocumentType type) {
    return validate(trees.read(json), Optional.of(type));
  }

  /**
   * Validates a tree already read, as {@code type} or, if empty, as the type it declares. The
   * report includes the tree's own reading and header problems; with a type given, problems with
   * {@code documentType} come from the schema instead. It keeps at most the limit {@code
   * report-issues} of them ({@link ReadLimit#REPORT_ISSUES}), the first in the order of the
   * input, and then one {@code report.issuesLeftOut} issue counting the rest.
   *
   * @param tree the tree, as its reader read it, with the problems found in reading
   * @param type the type to validate it as, or empty for the type it declares
   * @return every problem found, within the limit
   */
  public ValidationReport validate(JsonTree tree, Optional<DocumentType> type) {
    Objects.requireNonNull(type, "type");
    Optional<DocumentType> schemaType = type.or(tree::getDocumentType);
    if (tree.getRoot().isEmpty() || schemaType.isEmpty()) {
      return tree.getReport();
    }
    IssueCollector issues =
        new IssueCollector(
            Math.toIntExact(trees.getLimits().get(ReadLimit.REPORT_ISSUES)), DocumentOrder.of(ModelType.documentClass(schemaType.get()), tree.getRoot().get()));
    collect(tree, type, issues::add);
    return issues.report();
  }

  /**
   * Gives each problem of a tree that has a root and a type, once, in no particular order: the
   * tree's own, then those the schema finds that are not already among them as the same code at
   * the same pointer.
   */
  void collect(JsonTree tree, Optional<DocumentType> type, Consumer<ValidationIssue> issues) {
    DocumentType schemaType = type.or(tree::getDocumentType).orElseThrow();
    List<ValidationIssue> treeIssues =
        type.isPresent()
            ? tree.getReport().issues().stream().filter(i -> !TYPE_CODES.contains(i.code())).toList()
            : tree.getReport().issues();
    Set<CodeAt> reported = new HashSet<>();
    for (ValidationIssue issue : treeIssues) {
      reported.add(CodeAt.of(issue));
      issues.accept(issue);
    }
    // One broken form rule may fail several alternatives of its keywords, which are one issue.
    schemas.of(schemaType).validate(LargeNumbers.withinLongRange(tree.getRoot().orElseThrow())).stream()
        .map(SchemaIssues::toIssue)
        .distinct()
        .filter(issue -> !reported.contains(CodeAt.of(issue)))
        .forEach(issues);
  }

  /** Compiles the schemas on first use, not when the class loads. */
  private static final class Holder {
    static final SchemaValidator STANDARD = new SchemaValidator(new CompiledSchemas(), ReadLimits.defaults());
  }
}
