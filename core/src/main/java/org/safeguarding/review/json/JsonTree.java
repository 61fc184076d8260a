package org.safeguarding.review.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Text;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON document read as a tree, before it is bound to the model: the tree, when the input is a
 * well-formed JSON object, the document type its {@code documentType} declares, when that is one
 * this library knows, and the problems found so far.
 *
 * <p>Reading is as strict as {@link ReviewJson}'s: duplicate properties, trailing content,
 * comments, {@code NaN} and malformed text are errors with a line and column. The header check
 * reports a missing or unknown {@code documentType} and a {@code schemaVersion} of another major
 * version. Tools that validate JSON without binding it, such as a JSON Schema validator, start
 * here, with a {@link TreeReader}. An instance does not change, but the Jackson tree it holds is
 * mutable and is shared, not copied: treat it as read-only.
 */
public final class JsonTree {

  /** The longest array a JVM allocates, a little short of {@code Integer.MAX_VALUE}. */
  private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 8;

  private final Optional<ObjectNode> root;
  private final Optional<DocumentType> documentType;
  private final ValidationReport report;

  private JsonTree(Optional<ObjectNode> root, Optional<DocumentType> documentType, List<ValidationIssue> issues) {
    this.root = root;
    this.documentType = documentType;
    this.report = ValidationReport.of(issues);
  }

  /**
   * {@return a reader of JSON trees within {@code limits}}
   *
   * @param limits the read limits
   */
  public static TreeReader reader(ReadLimits limits) {
    return new TreeReader(Objects.requireNonNull(limits, "limits"));
  }

  /** Reads JSON trees within a set of {@link ReadLimits}. Instances are immutable and thread-safe. */
  public static final class TreeReader {
    private final ReadLimits limits;
    private final JsonMapper mapper;

    private TreeReader(ReadLimits limits) {
      this.limits = limits;
      this.mapper = JsonMappers.of(limits);
    }

    /** {@return the limits this reader reads within} */
    public ReadLimits getLimits() {
      return limits;
    }

    /**
     * Reads a JSON document. A stream or reader is read to its end but not closed; a document over
     * the size limit is not read further.
     *
     * @param input the JSON
     * @return the tree, or the problems that kept it from being read, and the type it declares
     * @throws UncheckedIOException if a file, stream or reader cannot be read
     */
    public JsonTree read(JsonInput input) {
      Objects.requireNonNull(input, "input");
      if (input instanceof JsonInput.Text text) {
        return text(text.json());
      } else if (input instanceof JsonInput.Bytes bytes) {
        return bytes(bytes.json());
      } else if (input instanceof JsonInput.Stream || input instanceof JsonInput.File) {
        return held(input).map(this::read).orElseGet(this::tooLong);
      } else if (input instanceof JsonInput.Chars chars) {
        return parse(() -> mapper.createParser(chars.json()));
      }
      return checked(((JsonInput.Tree) input).json());
    }

    /**
     * The input held in memory, so that it can be read more than once: a stream or a file read to
     * its end as bytes, any other input as it is; empty when a stream or file is longer than the
     * size limit allows, which {@link #tooLong()} reports.
     *
     * @throws UncheckedIOException if a file or stream cannot be read
     */
    Optional<JsonInput> held(JsonInput input) {
      if (input instanceof JsonInput.Stream stream) {
        return held(stream.json());
      } else if (input instanceof JsonInput.File file) {
        try (InputStream in = Files.newInputStream(file.json())) {
          return held(in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return Optional.of(input);
    }

    private Optional<JsonInput> held(InputStream json) {
      int wanted = (int) Math.min(limits.get(ReadLimit.DOCUMENT_BYTES) + 1, LARGEST_ARRAY);
      try {
        byte[] bytes = json.readNBytes(wanted);
        if (bytes.length == wanted && (wanted > limits.get(ReadLimit.DOCUMENT_BYTES) || json.read() != -1)) {
          return Optional.empty();
        }
        return Optional.of(JsonInput.of(bytes));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@return what reading a document longer than the size limit gives} */
    JsonTree tooLong() {
      return failed(LimitIssues.broken(ReadLimit.DOCUMENT_BYTES, Pointer.root(), limits));
    }

    private JsonTree text(String json) {
      if (json.length() > limits.get(ReadLimit.DOCUMENT_BYTES)) {
        return tooLong();
      }
      return parse(() -> mapper.createParser(json));
    }

    /** UTF-8 is checked as a whole before it is parsed: the parser lets some malformed forms through. */
    private JsonTree bytes(byte[] json) {
      if (json.length > limits.get(ReadLimit.DOCUMENT_BYTES)) {
        return tooLong();
      }
      OptionalInt malformed = Utf8Check.firstMalformed(json);
      if (malformed.isPresent()) {
        return failed(JsonProblems.notUtf8(json, malformed.getAsInt(), mapper));
      }
      return parse(() -> mapper.createParser(json));
    }

    /**
     * Reads one JSON value; the parser is kept so that a failure can say where it happened, which
     * limit failures do not carry themselves.
     */
    private JsonTree parse(ParserSource source) {
      JsonParser parser = null;
      try {
        parser = source.open();
        return checked(mapper.readTree(parser));
      } catch (JacksonException e) {
        return failed(JsonProblems.toIssue(e, limits, parser));
      } catch (NumberFormatException | ArithmeticException e) {
        return failed(JsonProblems.numberOutOfRange(parser));
      } finally {
        if (parser != null) {
          parser.close();
        }
      }
    }

    private JsonTree checked(JsonNode node) {
      if (node == null || node.isMissingNode()) {
        return failed(ValidationIssue.of(IssueCode.JSON_EMPTY, Pointer.root(), "the input holds no JSON"));
      }
      if (!(node instanceof ObjectNode object)) {
        return failed(ValidationIssue.of(IssueCode.JSON_NOT_AN_OBJECT, Pointer.root(), "a document must be a JSON object"));
      }
      List<ValidationIssue> problems = TreeCheck.check(object, limits);
      if (!problems.isEmpty()) {
        return new JsonTree(Optional.empty(), Optional.empty(), problems);
      }
      List<ValidationIssue> issues = new ArrayList<>();
      Optional<DocumentType> type = DocumentHeader.check(object, issues);
      return new JsonTree(Optional.of(object), type, issues);
    }
  }

  /** {@return the document as a tree, when the input is a well-formed JSON object} */
  public Optional<ObjectNode> getRoot() {
    return root;
  }

  /** {@return the type the document declares, when it declares one this library knows} */
  public Optional<DocumentType> getDocumentType() {
    return documentType;
  }

  /** {@return the problems found reading the JSON and checking its header} */
  public ValidationReport getReport() {
    return report;
  }

  /** Opens a parser on some source; Jackson's exceptions are handled by the caller. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open();
  }

  private static JsonTree failed(ValidationIssue issue) {
    return new JsonTree(Optional.empty(), Optional.empty(), List.of(issue));
  }
}
