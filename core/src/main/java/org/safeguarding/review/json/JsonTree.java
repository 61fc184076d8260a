package org.safeguarding.review.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.validation.Codes;
import org.safeguarding.review.validation.ValidationIssue;
import org.safeguarding.review.validation.ValidationReport;
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
 * here. An instance does not change, but the Jackson tree it holds is mutable and is shared, not
 * copied: treat it as read-only.
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

  /** Reads JSON text within the default {@link ReadLimits}. */
  public static JsonTree read(String json) {
    return reader(ReadLimits.defaults()).read(json);
  }

  /** Reads JSON bytes in UTF-8, UTF-16 or UTF-32 within the default {@link ReadLimits}. */
  public static JsonTree read(byte[] json) {
    return reader(ReadLimits.defaults()).read(json);
  }

  /**
   * Reads a stream to its end, without closing it, within the default {@link ReadLimits}.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static JsonTree read(InputStream json) {
    return reader(ReadLimits.defaults()).read(json);
  }

  /**
   * Reads a reader to its end, without closing it, within the default {@link ReadLimits}.
   *
   * @throws UncheckedIOException if the reader cannot be read
   */
  public static JsonTree read(Reader json) {
    return reader(ReadLimits.defaults()).read(json);
  }

  /**
   * Reads a file within the default {@link ReadLimits}.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static JsonTree read(Path json) {
    return reader(ReadLimits.defaults()).read(json);
  }

  /** A tree read elsewhere; its header, its depth, its arrays' lengths and its text are checked. */
  public static JsonTree of(JsonNode json) {
    return reader(ReadLimits.defaults()).of(json);
  }

  /** A reader of JSON trees within {@code limits}. */
  public static TreeReader reader(ReadLimits limits) {
    return new TreeReader(Objects.requireNonNull(limits, "limits"));
  }

  /** Reads JSON trees within a set of {@link ReadLimits}. Instances are immutable and thread-safe. */
  public static final class TreeReader {
    private final ReadLimits limits;
    private final JsonMapper mapper;

    private TreeReader(ReadLimits limits) {
      this.limits = limits;
      this.mapper = ReviewJson.mapper(limits);
    }

    /** The limits this reader reads within. */
    public ReadLimits getLimits() {
      return limits;
    }

    /** Reads JSON text. */
    public JsonTree read(String json) {
      Objects.requireNonNull(json, "json");
      if (json.length() > limits.maxDocumentBytes()) {
        return failed(LimitIssues.documentTooLarge(limits));
      }
      return parse(() -> mapper.createParser(json));
    }

    /** Reads JSON bytes in UTF-8, UTF-16 or UTF-32. */
    public JsonTree read(byte[] json) {
      Objects.requireNonNull(json, "json");
      if (json.length > limits.maxDocumentBytes()) {
        return failed(LimitIssues.documentTooLarge(limits));
      }
      OptionalInt malformed = Utf8Check.firstMalformed(json);
      if (malformed.isPresent()) {
        return failed(JsonProblems.notUtf8(json, malformed.getAsInt(), mapper));
      }
      return parse(() -> mapper.createParser(json));
    }

    /**
     * Reads a stream to its end, without closing it; a document over the size limit is not read
     * further. The bytes are checked as a whole before they are parsed, as {@link #read(byte[])}
     * checks them.
     *
     * @throws UncheckedIOException if the stream cannot be read
     */
    public JsonTree read(InputStream json) {
      Objects.requireNonNull(json, "json");
      int wanted = (int) Math.min(limits.maxDocumentBytes() + 1, LARGEST_ARRAY);
      try {
        byte[] bytes = json.readNBytes(wanted);
        if (bytes.length == wanted && (wanted > limits.maxDocumentBytes() || json.read() != -1)) {
          return failed(LimitIssues.documentTooLarge(limits));
        }
        return read(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Reads a reader to its end, without closing it; a document over the size limit is not read
     * further.
     *
     * @throws UncheckedIOException if the reader cannot be read
     */
    public JsonTree read(Reader json) {
      Objects.requireNonNull(json, "json");
      return parse(() -> mapper.createParser(json));
    }

    /**
     * Reads a file.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public JsonTree read(Path json) {
      Objects.requireNonNull(json, "json");
      try (InputStream in = Files.newInputStream(json)) {
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A tree read elsewhere; its header, its depth, its arrays' lengths and its text are checked. */
    public JsonTree of(JsonNode json) {
      return checked(Objects.requireNonNull(json, "json"));
    }

    /**
     * Reads one JSON value and makes sure nothing follows it; the parser is kept so that a failure
     * can say where it happened, which limit failures do not carry themselves.
     */
    private JsonTree parse(ParserSource source) {
      JsonParser parser = null;
      try {
        parser = source.open();
        JsonNode node = mapper.readTree(parser);
        if (node != null && parser.nextToken() != null) {
          return failed(JsonProblems.trailingContent(parser));
        }
        return checked(node);
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
        return failed(ValidationIssue.error(Codes.JSON_EMPTY, "", "the input holds no JSON"));
      }
      if (!(node instanceof ObjectNode object)) {
        return failed(ValidationIssue.error(Codes.JSON_NOT_AN_OBJECT, "", "a document must be a JSON object"));
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

  /** The document as a tree, when the input is a well-formed JSON object. */
  public Optional<ObjectNode> getRoot() {
    return root;
  }

  /** The type the document declares, when it declares one this library knows. */
  public Optional<DocumentType> getDocumentType() {
    return documentType;
  }

  /** The problems found reading the JSON and checking its header. */
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
