package org.safeguarding.review.privacy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.safeguarding.review.Classification;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.Cardinality;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Scans a document for likely personal data: NHS numbers, National Insurance numbers, postcodes,
 * telephone numbers, email addresses and exact dates of birth (see {@link PersonalDataKind}).
 *
 * <p>Scanned are every property the model's metadata marks as {@linkplain ValueKind#TEXT text};
 * every {@linkplain ValueKind#CODE code} (the document's id and every other id, links, references)
 * and every {@linkplain ValueKind#THEME theme} (local theme codes such as {@code local:SW1A_1AA}),
 * where a link is read with its escapes decoded ({@code %40} as {@code @}) and underscores,
 * slashes and the other marks that join the parts of a link or a code are read as spaces (a
 * postcode in a link or a theme code needs a separator between its halves, and ids and references,
 * which run letters, digits and separators together at random, are not searched for postcodes);
 * and,
 * in properties a lenient read kept without knowing them, every text and every property name.
 * Every value is read as a reader sees it, not as it is held (see {@link
 * PersonalDataKind#found(String)}), so that invisible or look-alike characters hide nothing.
 * Enumeration values, dates and numbers are not scanned. A hit is an error in a document
 * {@linkplain Classification#FOR_PUBLICATION meant for publication} and a warning in a
 * {@linkplain Classification#SENSITIVE sensitive} one, at the JSON Pointer of the value (a property
 * name found to hold personal data is withheld from the pointer, see {@link Pointer}). The issue
 * names the kind of data found and never repeats it. Instances are immutable and thread-safe.
 */
public final class PersonalDataScanner implements DocumentCheck {

  private static final PersonalDataScanner STANDARD = new PersonalDataScanner();
  /** The marks that join the parts of a link or a code. */
  private static final Pattern JOINERS = Pattern.compile("[_/?&=#:]");

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
      scan(text.value(), text::pointer, severity, issues);
    }
    for (Located<Extensible> part : parts.parts()) {
      codes(part, severity, issues);
    }
    for (DocumentParts.UnknownValue unknown : parts.unknownProperties()) {
      scan(unknown.name(), unknown::pointer, severity, issues);
      unknownTexts(unknown.value(), unknown.pointer(), severity, issues);
    }
    return issues;
  }

  /** {@return the code of each kind of personal data} */
  @Override
  public List<IssueCode> codes() {
    return Arrays.stream(PersonalDataKind.values()).map(PersonalDataKind::getCode).toList();
  }

  /** The codes, links and themes of one part, each read as words. */
  private static void codes(Located<Extensible> part, Severity severity, List<ValidationIssue> issues) {
    for (ModelProperty property : ModelType.of(part.value().getClass()).properties()) {
      if (property.kind() == ValueKind.CODE || property.kind() == ValueKind.THEME) {
        List<?> values = property.values(part.value());
        for (int i = 0; i < values.size(); i++) {
          int index = i;
          Supplier<Pointer> pointer =
              () -> property.cardinality() == Cardinality.LIST
                  ? part.pointer().property(property.name()).index(index)
                  : part.pointer().property(property.name());
          String value = values.get(i).toString();
          Set<PersonalDataKind> found = PersonalDataKind.foundInCode(asWords(value));
          if (property.kind() == ValueKind.CODE && !value.startsWith("http://") && !value.startsWith("https://")) {
            found.remove(PersonalDataKind.POSTCODE);
          }
          for (PersonalDataKind kind : found) {
            issues.add(issue(kind, pointer.get(), severity));
          }
        }
      }
    }
  }

  /**
   * A link or code as words: escapes decoded, and the marks that join its parts ({@code _ / ? & =
   * # :}) as spaces, so that {@code ?nhs=9434765919} and {@code local:AB123456C} are read as a
   * reader reads them.
   */
  static String asWords(String code) {
    String decoded = code;
    if (code.indexOf('%') >= 0 || code.indexOf('+') >= 0) {
      try {
        decoded = URLDecoder.decode(code, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notEscapes) {
        decoded = code;
      }
    }
    return JOINERS.matcher(decoded).replaceAll(" ");
  }

  /** Every text and property name inside a JSON value the model does not know, walked without recursion. */
  private static void unknownTexts(JsonNode root, Pointer pointer, Severity severity, List<ValidationIssue> issues) {
    record Found(JsonNode node, Pointer pointer) {}
    Deque<Found> places = new ArrayDeque<>();
    places.push(new Found(root, pointer));
    while (!places.isEmpty()) {
      Found place = places.pop();
      JsonNode node = place.node();
      if (node.isString()) {
        scan(node.stringValue(), place::pointer, severity, issues);
      } else if (node.isObject()) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          Pointer at = place.pointer().property(property.getKey());
          scan(property.getKey(), () -> at, severity, issues);
          places.push(new Found(property.getValue(), at));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          places.push(new Found(node.get(i), place.pointer().index(i)));
        }
      }
    }
  }

  private static void scan(String text, Supplier<Pointer> pointer, Severity severity, List<ValidationIssue> issues) {
    for (PersonalDataKind kind : PersonalDataKind.found(text)) {
      issues.add(issue(kind, pointer.get(), severity));
    }
  }

  private static ValidationIssue issue(PersonalDataKind kind, Pointer pointer, Severity severity) {
    String message =
        IssueMessages.subject(pointer)
            + " may hold "
            + kind.getDescription()
            + (severity == Severity.ERROR
                ? "; a document meant for publication must not identify anyone"
                : "; check that the sensitive document needs it")
            + kind.getNotFlagged().map(words -> " (" + words + ")").orElse("");
    return ValidationIssue.of(severity, kind.getCode(), pointer, message);
  }
}
