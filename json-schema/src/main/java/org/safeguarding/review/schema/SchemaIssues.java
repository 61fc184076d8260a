package org.safeguarding.review.schema;

import com.networknt.schema.Error;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.Theme;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON Schema validator's errors into issues with the same codes, pointers and messages
 * the model's own checks give for the same problem, and never the validator's messages, which may
 * quote the input.
 */
final class SchemaIssues {

  /** The definitions that check a theme: its alternatives, the catalogue's codes and the local form. */
  private static final List<String> THEME_DEFINITIONS = List.of(Theme.class.getSimpleName(), LearningTheme.class.getSimpleName(), "LocalTheme");

  private SchemaIssues() {}

  static ValidationIssue toIssue(Error error) {
    Pointer at = Pointer.parse(error.getInstanceLocation().toString());
    JsonNode rule = error.getSchemaNode();
    SchemaPlace place = SchemaPlace.of(error.getSchemaLocation());
    // A document type's own form rules stand at the root of its file, outside any definition.
    Optional<FormRule> form = place.definition().or(() -> documentType(place).map(type -> ModelType.of(type).modelClass().getSimpleName()))
        .flatMap(definition -> FormSchemas.ruleAt(definition, place.within()));
    if (form.isPresent()) {
      return form.get().issueAt(at);
    }
    // A theme or partial date is text checked by alternatives; any failure in them is one problem.
    boolean theme = THEME_DEFINITIONS.stream().anyMatch(place::in);
    boolean partialDate = place.in(PartialDate.class.getSimpleName());
    boolean alternatives = theme || partialDate;
    if (alternatives && !error.getInstanceNode().isString()) {
      return error(IssueCode.VALUE_TYPE, at, "must be text");
    }
    if (theme) {
      return error(IssueCode.VALUE_FORMAT, at, Theme.MESSAGE);
    }
    if (partialDate) {
      return error(IssueCode.VALUE_DATE, at, PartialDate.MESSAGE);
    }
    return switch (error.getKeyword()) {
      case "required" -> property(IssueCode.PROPERTY_REQUIRED, at, error.getProperty(), "is required");
      case "additionalProperties" -> ValidationIssue.of(
          IssueCode.PROPERTY_UNKNOWN, at.property(error.getProperty()), IssueMessages.unknownProperty(allowedAt(place)));
      case "type" -> error(IssueCode.VALUE_TYPE, at, "must be " + typeInWords(rule));
      case "enum" -> error(IssueCode.VALUE_ENUM, at, "must be one of " + list(rule));
      case "const" -> ValidationIssue.of(
          IssueCode.DOCUMENT_TYPE_MISMATCH, at, "\"documentType\" must be " + rule.asString() + " here");
      case "format" -> error(IssueCode.VALUE_DATE, at, Constraints.DATE_MESSAGE);
      case "pattern" -> pattern(at, rule.asString(), error.getInstanceNode());
      case "maxLength" -> error(IssueCode.VALUE_TOO_LONG, at, IssueMessages.charactersAtMost(rule.asInt()));
      case "minimum" -> error(IssueCode.VALUE_OUT_OF_RANGE, at, IssueMessages.atLeast(rule.asString()));
      case "maximum" -> error(IssueCode.VALUE_OUT_OF_RANGE, at, IssueMessages.atMost(rule.asString()));
      case "minItems" -> error(IssueCode.ARRAY_TOO_SHORT, at, "must have at least " + IssueMessages.items(rule.asInt()));
      case "maxItems" -> error(IssueCode.ARRAY_TOO_LONG, at, "must have at most " + IssueMessages.items(rule.asInt()));
      default -> error(IssueCode.CONSTRAINT_BROKEN, at, "breaks the schema's \"" + error.getKeyword() + "\" rule");
    };
  }

  private static ValidationIssue pattern(Pointer at, String pattern, JsonNode value) {
    if (pattern.equals(Constraints.NOT_BLANK_PATTERN)) {
      return error(IssueCode.VALUE_BLANK, at, Constraints.NOT_BLANK_MESSAGE);
    }
    if (pattern.equals(Constraints.DATE_PATTERN)) {
      return error(IssueCode.VALUE_DATE, at, Constraints.DATE_MESSAGE);
    }
    String versions = SchemaVersion.CURRENT.schemaPattern();
    if (pattern.equals(versions) && SchemaVersion.isValid(value.asString())) {
      return error(
          IssueCode.DOCUMENT_VERSION_UNSUPPORTED, at, "must have the major version this library reads, " + SchemaVersion.CURRENT.getMajor());
    }
    String rule =
        pattern.equals(Constraints.ID_PATTERN) ? Constraints.ID_MESSAGE
            : pattern.equals(Constraints.LINK_PATTERN) ? Constraints.LINK_MESSAGE
            : pattern.equals(versions) ? SchemaVersion.MESSAGE
            : "does not have the required form";
    return error(IssueCode.VALUE_PATTERN, at, rule);
  }

  /**
   * The properties the model allows where the schema at {@code place} applies: the type named by
   * its definition, or the document type of its file.
   */
  private static List<String> allowedAt(SchemaPlace place) {
    Optional<ModelType> defined = place.definition().map(ModelTypes.BY_NAME::get);
    if (defined.isPresent()) {
      return defined.get().names();
    }
    return documentType(place).map(type -> ModelType.of(type).names()).orElse(List.of());
  }

  /** The document type whose schema file the place is in. */
  private static Optional<DocumentType> documentType(SchemaPlace place) {
    return Arrays.stream(DocumentType.values()).filter(type -> place.file().equals(Schemas.id(type))).findFirst();
  }

  /** Every model type a document can hold, by its definition name, found once from the two documents. */
  private static final class ModelTypes {
    static final Map<String, ModelType> BY_NAME = new HashMap<>();

    static {
      Deque<ModelType> next = new ArrayDeque<>();
      for (DocumentType type : DocumentType.values()) {
        next.push(ModelType.of(type));
      }
      while (!next.isEmpty()) {
        ModelType type = next.pop();
        if (BY_NAME.putIfAbsent(type.modelClass().getSimpleName(), type) == null) {
          type.properties().stream()
              .filter(property -> property.kind() == ValueKind.OBJECT)
              .forEach(property -> next.push(ModelType.of(property.valueClass())));
        }
      }
    }
  }

  private static String typeInWords(JsonNode rule) {
    return switch (rule.asString()) {
      case "string" -> "text";
      case "integer" -> "a whole number";
      case "boolean" -> "true or false";
      case "object" -> "an object";
      case "array" -> "an array";
      default -> "of type " + rule.asString();
    };
  }

  private static String list(JsonNode values) {
    return values.valueStream().map(JsonNode::asString).collect(Collectors.joining(", "));
  }

  private static ValidationIssue property(IssueCode code, Pointer at, String property, String rule) {
    return error(code, at.property(property), rule);
  }

  private static ValidationIssue error(IssueCode code, Pointer pointer, String rule) {
    return ValidationIssue.of(code, pointer, IssueMessages.subject(pointer) + " " + rule);
  }
}
