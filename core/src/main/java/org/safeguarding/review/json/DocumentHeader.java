package org.safeguarding.review.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Property;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.ReviewDocument_;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Checks a document's {@code documentType} and {@code schemaVersion}, which decide how the rest is
 * read: the type must be known, and the version must be one {@link SchemaVersion#support()} reads.
 */
final class DocumentHeader {

  private static final Property<ReviewDocument, DocumentType> TYPE = ReviewDocument_.DOCUMENT_TYPE;
  private static final Property<ReviewDocument, SchemaVersion> VERSION = ReviewDocument_.SCHEMA_VERSION;
  /** Where a document's schema version is. */
  static final Pointer VERSION_POINTER = pointer(VERSION);

  /** The header's issues with {@code documentType} itself. */
  private static final Set<IssueCode> TYPE_CODES = Set.of(IssueCode.DOCUMENT_TYPE_MISSING, IssueCode.DOCUMENT_TYPE_UNKNOWN);

  private DocumentHeader() {}

  /** The document's declared type, or empty when it has none it can be read as; problems are added to {@code issues}. */
  static Optional<DocumentType> check(JsonNode document, List<ValidationIssue> issues) {
    version(document.get(VERSION.name()), issues);
    JsonNode typeNode = document.get(TYPE.name());
    if (typeNode == null) {
      issues.add(issue(IssueCode.DOCUMENT_TYPE_MISSING, TYPE, " is required and must be one of " + typeNames()));
      return Optional.empty();
    }
    Optional<DocumentType> type =
        typeNode.isString() ? DocumentType.fromJsonName(typeNode.stringValue()) : Optional.empty();
    if (type.isEmpty()) {
      issues.add(issue(IssueCode.DOCUMENT_TYPE_UNKNOWN, TYPE, " must be one of " + typeNames()));
    }
    return type;
  }

  private static void version(JsonNode node, List<ValidationIssue> issues) {
    if (node != null && node.isString() && SchemaVersion.isValid(node.stringValue())) {
      version(SchemaVersion.parse(node.stringValue())).ifPresent(issues::add);
    }
  }

  /** The issue with a document's schema version: one from another major version is an error; a newer minor version, a warning. */
  static Optional<ValidationIssue> version(SchemaVersion version) {
    SchemaVersion current = SchemaVersion.CURRENT;
    return switch (version.support()) {
      case UNSUPPORTED -> Optional.of(issue(IssueCode.DOCUMENT_VERSION_UNSUPPORTED, VERSION,
          " must have major version " + current.getMajor() + "; this library reads schema " + current
              + " and earlier minor versions"));
      case READ_NEWER_MINOR -> Optional.of(
          ValidationIssue.of(Severity.WARNING, IssueCode.DOCUMENT_VERSION_UNSUPPORTED, VERSION_POINTER,
              quoted(VERSION) + " is newer than " + current
                  + ", the version this library reads; properties it adds are reported as unknown"));
      case READ -> Optional.empty();
    };
  }

  /**
   * The header's issues for a document read as {@code requested}, which its {@code documentType}
   * does not declare: the header's other issues, and a missing {@code documentType} as a required
   * property or any other as the wrong type, as the requested type's schema reports them.
   */
  static List<ValidationIssue> asRequested(JsonNode document, DocumentType requested, List<ValidationIssue> header) {
    List<ValidationIssue> issues = new ArrayList<>();
    header.stream().filter(issue -> !TYPE_CODES.contains(issue.code())).forEach(issues::add);
    issues.add(mismatch(requested, document.has(TYPE.name())));
    return issues;
  }

  /** The issue of a document read as {@code requested}, which its {@code documentType}, {@code present} or not, does not declare. */
  static ValidationIssue mismatch(DocumentType requested, boolean present) {
    return present
        ? issue(IssueCode.DOCUMENT_TYPE_MISMATCH, TYPE, " must be " + requested.getJsonName() + " here")
        : issue(IssueCode.PROPERTY_REQUIRED, TYPE, " is required");
  }

  private static ValidationIssue issue(IssueCode code, Property<ReviewDocument, ?> property, String rule) {
    return ValidationIssue.of(code, pointer(property), quoted(property) + rule);
  }

  private static Pointer pointer(Property<ReviewDocument, ?> property) {
    return Pointer.root().property(property.name());
  }

  private static String quoted(Property<ReviewDocument, ?> property) {
    return IssueMessages.quoted(property.name());
  }

  private static String typeNames() {
    return Arrays.stream(DocumentType.values()).map(DocumentType::getJsonName).collect(Collectors.joining(", "));
  }
}
