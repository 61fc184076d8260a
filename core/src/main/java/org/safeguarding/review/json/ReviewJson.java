package org.safeguarding.review.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.io.FileOutput;
import org.safeguarding.review.metadata.DocumentOrder;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.IssueCollector;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.validation.ModelValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one entry point for reading and writing documents as JSON.
 *
 * <p>{@link #strict()} rejects unknown properties; {@link #lenient()} reports them as warnings and
 * keeps them in each part's {@link org.safeguarding.review.Extensible#getUnknownProperties()}, so
 * that writing the document back out loses nothing. Both reject duplicate properties, trailing
 * content, wrong JSON types, unknown enumeration values and impossible dates.
 *
 * <p>Reading runs every check: the JSON text, the document's type and schema version, its
 * structure, then the {@link ModelValidator} it is {@linkplain #withValidator given} (by default
 * {@link Standard#validator()}: Bean Validation, the domain rules, the timescales and the
 * privacy scan), and reports every problem at once, in the order of the input. {@code read} returns a valid document or throws a {@link
 * DocumentReadException} carrying the report; {@code parse} never throws for bad content and returns
 * the document (when it could be bound) with the report. Reading a {@link ReviewDocument} rather
 * than a particular type takes the type from the document's {@code documentType}.
 *
 * <p>Writing does not validate. Properties are written in the model's declared order, empty lists
 * and absent values are left out, and pretty output ({@link #withPrettyPrinting()}) indents by two
 * spaces with one value per line and {@code \n} line ends. What is written ends with a line end,
 * so a document read from a file written this way and written again is the same, byte for byte.
 *
 * <p>Instances are immutable and thread-safe. Failures to read a file or stream are thrown as
 * {@link UncheckedIOException}; no other exception escapes for bad input.
 */
public final class ReviewJson {

  private static final JsonMapper MAPPER = JsonMappers.standard();

  /** What ends every text written: a document is a text file, whose last line ends too. */
  private static final char LINE_END = '\n';

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withRootSeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final ReviewJson STRICT = new ReviewJson(false, false, ReadLimits.defaults(), Standard.validator());
  private static final ReviewJson LENIENT = new ReviewJson(true, false, ReadLimits.defaults(), Standard.validator());

  private final boolean lenient;
  private final boolean pretty;
  private final JsonTree.TreeReader trees;
  /** Binds checked trees within the limits they were read within (Jackson counts tokens again). */
  private final JsonMapper binder;
  private final ModelValidator validator;
  private final ObjectWriter writer;

  private ReviewJson(boolean lenient, boolean pretty, ReadLimits limits, ModelValidator validator) {
    this.lenient = lenient;
    this.pretty = pretty;
    this.trees = JsonTree.reader(limits);
    this.binder = JsonMappers.of(limits);
    this.validator = validator;
    this.writer = pretty ? MAPPER.writer().with(PRETTY) : MAPPER.writer();
  }

  /**
   * The strict codec: unknown properties are errors. It writes compact JSON.
   *
   * @return the strict codec, shared
   */
  public static ReviewJson strict() {
    return STRICT;
  }

  /**
   * The lenient codec: unknown properties are warnings, and are kept and written back out. It
   * writes compact JSON.
   *
   * @return the lenient codec, shared
   */
  public static ReviewJson lenient() {
    return LENIENT;
  }

  /** {@return this codec, writing indented JSON} */
  public ReviewJson withPrettyPrinting() {
    return new ReviewJson(lenient, true, trees.getLimits(), validator);
  }

  /**
   * {@return this codec, reading within other limits}
   *
   * @param limits the limits to read within
   */
  public ReviewJson withLimits(ReadLimits limits) {
    return new ReviewJson(lenient, pretty, Objects.requireNonNull(limits, "limits"), validator);
  }

  /**
   * This codec, validating every document it reads with {@code validator}: an application's own
   * Bean Validation validator, other timescales or other checks.
   *
   * @param validator the validator that checks each document after binding
   * @return a codec like this one with that validator
   */
  public ReviewJson withValidator(ModelValidator validator) {
    return new ReviewJson(lenient, pretty, trees.getLimits(), Objects.requireNonNull(validator, "validator"));
  }

  /** {@return the validator this codec validates every document it reads with} */
  public ModelValidator getValidator() {
    return validator;
  }

  /** {@return the limits this codec reads within} */
  public ReadLimits getLimits() {
    return trees.getLimits();
  }

  /** {@return whether unknown properties are kept with a warning rather than rejected} */
  public boolean isLenient() {
    return lenient;
  }

  // Reading: read(...) returns a valid document or throws; parse(...) reports.

  /**
   * Reads a valid document.
   *
   * @param <T> the document type
   * @param json the JSON, from any source
   * @param type the document type, or {@code ReviewDocument.class} to take it from the JSON
   * @return the document, valid
   * @throws DocumentReadException carrying the report, if the JSON is not a valid document
   * @throws UncheckedIOException if a file, stream or reader cannot be read
   */
  public <T extends ReviewDocument> T read(JsonInput json, Class<T> type) {
    return parse(json, type).orElseThrow();
  }

  /**
   * Reads a document and reports every problem, without throwing for bad content.
   *
   * @param <T> the document type
   * @param json the JSON, from any source
   * @param type the document type, or {@code ReviewDocument.class} to take it from the JSON
   * @return the document, when the JSON could be bound, and the report
   * @throws UncheckedIOException if a file, stream or reader cannot be read
   */
  public <T extends ReviewDocument> ReadResult<T> parse(JsonInput json, Class<T> type) {
    OnePass<T> read = onePass(json, type);
    return read.result().orElseGet(() -> parse(read.tree().get(), type));
  }

  /**
   * Reads a document as {@link #parse(JsonInput, Class)} does, handing a document that is not bound
   * to {@code unbound} with its tree when a validator of the JSON form could find more in it. A
   * document is read in one pass from JSON tokens to the model, without a tree, and its problems
   * are reported in that pass too, whether or not it can be bound; a few documents are still read
   * through a tree (see {@code ARCHITECTURE.md}). {@code unbound} gets the tree of a document the
   * one pass leaves to the tree's path (with no report), and of one it reports but could not
   * bind, with that report, when a part whose type has form rules could not be built: the model
   * checks the form of built parts only, and a JSON Schema checks that part's form too. Every
   * other document is answered without a tree. This is how a validator that adds the JSON
   * Schema's verdict on documents that cannot be bound reads the rest without a tree.
   *
   * @param <T> the document type
   * @param json the JSON, from any source; a stream or file is read into memory first
   * @param type the document type, or {@code ReviewDocument.class} to take it from the JSON
   * @param unbound what reads a document that is not bound from its tree, given the one pass's
   *     report on it when there is one (else {@link #parse(JsonTree, Class)} of the tree gives it)
   * @return the document, when the JSON could be bound, and the report, or what {@code unbound} gives
   * @throws UncheckedIOException if a file, stream or reader cannot be read
   */
  public <T extends ReviewDocument> ReadResult<T> parse(
      JsonInput json, Class<T> type, BiFunction<JsonTree, Optional<ReadResult<T>>, ReadResult<T>> unbound) {
    Objects.requireNonNull(unbound, "unbound");
    OnePass<T> read = onePass(json, type);
    if (read.result().isEmpty()) {
      return unbound.apply(read.tree().get(), Optional.empty());
    }
    return read.formUnchecked() ? unbound.apply(read.tree().get(), read.result()) : read.result().get();
  }

  /**
   * What the one pass made of an input: its report, validated when the document was bound, or
   * empty when it left the input to the tree's path; whether a part with form rules was not built;
   * and the input's tree, read only when asked for.
   */
  private record OnePass<T extends ReviewDocument>(Optional<ReadResult<T>> result, boolean formUnchecked, Supplier<JsonTree> tree) {}

  private <T extends ReviewDocument> OnePass<T> onePass(JsonInput json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    Optional<JsonInput> held = trees.held(Objects.requireNonNull(json, "json"));
    if (held.isEmpty()) {
      return new OnePass<>(Optional.empty(), false, trees::tooLong);
    }
    Optional<DocumentType> requested = type == ReviewDocument.class ? Optional.empty() : ModelType.of(type).documentType();
    Optional<TokenReader.Read> read = TokenReader.read(held.get(), requested, trees.getLimits(), lenient, validator.getConstraints());
    return new OnePass<>(
        read.map(r -> validated(r, type)), read.map(TokenReader.Read::formUnchecked).orElse(false), () -> trees.read(held.get()));
  }

  /** A document read in one pass, validated when it was bound, its issues in the order of the input. */
  private <T extends ReviewDocument> ReadResult<T> validated(TokenReader.Read read, Class<T> type) {
    IssueCollector issues = read.issues();
    if (read.document().isEmpty()) {
      return new ReadResult<>(Optional.empty(), issues.report());
    }
    T document = type.cast(read.document().get());
    validator.validate(document, issues);
    return new ReadResult<>(Optional.of(document), issues.report());
  }

  // Writing

  /**
   * {@return the document as JSON text, ending with a line end}
   *
   * @param document the document
   * @throws IllegalArgumentException if the document is nested deeper than {@link
   *     ReadLimit#NESTING_DEPTH}'s maximum, as only one built in code can be
   */
  public String write(ReviewDocument document) {
    Objects.requireNonNull(document, "document");
    return writing(() -> writer.writeValueAsString(document)) + LINE_END;
  }

  /**
   * {@return the document as UTF-8 JSON bytes, ending with a line end}
   *
   * @param document the document
   * @throws IllegalArgumentException if the document is nested deeper than {@link
   *     ReadLimit#NESTING_DEPTH}'s maximum, as only one built in code can be
   */
  public byte[] writeBytes(ReviewDocument document) {
    Objects.requireNonNull(document, "document");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writing(() -> {
      writer.writeValue(out, document);
      return out;
    });
    out.write(LINE_END);
    return out.toByteArray();
  }

  /**
   * Runs a write, turning Jackson's refusal to nest deeper than it reads into an {@link
   * IllegalArgumentException} that says what: a document built in code (its unknown properties,
   * say) can be nested deeper than any reader of this library accepts.
   */
  private static <T> T writing(Supplier<T> write) {
    try {
      return write.get();
    } catch (StreamConstraintsException e) {
      throw new IllegalArgumentException("The document cannot be written as JSON: objects and arrays are nested"
          + " deeper than " + ReadLimit.NESTING_DEPTH.maximum() + ", the most this library reads; only a document built"
          + " in code can be", e);
    }
  }

  /**
   * Writes the document as UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param document the document
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   * @throws IllegalArgumentException if the document is nested deeper than {@link
   *     ReadLimit#NESTING_DEPTH}'s maximum, as only one built in code can be
   */
  public void write(ReviewDocument document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(writeBytes(document));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the document as JSON to a writer, which is flushed but not closed.
   *
   * @param document the document
   * @param out the writer
   * @throws UncheckedIOException if the writer cannot be written
   * @throws IllegalArgumentException if the document is nested deeper than {@link
   *     ReadLimit#NESTING_DEPTH}'s maximum, as only one built in code can be
   */
  public void write(ReviewDocument document, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(write(document));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the document as UTF-8 JSON to a file as {@link FileOutput} does: a regular file
   * atomically (a failure never leaves a partial file) keeping its permissions, a new file with
   * the umask's, through symbolic links, and directly to devices and FIFOs, which are never
   * replaced.
   *
   * @param document the document
   * @param file the file, created if it does not exist
   * @throws UncheckedIOException if the file cannot be written
   * @throws IllegalArgumentException if the document is nested deeper than {@link
   *     ReadLimit#NESTING_DEPTH}'s maximum, as only one built in code can be
   */
  public void write(ReviewDocument document, Path file) {
    try {
      FileOutput.write(file, writeBytes(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return any JSON tree as text, formatted as this codec writes documents, ending with a line end}
   *
   * @param tree the tree, such as a schema
   * @throws IllegalArgumentException if the tree is nested deeper than {@link
   *     ReadLimit#NESTING_DEPTH}'s maximum
   */
  public String writeTree(JsonNode tree) {
    Objects.requireNonNull(tree, "tree");
    return writing(() -> writer.writeValueAsString(tree)) + LINE_END;
  }

  /**
   * {@return the document as a JSON tree, as it would be written}
   *
   * @param document the document
   * @throws IllegalArgumentException if the document is nested deeper than {@link
   *     ReadLimit#NESTING_DEPTH}'s maximum, as only one built in code can be
   */
  public JsonNode toTree(ReviewDocument document) {
    return MAPPER.valueToTree(Objects.requireNonNull(document, "document"));
  }

  // The reading pipeline

  /**
   * Reads a document from a tree already read, and checked against its reader's limits, by a
   * {@link JsonTree.TreeReader}, without reading or checking it again; see {@link #parse(JsonInput,
   * Class)}.
   *
   * @param <T> the document type
   * @param tree the tree, as its reader read it, with the problems found in reading
   * @param type the document type, or {@code ReviewDocument.class} to take it from the JSON
   * @return the document, when the JSON could be bound, and the report
   */
  public <T extends ReviewDocument> ReadResult<T> parse(JsonTree tree, Class<T> type) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(type, "type");
    Optional<DocumentType> requested = type == ReviewDocument.class ? Optional.empty() : ModelType.of(type).documentType();
    if (tree.getRoot().isEmpty()) {
      return new ReadResult<>(Optional.empty(), tree.getReport());
    }
    JsonNode root = tree.getRoot().get();
    if (requested.isPresent() && !tree.getDocumentType().equals(requested)) {
      return asOtherType(tree, requested.get());
    }
    if (tree.getDocumentType().isEmpty()) {
      return new ReadResult<>(Optional.empty(), tree.getReport());
    }
    Class<? extends ReviewDocument> modelType = ModelType.documentClass(tree.getDocumentType().get());
    DocumentOrder order = DocumentOrder.of(modelType, root);
    IssueCollector structure = collector(order);
    // A document of a schema version this library does not read is not bound either.
    if (!tree.getReport().isValid() || StructureCheck.hasErrors(root, modelType, lenient, structure)) {
      IssueCollector issues = collector(order);
      issues.addAll(tree.getReport().issues());
      StructureCheck.withConstraints(root, modelType, lenient, validator.getConstraints(), binder, issues);
      return new ReadResult<>(Optional.empty(), issues.report());
    }
    T document = type.cast(bind(root, modelType));
    IssueCollector issues = collector(order);
    issues.addAll(tree.getReport().issues());
    issues.addAll(structure);
    validator.validate(document, issues);
    return new ReadResult<>(Optional.of(document), issues.report());
  }

  /** A collector of one document's issues, in the document's order, within the limit report-issues. */
  private IssueCollector collector(DocumentOrder order) {
    return new IssueCollector(trees.getLimits().getInt(ReadLimit.REPORT_ISSUES), order);
  }

  /**
   * A document read as a type it does not declare itself: its {@code documentType} is wrong or
   * missing, and the rest is checked as the type asked for, as that type's schema would check it.
   */
  private <T extends ReviewDocument> ReadResult<T> asOtherType(JsonTree tree, DocumentType requested) {
    JsonNode root = tree.getRoot().orElseThrow();
    Class<? extends ReviewDocument> modelType = ModelType.documentClass(requested);
    IssueCollector issues = collector(DocumentOrder.of(modelType, root));
    issues.addAll(DocumentHeader.asRequested(root, requested, tree.getReport().issues()));
    StructureCheck.withConstraints(root, modelType, lenient, validator.getConstraints(), binder, issues);
    return new ReadResult<>(Optional.empty(), issues.report());
  }

  private Object bind(JsonNode tree, Class<? extends ReviewDocument> modelType) {
    try {
      return binder.treeToValue(tree, modelType);
    } catch (JacksonException | IllegalArgumentException | IllegalStateException e) {
      // The structure check passed, so this is a defect in the model, not bad input.
      throw new IllegalStateException(
          "A document that passed the structure check could not be bound", e);
    }
  }

}
