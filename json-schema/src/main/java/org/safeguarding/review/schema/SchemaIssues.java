package org.safeguarding.review.schema;

import com.networknt.schema.Error;
import java.util.stream.Collectors;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Theme;
import org.safeguarding.review.validation.Codes;
import org.safeguarding.review.validation.IssueMessages;
import org.safeguarding.review.validation.JsonPointers;
import org.safeguarding.review.validation.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON Schema validator's errors into issues with the same codes, pointers and messages
 * the model's own checks give for the same problem, and never the validator's messages, which may
 * quote the input.
 */
final class SchemaIssues {

  private SchemaIssues() {}

  static ValidationIssue toIssue(Error error) {
    String at = error.getInstanceLocation().toString();
    JsonNode rule = error.getSchemaNode();
    String location = error.getSchemaLocation().toString();
    // A theme or partial date is text checked by alternatives; any failure in them is one problem.
    boolean alternatives = location.contains("#/$defs/Theme/") || location.contains("#/$defs/PartialDate/");
    if (alternatives && !error.getInstanceNode().isString()) {
      return error(Codes.VALUE_TYPE, at, "must be text");
    }
    if (location.contains("#/$defs/Theme/")) {
      return error(Codes.VALUE_FORMAT, at, Theme.MESSAGE);
    }
    if (location.contains("#/$defs/PartialDate/")) {
      return error(Codes.VALUE_DATE, at, PartialDate.MESSAGE);
    }
    return switch (error.getKeyword()) {
      case "required" -> property(Codes.PROPERTY_REQUIRED, at, error.getProperty(), "is required");
      case "additionalProperties" -> ValidationIssue.error(
          Codes.PROPERTY_UNKNOWN, JsonPointers.property(at, error.getProperty()), "the property is not part of the model");
      case "type" -> error(Codes.VALUE_TYPE, at, "must be " + typeInWords(rule));
      case "enum" -> error(Codes.VALUE_ENUM, at, "must be one of " + list(rule));
      case "const" -> ValidationIssue.error(
          Codes.DOCUMENT_TYPE_MISMATCH, at, "\"documentType\" must be " + rule.asString() + " here");
      case "format" -> error(Codes.VALUE_DATE, at, Constraints.DATE_MESSAGE);
      case "pattern" -> pattern(at, rule.asString(), error.getInstanceNode());
      case "maxLength" -> error(Codes.VALUE_TOO_LONG, at, "must be at most " + rule.asInt() + " characters long");
      case "minimum" -> error(Codes.VALUE_OUT_OF_RANGE, at, "must be at least " + rule.asString());
      case "maximum" -> error(Codes.VALUE_OUT_OF_RANGE, at, "must be at most " + rule.asString());
      case "minItems" -> error(Codes.ARRAY_TOO_SHORT, at, "must have at least " + IssueMessages.items(rule.asInt()));
      case "maxItems" -> error(Codes.ARRAY_TOO_LONG, at, "must have at most " + IssueMessages.items(rule.asInt()));
      default -> error(Codes.CONSTRAINT, at, "breaks the schema's \"" + error.getKeyword() + "\" rule");
    };
  }

  private static ValidationIssue pattern(String at, String pattern, JsonNode value) {
    if (pattern.equals(Constraints.NOT_BLANK_PATTERN)) {
      return error(Codes.VALUE_BLANK, at, Constraints.NOT_BLANK_MESSAGE);
    }
    if (pattern.equals(Constraints.DATE_PATTERN)) {
      return error(Codes.VALUE_DATE, at, Constraints.DATE_MESSAGE);
    }
    if (pattern.equals(Schemas.VERSION_PATTERN) && value.asString().matches(Constraints.SCHEMA_VERSION_PATTERN)) {
      return error(Codes.DOCUMENT_VERSION_UNSUPPORTED, at, "must have the major version this library reads, 1");
    }
    String rule =
        pattern.equals(Constraints.ID_PATTERN) ? Constraints.ID_MESSAGE
            : pattern.equals(Constraints.LINK_PATTERN) ? Constraints.LINK_MESSAGE
            : pattern.equals(Schemas.VERSION_PATTERN) ? Constraints.SCHEMA_VERSION_MESSAGE
            : "does not have the required form";
    return error(Codes.VALUE_PATTERN, at, rule);
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

  private static ValidationIssue property(String code, String at, String property, String rule) {
    String pointer = JsonPointers.property(at, property);
    return ValidationIssue.error(code, pointer, IssueMessages.subject(pointer) + " " + rule);
  }

  private static ValidationIssue error(String code, String pointer, String rule) {
    return ValidationIssue.error(code, pointer, IssueMessages.subject(pointer) + " " + rule);
  }
}
