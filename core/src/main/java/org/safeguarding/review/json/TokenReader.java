package org.safeguarding.review.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.PartBinder;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.Theme;
import org.safeguarding.review.metadata.Cardinality;
import org.safeguarding.review.metadata.InputShape;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a document from Jackson's token stream straight into the model, checking its structure as
 * it binds, without a tree and without Jackson's bean deserializers: each part is built by its
 * type's generated {@link PartBinder}, and the structure is read from {@link ModelType}, as {@link
 * StructureCheck} reads it. The first slice of issue 28's one pass: it reads a document that has
 * no problem before the model's checks (lenient reading's unknown properties, kept as trees with a
 * warning, aside) and gives up on anything else, for the tree's path to report; see {@code
 * docs/design/one-pass-reading.md}.
 */
final class TokenReader {

  private final ReadLimits limits;
  private final JsonMapper mapper;
  private final boolean lenient;

  /** What was read: the document, the issues found in reading it, and its shape, for ordering issues. */
  record Read(ReviewDocument document, List<ValidationIssue> issues, InputShape shape) {}

  /** Gives up on a document this slice does not read; the tree's path reads it again and reports. */
  private static final class NotRead extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotRead() {
      super(null, null, false, false);
    }
  }

  private static final NotRead NOT_READ = new NotRead();

  private final List<ValidationIssue> issues = new ArrayList<>();

  private TokenReader(ReadLimits limits, boolean lenient) {
    this.limits = limits;
    this.mapper = JsonMappers.of(limits);
    this.lenient = lenient;
  }

  /**
   * Reads a document of {@code requested} (or of the type it declares, when empty) from {@code
   * json}, or gives up.
   *
   * @return what was read, or empty when the document has a problem this slice leaves to the tree's path
   */
  static Optional<Read> read(JsonInput json, Optional<DocumentType> requested, ReadLimits limits, boolean lenient) {
    TokenReader reader = new TokenReader(limits, lenient);
    JsonParser parser = null;
    try {
      parser = reader.open(json);
      if (parser == null) {
        return Optional.empty();
      }
      return Optional.of(reader.document(parser, requested));
    } catch (NotRead | JacksonException | ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** A parser on text or bytes within the size limit and, for bytes, in well-formed UTF-8; else null. */
  private JsonParser open(JsonInput json) {
    if (json instanceof JsonInput.Text text && text.json().length() <= limits.get(ReadLimit.DOCUMENT_BYTES)) {
      return mapper.createParser(text.json());
    }
    if (json instanceof JsonInput.Bytes bytes && bytes.json().length <= limits.get(ReadLimit.DOCUMENT_BYTES)) {
      OptionalInt malformed = Utf8Check.firstMalformed(bytes.json());
      return malformed.isPresent() ? null : mapper.createParser(bytes.json());
    }
    return null;
  }

  /** The document: its {@code documentType} first, which decides how the rest is read. */
  private Read document(JsonParser parser, Optional<DocumentType> requested) {
    expect(parser.nextToken() == JsonToken.START_OBJECT);
    expect(parser.nextToken() == JsonToken.PROPERTY_NAME && parser.currentName().equals("documentType"));
    expect(parser.nextToken() == JsonToken.VALUE_STRING);
    DocumentType declared = DocumentType.fromJsonName(parser.getString()).orElseThrow(() -> NOT_READ);
    expect(requested.isEmpty() || requested.get() == declared);
    ModelType type = ModelType.of(declared);
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    names.add("documentType");
    values.add(null);
    ReviewDocument document = (ReviewDocument) object(parser, type, Pointer.root(), names, values, true);
    expect(parser.nextToken() == null);
    return new Read(document, issues, InputShape.object(names, values));
  }

  /**
   * The properties of an object up to its end, the parser at its start (or, for the document, past
   * its {@code documentType}), built as its type; its properties' names and shapes are added to
   * {@code names} and {@code values}.
   */
  private Extensible object(JsonParser parser, ModelType type, Pointer pointer, List<String> names, List<Object> values, boolean typeRead) {
    PartBinder<?> binder = type.binder().orElseThrow(() -> NOT_READ);
    Object builder = binder.start();
    List<ModelProperty> properties = type.properties();
    boolean[] present = new boolean[properties.size()];
    if (typeRead) {
      present[type.position("documentType")] = true;
    }
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String name = parser.currentName();
      expect(!TreeCheck.hasUnpairedSurrogate(name));
      names.add(name);
      int position = type.position(name);
      parser.nextToken();
      if (position < 0) {
        values.add(unknown(parser, type, pointer.property(name), binder, builder, name));
        continue;
      }
      ModelProperty property = properties.get(position);
      expect(property.kind() != ValueKind.DOCUMENT_TYPE); // named again, or out of place: the tree's path says which
      present[position] = true;
      Shaped shaped = property.cardinality() == Cardinality.LIST
          ? list(parser, property, pointer.property(name))
          : value(parser, property, pointer.property(name));
      values.add(shaped.shape());
      binder.set(builder, position, shaped.value());
    }
    for (int i = 0; i < present.length; i++) {
      expect(present[i] || !properties.get(i).required());
    }
    return binder.build(builder);
  }

  /** A value with its shape: an {@code InputShape} for an object or array, null for any other. */
  private record Shaped(Object value, Object shape) {}

  private Object unknown(JsonParser parser, ModelType type, Pointer pointer, PartBinder<?> binder, Object builder, String name) {
    expect(lenient);
    JsonNode value = mapper.readTree(parser);
    expect(TreeCheck.check(value, limits).isEmpty());
    issues.add(StructureCheck.unknownIssue(pointer, type, true));
    binder.putUnknown(builder, name, value);
    return value.isContainer() ? value : null;
  }

  private Shaped list(JsonParser parser, ModelProperty property, Pointer pointer) {
    expect(parser.currentToken() == JsonToken.START_ARRAY);
    List<Object> items = new ArrayList<>();
    List<Object> shapes = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      expect(items.size() < limits.get(ReadLimit.ARRAY_LENGTH));
      Shaped item = value(parser, property, pointer.index(items.size()));
      items.add(item.value());
      shapes.add(item.shape());
    }
    return new Shaped(items, InputShape.array(shapes));
  }

  /** One value of the property's kind, the parser at its first token. */
  private Shaped value(JsonParser parser, ModelProperty property, Pointer pointer) {
    JsonToken token = parser.currentToken();
    return switch (property.kind()) {
      case OBJECT -> {
        expect(token == JsonToken.START_OBJECT);
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        Extensible part = object(parser, ModelType.of(property.valueClass()), pointer, names, values, false);
        yield new Shaped(part, InputShape.object(names, values));
      }
      case TEXT, CODE -> new Shaped(text(parser), null);
      case ENUM -> new Shaped(required(StructureCheck.enumConstant(property.valueClass(), text(parser))), null);
      case DATE -> {
        String text = text(parser);
        expect(StructureCheck.isDate(text));
        yield new Shaped(LocalDate.parse(text), null);
      }
      case PARTIAL_DATE -> new Shaped(PartialDate.parse(formatted(parser, PartialDate::isValid)), null);
      case THEME -> new Shaped(Theme.of(formatted(parser, Theme::isValid)), null);
      case SCHEMA_VERSION -> {
        SchemaVersion version = SchemaVersion.parse(formatted(parser, SchemaVersion::isValid));
        expect(version.support() == SchemaVersion.Support.READ); // else the header reports it
        yield new Shaped(version, null);
      }
      case INTEGER -> {
        // A whole number written as a decimal (6.0), or beyond an int, is left to the tree's path.
        expect(token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT);
        yield new Shaped(parser.getIntValue(), null);
      }
      case NUMBER -> {
        expect(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT);
        BigDecimal number = parser.getDecimalValue();
        yield new Shaped(number, null);
      }
      case BOOLEAN -> {
        expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE);
        yield new Shaped(token == JsonToken.VALUE_TRUE, null);
      }
      case DOCUMENT_TYPE -> throw NOT_READ;
    };
  }

  private static String text(JsonParser parser) {
    expect(parser.currentToken() == JsonToken.VALUE_STRING);
    String text = parser.getString();
    expect(!TreeCheck.hasUnpairedSurrogate(text));
    return text;
  }

  private static String formatted(JsonParser parser, Predicate<String> valid) {
    String text = text(parser);
    expect(valid.test(text));
    return text;
  }

  private static Object required(Object value) {
    expect(value != null);
    return value;
  }

  private static void expect(boolean condition) {
    if (!condition) {
      throw NOT_READ;
    }
  }
}
