package org.safeguarding.review.schema;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.JsonTree;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.metadata.DocumentOrder;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.CodeAt;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueCollector;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.validation.ModelValidator;
import tools.jackson.databind.JsonNode;

/**
 * The full validation pipeline for integrators: the JSON is read once (in one pass from its tokens
 * to the model when it can be bound, else as a tree), its structure and every constraint are
 * checked against the model, the verdict the published JSON Schema gives, and, if
 * it can be bound, the bound document is checked by a {@link ModelValidator} (by default {@link
 * Standard#validator()}: the domain rules, the timescales and the privacy scan). The result is
 * the document, when it could be bound, and one report of every problem, in the order of the
 * input.
 *
 * <p>A document that can be bound is not run through the JSON Schema as well: the model's structure
 * and constraint checks give the schema's verdict, the same errors at the same places with the same
 * messages, which a property test over generated documents and thousands of mutations of them
 * shows, so running both would check every value twice. A document that cannot be bound also gets
 * the schema's verdict, merged without repeats, because the schema still checks the form of a part
 * whose own properties are broken; a document read in one pass whose every part with form rules
 * was built is not run through the schema, since the schema then finds nothing the one pass's
 * report lacks. {@link SchemaValidator} runs the published schema alone, for
 * integrators who want exactly what other languages' validators see. A report keeps at most the
 * limit {@code report-issues} of a document's issues ({@link ReadLimit#REPORT_ISSUES}), then one
 * {@code report.issuesLeftOut} issue counting the rest; a document whose own report already left
 * issues out does not get the schema's verdict as well, so that its cost stays in proportion to
 * its size.
 *
 * <p>{@link #strict()} treats unknown properties as errors, as the schemas do; {@link #lenient()}
 * reports them as warnings and keeps them in the bound document. {@link
 * #withValidator(ModelValidator)} checks bound documents with another validator.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DocumentValidator {

  private static final DocumentValidator STRICT = new DocumentValidator(ReviewJson.strict());
  private static final DocumentValidator LENIENT = new DocumentValidator(ReviewJson.lenient());

  private final ReviewJson codec;

  private DocumentValidator(ReviewJson codec) {
    this.codec = codec;
  }

  /**
   * {@return the strict validator, shared: unknown properties are errors}
   */
  public static DocumentValidator strict() {
    return STRICT;
  }

  /**
   * {@return the lenient validator, shared: unknown properties are warnings, and are kept}
   */
  public static DocumentValidator lenient() {
    return LENIENT;
  }

  /**
   * {@return this validator, reading JSON within other limits}
   *
   * @param limits the limits to read within
   */
  public DocumentValidator withLimits(ReadLimits limits) {
    return new DocumentValidator(codec.withLimits(limits));
  }

  /**
   * {@return this validator, checking bound documents with {@code validator}}
   *
   * @param validator the validator of bound documents: an application's own Bean Validation
   *     validator, other timescales or other checks
   */
  public DocumentValidator withValidator(ModelValidator validator) {
    return new DocumentValidator(codec.withValidator(validator));
  }

  /** {@return the validator bound documents are checked with} */
  public ModelValidator getValidator() {
    return codec.getValidator();
  }

  /**
   * Validates JSON as the document type it declares.
   *
   * @param json the JSON, from any source
   * @return the document, when it could be bound, and every problem found
   * @throws java.io.UncheckedIOException if a file, stream or reader cannot be read
   */
  public ReadResult<ReviewDocument> validate(JsonInput json) {
    return validate(json, Optional.empty());
  }

  /**
   * Validates JSON as {@code type} or, if empty, as the document type it declares.
   *
   * @param json the JSON, from any source
   * @param type the type to validate it as, or empty for the type it declares
   * @return the document, when it could be bound, and every problem found
   * @throws java.io.UncheckedIOException if a file, stream or reader cannot be read
   */
  public ReadResult<ReviewDocument> validate(JsonInput json, Optional<DocumentType> type) {
    return validate(json, type.<Class<? extends ReviewDocument>>map(ModelType::documentClass).orElse(ReviewDocument.class), type);
  }

  /**
   * A document is read in one pass, without a tree, and its report made in that pass; only one that
   * the one pass leaves to the tree's path, or that has a part with form rules it could not build,
   * is read as a tree as well, for the schema's verdict: the schema adds nothing to the one pass's
   * report but the forms of such parts ({@code OnePassSchemaVerdictTest}).
   */
  private <T extends ReviewDocument> ReadResult<ReviewDocument> validate(JsonInput json, Class<T> modelType, Optional<DocumentType> type) {
    return codec.parse(json, modelType, (tree, read) ->
        withSchema(tree, type, read.orElseGet(() -> codec.parse(tree, modelType))).map(modelType::cast))
        .map(document -> document);
  }

  /**
   * Validates a tree already read, as {@code type} or, if empty, as the type it declares.
   *
   * @param tree the tree, as its reader read it, with the problems found in reading
   * @param type the type to validate it as, or empty for the type it declares
   * @return the document, when it could be bound, and every problem found
   */
  public ReadResult<ReviewDocument> validate(JsonTree tree, Optional<DocumentType> type) {
    Class<? extends ReviewDocument> modelType = type.<Class<? extends ReviewDocument>>map(ModelType::documentClass).orElse(ReviewDocument.class);
    return withSchema(tree, type, codec.parse(tree, modelType));
  }

  /** The model's report on a tree, with the schema's verdict when the document cannot be bound. */
  private ReadResult<ReviewDocument> withSchema(JsonTree tree, Optional<DocumentType> type, ReadResult<? extends ReviewDocument> read) {
    Optional<DocumentType> schemaType = type.or(tree::getDocumentType);
    if (read.document().isPresent() || tree.getRoot().isEmpty() || schemaType.isEmpty() || isCut(read.report())) {
      return read.map(document -> document);
    }
    // A document that cannot be bound gets the schema's verdict too: the schema still checks the
    // rules of a part whose properties are broken, which the model checks only on sound parts.
    IssueCollector issues =
        new IssueCollector(
            Math.toIntExact(codec.getLimits().get(ReadLimit.REPORT_ISSUES)),
            DocumentOrder.of(ModelType.documentClass(schemaType.get()), tree.getRoot().get()));
    Set<CodeAt> schemaFound = new HashSet<>();
    SchemaValidator.standard().collect(tree, type, issue -> {
      ValidationIssue given = leniency(issue);
      schemaFound.add(CodeAt.of(given));
      issues.add(given);
    });
    read.report().issues().stream().filter(issue -> !schemaFound.contains(CodeAt.of(issue))).forEach(issues::add);
    return new ReadResult<>(Optional.empty(), issues.report());
  }

  /**
   * Whether the model's report already left issues out: the schema's verdict, which would repeat
   * most of them, is not asked for then, so that a hostile document costs no more than its first
   * issues.
   */
  private static boolean isCut(ValidationReport report) {
    return report.issues().stream().anyMatch(issue -> IssueCode.REPORT_ISSUES_LEFT_OUT.equals(issue.code()));
  }

  /** Lenient validation keeps unknown properties, so the schema's verdict on them is a warning. */
  private ValidationIssue leniency(ValidationIssue issue) {
    return codec.isLenient() && IssueCode.PROPERTY_UNKNOWN.equals(issue.code()) && issue.severity() == Severity.ERROR
        ? new ValidationIssue(Severity.WARNING, issue.code(), issue.pointer(), issue.message() + "; it is kept as read", issue.location())
        : issue;
  }
}
