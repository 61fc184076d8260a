package org.safeguarding.review.schema;

import com.networknt.schema.Error;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Theme;
import org.safeguarding.review.validation.Codes;
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
      return error(Codes.VALUE_TYPE, at, subject(at) + " must be text");
    }
    if (location.contains("#/$defs/Theme/")) {
      return error(Codes.VALUE_FORMAT, at, subject(at) + " " + Theme.MESSAGE);
    }
    if (location.contains("#/$defs/PartialDate/")) {
      return error(Codes.VALUE_DATE, at, subject(at) + " " + PartialDate.MESSAGE);
    }
    return switch (error.getKeyword()) {
      case "required" -> error(Codes.PROPERTY_REQUIRED, child(at, error.getProperty()), field(error.getProperty()) + " is required");
      case "additionalProperties" ->
          error(Codes.PROPERTY_UNKNOWN, child(at, error.getProperty()), "the property is not part of the model");
      case "type" -> error(Codes.VALUE_TYPE, at, subject(at) + " must be " + typeInWords(rule));
      case "enum" -> error(Codes.VALUE_ENUM, at, subject(at) + " must be one of " + list(rule));
      case "const" -> documentType(at, rule);
      case "format" -> error(Codes.VALUE_DATE, at, subject(at) + " must be a date as YYYY-MM-DD that exists");
      case "pattern" -> pattern(at, rule.asString());
      case "maxLength" -> error(Codes.VALUE_TOO_LONG, at, subject(at) + " must be at most " + rule.asInt() + " characters long");
      case "minimum" -> error(Codes.VALUE_OUT_OF_RANGE, at, subject(at) + " must be at least " + rule.asString());
      case "maximum" -> error(Codes.VALUE_OUT_OF_RANGE, at, subject(at) + " must be at most " + rule.asString());
      case "minItems" -> error(Codes.ARRAY_TOO_SHORT, at, subject(at) + " must have at least " + items(rule.asInt()));
      case "maxItems" -> error(Codes.ARRAY_TOO_LONG, at, subject(at) + " must have at most " + items(rule.asInt()));
      default -> error(Codes.CONSTRAINT, at, subject(at) + " breaks the schema's \"" + error.getKeyword() + "\" rule");
    };
  }

  private static ValidationIssue documentType(String at, JsonNode rule) {
    return error(Codes.DOCUMENT_TYPE_MISMATCH, at, "\"documentType\" must be " + rule.asString() + " here");
  }

  private static ValidationIssue pattern(String at, String pattern) {
    if (pattern.equals(Constraints.NOT_BLANK_PATTERN)) {
      return error(Codes.VALUE_BLANK, at, subject(at) + " must not be blank");
    }
    String rule =
        pattern.equals(Constraints.ID_PATTERN) ? Constraints.ID_MESSAGE
            : pattern.equals(Constraints.LINK_PATTERN) ? Constraints.LINK_MESSAGE
            : pattern.equals(Constraints.SCHEMA_VERSION_PATTERN) ? Constraints.SCHEMA_VERSION_MESSAGE
            : "does not have the required form";
    return error(Codes.VALUE_PATTERN, at, subject(at) + " " + rule);
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
    return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asString).collect(Collectors.joining(", "));
  }

  private static String items(int count) {
    return count == 1 ? "1 item" : count + " items";
  }

  /** The field a pointer names: its last property, or the items of the list it indexes. */
  private static String subject(String pointer) {
    String[] segments = pointer.split("/");
    if (segments.length == 0) {
      return "the document";
    }
    String last = segments[segments.length - 1];
    if (last.chars().allMatch(Character::isDigit) && segments.length > 1) {
      return "each item of " + field(unescape(segments[segments.length - 2]));
    }
    return field(unescape(last));
  }

  private static String field(String name) {
    return "\"" + name + "\"";
  }

  private static String child(String pointer, String property) {
    return pointer + "/" + property.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  private static ValidationIssue error(String code, String pointer, String message) {
    return ValidationIssue.error(code, pointer, message);
  }
}
