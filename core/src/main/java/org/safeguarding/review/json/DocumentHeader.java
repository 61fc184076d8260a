package org.safeguarding.review.json;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.validation.Codes;
import org.safeguarding.review.validation.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Checks a document's {@code documentType} and {@code schemaVersion}, which decide how the rest is
 * read: the type must be known, and the version must have the major version this library reads.
 */
final class DocumentHeader {

  private static final Pattern VERSION = Pattern.compile(Constraints.SCHEMA_VERSION_PATTERN);
  private static final String[] CURRENT = ReviewDocument.CURRENT_SCHEMA_VERSION.split("\\.");

  private DocumentHeader() {}

  /** The document's declared type, or empty when it has none it can be read as; problems are added to {@code issues}. */
  static Optional<DocumentType> check(JsonNode document, List<ValidationIssue> issues) {
    version(document.get("schemaVersion"), issues);
    JsonNode typeNode = document.get("documentType");
    if (typeNode == null) {
      issues.add(
          ValidationIssue.error(
              Codes.DOCUMENT_TYPE_MISSING,
              "/documentType",
              "\"documentType\" is required and must be one of " + typeNames()));
      return Optional.empty();
    }
    Optional<DocumentType> type =
        typeNode.isString() ? DocumentType.fromJsonName(typeNode.stringValue()) : Optional.empty();
    if (type.isEmpty()) {
      issues.add(
          ValidationIssue.error(
              Codes.DOCUMENT_TYPE_UNKNOWN,
              "/documentType",
              "\"documentType\" must be one of " + typeNames()));
      return Optional.empty();
    }
    return type;
  }

  /** A version from another major version is an error; a newer minor version, a warning. */
  private static void version(JsonNode node, List<ValidationIssue> issues) {
    if (node == null || !node.isString()) {
      return;
    }
    Matcher matcher = VERSION.matcher(node.stringValue());
    if (!matcher.matches()) {
      return;
    }
    if (!matcher.group(1).equals(CURRENT[0])) {
      issues.add(
          ValidationIssue.error(
              Codes.DOCUMENT_VERSION_UNSUPPORTED,
              "/schemaVersion",
              "\"schemaVersion\" must have major version "
                  + CURRENT[0]
                  + "; this library reads schema "
                  + ReviewDocument.CURRENT_SCHEMA_VERSION
                  + " and earlier minor versions"));
    } else if (Integer.parseInt(matcher.group(2)) > Integer.parseInt(CURRENT[1])) {
      issues.add(
          ValidationIssue.warning(
              Codes.DOCUMENT_VERSION_UNSUPPORTED,
              "/schemaVersion",
              "\"schemaVersion\" is newer than "
                  + ReviewDocument.CURRENT_SCHEMA_VERSION
                  + ", the version this library reads; properties it adds are reported as unknown"));
    }
  }

  /** The issue for a document of another type than the one asked for. */
  static ValidationIssue mismatch(Class<? extends ReviewDocument> requested) {
    return ValidationIssue.error(
        Codes.DOCUMENT_TYPE_MISMATCH,
        "/documentType",
        "\"documentType\" must be "
            + DocumentType.of(requested).map(DocumentType::getJsonName).orElse(typeNames())
            + " here");
  }

  private static String typeNames() {
    return Arrays.stream(DocumentType.values())
        .map(DocumentType::getJsonName)
        .collect(Collectors.joining(", "));
  }
}
