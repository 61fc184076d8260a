package org.safeguarding.review.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.PartBinder;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.Theme;
import org.safeguarding.review.metadata.Cardinality;
import org.safeguarding.review.metadata.DocumentOrder;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCollector;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.validation.ConstraintEngine;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a document from Jackson's token stream straight into the model, checking its structure as
 * it binds, without a tree and without Jackson's bean deserializers: each part is built by its
 * type's generated {@link PartBinder}, and the structure is read from {@link ModelType}, as {@link
 * StructureCheck} reads it. It reads first as if the document had no structural problem; at the
 * first, it reads again reporting, as the tree's path does for a document that cannot be bound
 * ({@link StructureCheck#withConstraints}): every value that is not what its property needs is read
 * as a tree and handed to a {@link StructureCheck}, which also checks the constraints of each
 * well-formed property and the form of each sound part. The header's issues with the schema
 * version, and a type asked for that the document does not declare (read as that type, as the
 * tree's path does), are reported too; a too-long array or an unpaired surrogate sends it through
 * the tokens again for {@link TreeCheck}'s issues alone ({@link TokenTreeCheck}), which are what
 * the tree's reader reports then. It gives up, for the tree's path to report, on what it does not
 * yet report the same way: JSON that cannot be read and a document with no type it can be read as
 * (no {@code documentType}, or one this library does not know, and no type asked for); see {@code
 * docs/design/one-pass-reading.md}.
 */
final class TokenReader {

  private final ReadLimits limits;
  private final JsonMapper mapper;
  /** Reads one value in the middle of the document as a tree: what follows it is the document's. */
  private final ObjectReader subtrees;
  private final boolean lenient;
  /** Reports structural problems, reading again after the first; null while reading as if there were none. */
  private final StructureCheck check;
  /** Whether an unknown property was an error (strict reading). */
  private boolean unknownError;
  /**
   * Whether the header keeps the document from being bound: a schema version of another major
   * version, or a type asked for that the document does not declare.
   */
  private boolean headerError;
  /** Whether a part whose type has form rules was not built. */
  private boolean formUnchecked;

  /**
   * What was read: the document when it can be bound, and the issues found in reading it (only
   * lenient warnings when it was bound; every issue the tree's path gives before binding when
   * not), kept within the limit report-issues in the order of the input, for the validator to add
   * to; and whether a part whose type has form rules was not built, so that its form was not
   * checked (a JSON Schema checks it).
   */
  record Read(Optional<ReviewDocument> document, IssueCollector issues, boolean formUnchecked) {}

  /** Gives up on a document this reader does not report, or starts reading again, reporting. */
  private static final class NotRead extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotRead() {
      super(null, null, false, false);
    }
  }

  private static final NotRead NOT_READ = new NotRead();
  private static final NotRead REPORT = new NotRead();
  /** Starts reading again for {@link TreeCheck}'s issues alone, which the tree's reader reports in place of any other. */
  private static final NotRead TREE_CHECK = new NotRead();
  /** A value not bound, because it or a value inside it is not what its property needs. */
  private static final Object UNBOUND = new Object();

  /**
   * The lenient warnings of a document read as if sound; every issue when reporting. Both keep the
   * first issues only, in the order of the input as read so far, which orders any two places
   * already read as the whole input will: memory in proportion to the limit, however many issues.
   */
  private IssueCollector issues;
  /** When reporting, the lenient warnings alone, for a document that turns out to be bound after all. */
  private IssueCollector warnings;

  private TokenReader(ReadLimits limits, boolean lenient, ConstraintEngine reporting) {
    this.limits = limits;
    this.mapper = JsonMappers.of(limits);
    this.subtrees = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.lenient = lenient;
    this.check = reporting == null ? null : StructureCheck.reporting(lenient, reporting, mapper, issue -> issues.add(issue));
  }

  /**
   * Reads a document of {@code requested} (or of the type it declares, when empty) from {@code
   * json}, or gives up.
   *
   * @param constraints the engine that checks the constraints and forms of a document that cannot be bound
   * @return what was read, or empty when the document has a problem this reader leaves to the tree's path
   */
  static Optional<Read> read(JsonInput json, Optional<DocumentType> requested, ReadLimits limits, boolean lenient, ConstraintEngine constraints) {
    try {
      return new TokenReader(limits, lenient, null).read(json, requested);
    } catch (NotRead e) {
      return e == REPORT ? new TokenReader(limits, lenient, constraints).read(json, requested) : Optional.empty();
    }
  }

  private Optional<Read> read(JsonInput json, Optional<DocumentType> requested) {
    try {
      return Optional.of(parsed(json, parser -> document(json, parser, requested)));
    } catch (NotRead e) {
      if (e == REPORT) {
        throw e;
      }
      return e == TREE_CHECK ? treeChecked(json) : Optional.empty();
    }
  }

  /**
   * A document with {@link TreeCheck}'s issues (too-long arrays, unpaired surrogates), which the
   * tree's reader gives alone, in {@link TreeCheck}'s order, when the JSON can be read to its end;
   * else empty, for the tree's path to report what it cannot.
   */
  private Optional<Read> treeChecked(JsonInput json) {
    try {
      List<ValidationIssue> found = parsed(json, parser -> {
        List<ValidationIssue> issues = TokenTreeCheck.check(parser, subtrees, limits);
        expect(parser.nextToken() == null);
        return issues;
      });
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Map<Pointer, Integer> walked = new HashMap<>();
      found.forEach(issue -> walked.putIfAbsent(issue.pointer(), walked.size()));
      IssueCollector issues = new IssueCollector(Integer.MAX_VALUE / 2, Comparator.comparing(walked::get));
      issues.addAll(found);
      return Optional.of(new Read(Optional.empty(), issues, false));
    } catch (NotRead e) {
      return Optional.empty();
    }
  }

  /** What {@code reading} reads from a parser on the input; JSON that cannot be read, or an input this reader does not take, is not read. */
  private <R> R parsed(JsonInput json, Function<JsonParser, R> reading) {
    JsonParser parser = open(json);
    expect(parser != null);
    try {
      return reading.apply(parser);
    } catch (JacksonException | ArithmeticException | NumberFormatException e) {
      throw NOT_READ;
    } finally {
      parser.close();
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

  /**
   * The document, read as the type its {@code documentType} declares: its first property, as the
   * library writes it, or found by a skim of the document's own properties when it is not.
   */
  private Read document(JsonInput json, JsonParser parser, Optional<DocumentType> requested) {
    expect(parser.nextToken() == JsonToken.START_OBJECT);
    ReadShape shape = ReadShape.object();
    boolean typeFirst = parser.nextToken() == JsonToken.PROPERTY_NAME && parser.currentName().equals("documentType");
    Declared declared;
    if (typeFirst) {
      shape.property("documentType");
      parser.nextToken();
      declared = declared(parser, shape);
    } else {
      declared = skimmedType(json);
    }
    // A type neither asked for nor declared is the header's to report.
    ModelType type = ModelType.of(requested.or(declared::type).orElseThrow(() -> NOT_READ));
    DocumentOrder order = DocumentOrder.of(type.modelClass(), shape);
    int limit = limits.getInt(ReadLimit.REPORT_ISSUES);
    issues = new IssueCollector(limit, order);
    warnings = new IssueCollector(limit, order);
    if (requested.isPresent() && !requested.equals(declared.type())) {
      headerError(DocumentHeader.mismatch(requested.get(), declared.present()));
    }
    Object document = object(parser, type, Pointer.root(), shape, typeFirst, !typeFirst);
    expect(parser.nextToken() == null);
    if (check == null) {
      return new Read(Optional.of((ReviewDocument) document), issues, false);
    }
    return document == UNBOUND || unknownError || headerError
        ? new Read(Optional.empty(), issues, formUnchecked)
        : new Read(Optional.of((ReviewDocument) document), warnings, false);
  }

  /** Whether a document has a {@code documentType}, and the type it names when it names one this library knows. */
  private record Declared(boolean present, Optional<DocumentType> type) {}

  /**
   * What the document's {@code documentType}, the parser at its value, declares; a value that is
   * not text is read as a tree, its shape set in {@code into}, the document's.
   */
  private Declared declared(JsonParser parser, ReadShape into) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return new Declared(true, DocumentType.fromJsonName(text(parser)));
    }
    shaped(tree(parser), into);
    return new Declared(true, Optional.empty());
  }

  /** What the document's {@code documentType}, not its first property, declares, found by skimming its properties. */
  private Declared skimmedType(JsonInput json) {
    try (JsonParser skim = open(json)) {
      skim.nextToken();
      for (JsonToken token = skim.nextToken(); token == JsonToken.PROPERTY_NAME; token = skim.nextToken()) {
        boolean found = skim.currentName().equals("documentType");
        if (skim.nextToken() == JsonToken.VALUE_STRING && found) {
          return new Declared(true, DocumentType.fromJsonName(text(skim)));
        } else if (found) {
          return new Declared(true, Optional.empty());
        }
        skim.skipChildren();
      }
      return new Declared(false, Optional.empty());
    }
  }

  /** An issue of the header that keeps the document from being bound; reading as if there were none, starts reading again reporting. */
  private void headerError(ValidationIssue issue) {
    reported();
    headerError = true;
    issues.add(issue);
  }

  /**
   * The properties of an object up to its end, the parser at its start (or, for the document, past
   * its {@code documentType} when {@code typeRead}, at its first property's name when {@code typeAhead}), built as its type, or {@link #UNBOUND}; its
   * properties' names and shapes are added to {@code shape} as they are read. The document's
   * {@code documentType}, when {@code typeAhead}, comes among its other properties; its type was
   * read by a skim.
   */
  private Object object(
      JsonParser parser, ModelType type, Pointer pointer, ReadShape shape, boolean typeRead, boolean typeAhead) {
    PartBinder<?> binder = type.binder().orElseThrow(() -> NOT_READ);
    Object builder = binder.start();
    List<ModelProperty> properties = type.properties();
    boolean[] present = new boolean[properties.size()];
    int errorsBefore = check == null ? 0 : check.errors();
    if (typeRead) {
      present[type.position("documentType")] = true;
    }
    // With its documentType ahead, the document's first property name is the parser's token already.
    for (JsonToken token = typeAhead ? parser.currentToken() : parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String name = parser.currentName();
      treeChecked(!TreeCheck.hasUnpairedSurrogate(name));
      shape.property(name);
      int position = type.position(name);
      parser.nextToken();
      if (position < 0) {
        unknown(parser, type, pointer.property(name), binder, builder, name, shape);
        continue;
      }
      ModelProperty property = properties.get(position);
      if (property.kind() == ValueKind.DOCUMENT_TYPE) {
        expect(typeAhead); // else out of place: the tree's path says so
        present[position] = true;
        declared(parser, shape);
        continue;
      }
      present[position] = true;
      Pointer at = pointer.property(name);
      int before = check == null ? 0 : check.found();
      Object value = property.cardinality() == Cardinality.LIST ? list(parser, property, at, shape) : value(parser, property, at, shape);
      if (value != UNBOUND) {
        if (check != null && check.found() == before) {
          check.constraintsOn(property, value, at);
        }
        binder.set(builder, position, value);
      }
    }
    for (int i = 0; i < present.length; i++) {
      if (!present[i] && properties.get(i).required()) {
        reported().missing(properties.get(i), pointer);
      }
    }
    if (check != null && check.errors() != errorsBefore) {
      formUnchecked |= !FormRule.of(type.modelClass()).isEmpty();
      return UNBOUND;
    }
    Extensible part = binder.build(builder);
    if (check != null) {
      check.form(type, part, pointer);
    }
    return part;
  }

  /** An unknown property's value, read as a tree and kept when lenient; its shape is set in {@code into}, the object's. */
  private void unknown(JsonParser parser, ModelType type, Pointer pointer, PartBinder<?> binder, Object builder, String name, ReadShape into) {
    if (!lenient) {
      reported();
      unknownError = true;
    }
    JsonNode value = tree(parser);
    shaped(value, into);
    if (check != null) {
      check.unknown(pointer, type);
    }
    if (lenient) {
      ValidationIssue warning = StructureCheck.unknownIssue(pointer, type, true);
      (check == null ? issues : warnings).add(warning);
    }
    binder.putUnknown(builder, name, value);
  }

  /** Sets a value read as a tree as the shape of the property or item last added to {@code into}, when it is an object or array. */
  private static void shaped(JsonNode value, ReadShape into) {
    if (value.isContainer()) {
      into.value(value);
    }
  }

  /** The value at the parser read as a tree, which holds no problem the tree's reader would report. */
  private JsonNode tree(JsonParser parser) {
    JsonNode value = subtrees.readTree(parser);
    treeChecked(TreeCheck.check(value, limits).isEmpty());
    return value;
  }

  /** A list property's items, the parser at its value's first token; the list's shape is set in {@code into}. */
  private Object list(JsonParser parser, ModelProperty property, Pointer pointer, ReadShape into) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return misfit(parser, property, pointer, true, into);
    }
    List<Object> items = new ArrayList<>();
    ReadShape shape = ReadShape.array();
    into.value(shape);
    boolean bound = true;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      treeChecked(shape.size() < limits.get(ReadLimit.ARRAY_LENGTH));
      shape.item();
      Object item = value(parser, property, pointer.index(shape.size() - 1), shape);
      bound &= item != UNBOUND;
      items.add(item);
    }
    return bound ? items : UNBOUND;
  }

  /** One value of the property's kind, the parser at its first token; its shape is set in {@code into}. */
  private Object value(JsonParser parser, ModelProperty property, Pointer pointer, ReadShape into) {
    JsonToken token = parser.currentToken();
    switch (property.kind()) {
      case OBJECT -> {
        if (token != JsonToken.START_OBJECT) {
          return misfit(parser, property, pointer, false, into);
        }
        ReadShape shape = ReadShape.object();
        into.value(shape);
        return object(parser, ModelType.of(property.valueClass()), pointer, shape, false, false);
      }
      case TEXT, CODE -> {
        return token == JsonToken.VALUE_STRING ? text(parser) : misfit(parser, property, pointer, false, into);
      }
      case ENUM -> {
        Object constant = token == JsonToken.VALUE_STRING ? StructureCheck.enumConstant(property.valueClass(), text(parser)) : null;
        return constant != null ? constant : misfit(parser, property, pointer, false, into);
      }
      case DATE -> {
        return formatted(parser, StructureCheck::isDate) ? LocalDate.parse(parser.getString()) : misfit(parser, property, pointer, false, into);
      }
      case PARTIAL_DATE -> {
        return formatted(parser, PartialDate::isValid) ? PartialDate.parse(parser.getString()) : misfit(parser, property, pointer, false, into);
      }
      case THEME -> {
        return formatted(parser, Theme::isValid) ? Theme.of(parser.getString()) : misfit(parser, property, pointer, false, into);
      }
      case SCHEMA_VERSION -> {
        if (!formatted(parser, SchemaVersion::isValid)) {
          return misfit(parser, property, pointer, false, into);
        }
        SchemaVersion version = SchemaVersion.parse(parser.getString());
        header(version, pointer);
        return version;
      }
      case INTEGER -> {
        return token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
            ? parser.getIntValue()
            : misfit(parser, property, pointer, false, into);
      }
      case NUMBER -> {
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
            ? parser.getDecimalValue()
            : misfit(parser, property, pointer, false, into);
      }
      case BOOLEAN -> {
        return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
            ? token == JsonToken.VALUE_TRUE
            : misfit(parser, property, pointer, false, into);
      }
      default -> throw NOT_READ;
    }
  }

  /**
   * A value that is not what its property needs, or that this reader does not read itself (a
   * whole number written as a decimal): read as a tree and checked by the structure check as the
   * tree's path checks it, {@code whole} as the property's whole value rather than one item.
   */
  private Object misfit(JsonParser parser, ModelProperty property, Pointer pointer, boolean whole, ReadShape into) {
    StructureCheck reporting = reported();
    JsonNode node = tree(parser);
    shaped(node, into);
    int before = reporting.found();
    if (whole) {
      reporting.property(node, property, pointer);
    } else {
      reporting.value(node, property, pointer);
    }
    return reporting.found() == before ? StructureCheck.scalarValue(node, property) : UNBOUND;
  }

  /**
   * The header's issue with a schema version it does not read as it is, at the document's
   * {@code schemaVersion}: one of another major version keeps the document from being bound, one
   * of a newer minor version is a warning.
   */
  private void header(SchemaVersion version, Pointer pointer) {
    expect(pointer.equals(DocumentHeader.VERSION_POINTER) || version.support() == SchemaVersion.Support.READ);
    Optional<ValidationIssue> issue = DocumentHeader.version(version);
    if (issue.isEmpty()) {
      return;
    }
    if (issue.get().severity() == Severity.ERROR) {
      headerError(issue.get());
    } else {
      issues.add(issue.get());
      if (check != null) {
        warnings.add(issue.get());
      }
    }
  }

  /** The check that reports; reading as if the document had no problem, starts reading again reporting. */
  private StructureCheck reported() {
    if (check == null) {
      throw REPORT;
    }
    return check;
  }

  private static String text(JsonParser parser) {
    String text = parser.getString();
    treeChecked(!TreeCheck.hasUnpairedSurrogate(text));
    return text;
  }

  private static boolean formatted(JsonParser parser, Predicate<String> valid) {
    return parser.currentToken() == JsonToken.VALUE_STRING && valid.test(text(parser));
  }

  /** Unless {@code condition}, reads again for {@link TreeCheck}'s issues alone. */
  private static void treeChecked(boolean condition) {
    if (!condition) {
      throw TREE_CHECK;
    }
  }

  private static void expect(boolean condition) {
    if (!condition) {
      throw NOT_READ;
    }
  }
}
