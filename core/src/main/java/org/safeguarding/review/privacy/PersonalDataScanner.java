package org.safeguarding.review.privacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.safeguarding.review.Classification;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.Text;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Scans every free-text value of a document for likely personal data: NHS numbers, National
 * Insurance numbers, postcodes, telephone numbers, email addresses and exact dates of birth (see
 * {@link PersonalDataKind}).
 *
 * <p>Free text is every property the model's metadata marks as {@linkplain ValueKind#TEXT text},
 * and every text inside properties a lenient read kept without knowing them. Identifiers, links,
 * codes, dates and enumeration values are not free text and are not scanned. A hit is an error in a
 * document {@linkplain Classification#FOR_PUBLICATION meant for publication} and a warning in a
 * {@linkplain Classification#SENSITIVE sensitive} one, at the JSON Pointer of the value. The issue
 * names the kind of data found and never repeats it. Instances are immutable and thread-safe.
 */
public final class PersonalDataScanner implements DocumentCheck {

  private static final PersonalDataScanner STANDARD = new PersonalDataScanner();

  private PersonalDataScanner() {}

  /** {@return the scanner} */
  public static PersonalDataScanner standard() {
    return STANDARD;
  }

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    ReviewDocument document = parts.document().value();
    Severity severity = document.classification() == Classification.FOR_PUBLICATION ? Severity.ERROR : Severity.WARNING;
    List<ValidationIssue> issues = new ArrayList<>();
    for (DocumentParts.TextValue text : parts.texts()) {
      PersonalDataKind.Text measured = PersonalDataKind.Text.of(text.value());
      for (PersonalDataKind kind : PersonalDataKind.values()) {
        if (kind.foundIn(measured)) {
          issues.add(issue(kind, text.pointer(), severity));
        }
      }
    }
    for (DocumentParts.UnknownValue unknown : parts.unknownProperties()) {
      unknownTexts(unknown.value(), unknown.pointer(), severity, issues);
    }
    return issues;
  }

  /** {@return the code of each kind of personal data} */
  @Override
  public List<IssueCode> codes() {
    return Arrays.stream(PersonalDataKind.values()).map(PersonalDataKind::getCode).toList();
  }

  /** Every text inside a JSON value the model does not know, walked without recursion. */
  private static void unknownTexts(JsonNode root, Pointer pointer, Severity severity, List<ValidationIssue> issues) {
    record Found(JsonNode node, Pointer pointer) {}
    Deque<Found> places = new ArrayDeque<>();
    places.push(new Found(root, pointer));
    while (!places.isEmpty()) {
      Found place = places.pop();
      JsonNode node = place.node();
      if (node.isString()) {
        text(node.stringValue(), place.pointer(), severity, issues);
      } else if (node.isObject()) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          places.push(new Found(property.getValue(), place.pointer().property(property.getKey())));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          places.push(new Found(node.get(i), place.pointer().index(i)));
        }
      }
    }
  }

  private static void text(String text, Pointer pointer, Severity severity, List<ValidationIssue> issues) {
    PersonalDataKind.Text measured = PersonalDataKind.Text.of(text);
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      if (kind.foundIn(measured)) {
        issues.add(issue(kind, pointer, severity));
      }
    }
  }

  private static ValidationIssue issue(PersonalDataKind kind, Pointer pointer, Severity severity) {
    String message =
        IssueMessages.subject(pointer)
            + " may hold "
            + kind.getDescription()
            + (severity == Severity.ERROR
                ? "; a document meant for publication must not identify anyone"
                : "; check that the sensitive document needs it");
    return ValidationIssue.of(severity, kind.getCode(), pointer, message);
  }
}
