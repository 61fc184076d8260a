package org.safeguarding.review.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.review.Classification;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.validation.DocumentCheck;
import org.safeguarding.review.validation.IssueMessages;
import org.safeguarding.review.validation.JsonPointers;
import org.safeguarding.review.validation.Severity;
import org.safeguarding.review.validation.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Scans every free-text field of a document for likely personal data: NHS numbers, National
 * Insurance numbers, postcodes, telephone numbers, email addresses and exact dates of birth (see
 * {@link PersonalDataKind}).
 *
 * <p>A hit is an error in a document {@linkplain Classification#FOR_PUBLICATION meant for
 * publication} and a warning in a {@linkplain Classification#SENSITIVE sensitive} one, at the JSON
 * Pointer of the field. The issue names the kind of data found and never repeats it. Identifiers,
 * links and codes are not free text and are not scanned. Instances are immutable and thread-safe.
 */
public final class PersonalDataScanner implements DocumentCheck {

  /** Properties whose values are identifiers, links or codes, not free text. */
  private static final Set<String> NOT_FREE_TEXT = Set.of("documentType", "schemaVersion", "id", "link", "findings");

  private static final PersonalDataScanner STANDARD = new PersonalDataScanner();

  private PersonalDataScanner() {}

  /** The scanner. */
  public static PersonalDataScanner standard() {
    return STANDARD;
  }

  @Override
  public List<ValidationIssue> check(ReviewDocument document) {
    Severity severity = document.classification() == Classification.FOR_PUBLICATION ? Severity.ERROR : Severity.WARNING;
    List<ValidationIssue> issues = new ArrayList<>();
    scan(ReviewJson.strict().toTree(document), "", true, severity, issues);
    return issues;
  }

  private static void scan(JsonNode node, String pointer, boolean freeText, Severity severity, List<ValidationIssue> issues) {
    if (node.isString()) {
      if (freeText) {
        text(node.stringValue(), pointer, severity, issues);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String name = property.getKey();
        scan(property.getValue(), JsonPointers.property(pointer, name), !NOT_FREE_TEXT.contains(name), severity, issues);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        scan(node.get(i), pointer + "/" + i, freeText, severity, issues);
      }
    }
  }

  private static void text(String text, String pointer, Severity severity, List<ValidationIssue> issues) {
    PersonalDataKind.Text measured = PersonalDataKind.Text.of(text);
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      if (kind.foundIn(measured)) {
        String message =
            IssueMessages.subject(pointer)
                + " may hold "
                + kind.getDescription()
                + (severity == Severity.ERROR
                    ? "; a document meant for publication must not identify anyone"
                    : "; check that the sensitive document needs it");
        issues.add(new ValidationIssue(severity, kind.getCode(), pointer, message, Optional.empty()));
      }
    }
  }
}
