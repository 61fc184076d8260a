package org.safeguarding.review.schema;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonTree;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.validation.Codes;
import org.safeguarding.review.validation.Severity;
import org.safeguarding.review.validation.ValidationIssue;
import org.safeguarding.review.validation.ValidationReport;
import tools.jackson.databind.JsonNode;

/**
 * The full validation pipeline for integrators: the JSON is parsed once, validated against its
 * JSON Schema, and, if its structure is sound, bound to the model, whose Bean Validation
 * constraints and domain rules (dates in order, unique ids, references that resolve) then run. The
 * result is the document, when it could be bound, and one report of every problem, in which no
 * problem is reported twice.
 *
 * <p>{@link #strict()} treats unknown properties as errors, as the schemas do; {@link #lenient()}
 * reports them as warnings and keeps them in the bound document.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DocumentValidator {

  private static final DocumentValidator STRICT = new DocumentValidator(ReviewJson.strict());
  private static final DocumentValidator LENIENT = new DocumentValidator(ReviewJson.lenient());

  private final ReviewJson codec;
  private final JsonTree.TreeReader trees;

  private DocumentValidator(ReviewJson codec) {
    this.codec = codec;
    this.trees = JsonTree.reader(codec.getLimits());
  }

  /** Unknown properties are errors. */
  public static DocumentValidator strict() {
    return STRICT;
  }

  /** Unknown properties are warnings, and are kept. */
  public static DocumentValidator lenient() {
    return LENIENT;
  }

  /** This validator, reading JSON within other limits. */
  public DocumentValidator withLimits(ReadLimits limits) {
    return new DocumentValidator(codec.withLimits(limits));
  }

  /** Validates JSON bytes as the document type they declare. */
  public ReadResult<ReviewDocument> validate(byte[] json) {
    return validate(trees.read(json), Optional.empty());
  }

  /** Validates JSON text as the document type it declares. */
  public ReadResult<ReviewDocument> validate(String json) {
    return validate(trees.read(json), Optional.empty());
  }

  /**
   * Validates a stream, read to its end but not closed, as the document type it declares.
   *
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ReadResult<ReviewDocument> validate(InputStream json) {
    return validate(trees.read(json), Optional.empty());
  }

  /**
   * Validates a file as the document type it declares.
   *
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public ReadResult<ReviewDocument> validate(Path json) {
    return validate(trees.read(json), Optional.empty());
  }

  /** Validates a JSON tree as the document type it declares. */
  public ReadResult<ReviewDocument> validate(JsonNode json) {
    return validate(trees.of(json), Optional.empty());
  }

  /**
   * Validates a tree already read, as {@code type} or, if empty, as the type it declares.
   *
   * @return the document, when it could be bound, and every problem found
   */
  public ReadResult<ReviewDocument> validate(JsonTree tree, Optional<DocumentType> type) {
    ValidationReport schemaReport = leniency(SchemaValidator.standard().validate(tree, type));
    Optional<DocumentType> documentType = type.or(tree::getDocumentType);
    if (!schemaReport.isValid() || tree.getRoot().isEmpty() || documentType.isEmpty()) {
      return new ReadResult<>(Optional.empty(), schemaReport);
    }
    ReadResult<? extends ReviewDocument> bound = codec.parse(tree, documentType.get().getModelType());
    return new ReadResult<>(bound.document().map(d -> d), schemaReport.mergeDistinct(bound.report()));
  }

  /** Lenient validation keeps unknown properties, so the schema's verdict on them is a warning. */
  private ValidationReport leniency(ValidationReport report) {
    if (!codec.isLenient()) {
      return report;
    }
    return ValidationReport.of(
        report.issues().stream()
            .map(
                issue ->
                    issue.code().equals(Codes.PROPERTY_UNKNOWN) && issue.severity() == Severity.ERROR
                        ? ValidationIssue.warning(
                            issue.code(), issue.pointer(), issue.message() + "; it is kept as read")
                        : issue)
            .toList());
  }

}
