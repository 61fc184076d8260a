package org.safeguarding.review.report;

import static org.safeguarding.review.report.IssueCategory.CONSTRAINT;
import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.IssueCategory.HEADER;
import static org.safeguarding.review.report.IssueCategory.LIMIT;
import static org.safeguarding.review.report.IssueCategory.PRIVACY;
import static org.safeguarding.review.report.IssueCategory.READING;
import static org.safeguarding.review.report.IssueCategory.STATUTORY_GAP;
import static org.safeguarding.review.report.IssueCategory.STRUCTURE;
import static org.safeguarding.review.report.IssueCategory.TIMESCALE;
import static org.safeguarding.review.report.Severity.ERROR;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stable code of a kind of problem, with its {@linkplain #category() category} and {@linkplain
 * #defaultSeverity() default severity}. A code names the kind of problem; an issue's pointer names
 * the place. The library's codes are the constants of this class, and their {@linkplain #text()
 * text} (such as {@code value.blank}) does not change within a major version: it is what reports
 * and the command line write. Compare codes with {@code equals}, never by their text.
 *
 * <p>An application's own {@code DocumentCheck} gets codes of its own from {@link
 * #custom(String, Severity)}. Instances are immutable and thread-safe.
 */
public final class IssueCode {

  private static final Pattern FORM = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");
  private static final Map<String, IssueCode> LIBRARY = new LinkedHashMap<>();

  // Reading JSON

  /** The input is not well-formed JSON; the issue carries the line and column. */
  public static final IssueCode JSON_MALFORMED = library("json.malformed", READING, ERROR);

  /** An object has the same property twice. */
  public static final IssueCode JSON_DUPLICATE_PROPERTY = library("json.duplicateProperty", READING, ERROR);

  /** There is more content after the document. */
  public static final IssueCode JSON_TRAILING_CONTENT = library("json.trailingContent", READING, ERROR);

  /** The input is empty or only whitespace. */
  public static final IssueCode JSON_EMPTY = library("json.empty", READING, ERROR);

  /** The input breaks a reading limit, such as nesting depth or the length of a text. */
  public static final IssueCode JSON_LIMIT_EXCEEDED = library("json.limitExceeded", LIMIT, ERROR);

  /** The top level of the input is well-formed JSON but not an object. */
  public static final IssueCode JSON_NOT_AN_OBJECT = library("json.notAnObject", STRUCTURE, ERROR);

  // The document's header

  /** The document has no {@code documentType}. */
  public static final IssueCode DOCUMENT_TYPE_MISSING = library("document.typeMissing", HEADER, ERROR);

  /** The {@code documentType} is not one this library knows. */
  public static final IssueCode DOCUMENT_TYPE_UNKNOWN = library("document.typeUnknown", HEADER, ERROR);

  /** The {@code documentType} is not the type the caller asked for. */
  public static final IssueCode DOCUMENT_TYPE_MISMATCH = library("document.typeMismatch", HEADER, ERROR);

  /**
   * The {@code schemaVersion} has another major version (an error) or a newer minor version (a
   * warning) than this library reads.
   */
  public static final IssueCode DOCUMENT_VERSION_UNSUPPORTED = library("document.versionUnsupported", HEADER, ERROR);

  // Structure

  /** A property the model does not define; an error when strict, a warning when lenient. */
  public static final IssueCode PROPERTY_UNKNOWN = library("property.unknown", STRUCTURE, ERROR);

  /** An unknown property kept in a part has the name of one of the part's own properties. */
  public static final IssueCode PROPERTY_NAME_TAKEN = library("property.nameTaken", STRUCTURE, ERROR);

  /** A required property is missing. */
  public static final IssueCode PROPERTY_REQUIRED = library("property.required", STRUCTURE, ERROR);

  /** A value has the wrong JSON type, such as a number where text is expected, or is null. */
  public static final IssueCode VALUE_TYPE = library("value.type", STRUCTURE, ERROR);

  /** A value is not one of the allowed enumeration values. */
  public static final IssueCode VALUE_ENUM = library("value.enum", STRUCTURE, ERROR);

  /** A date does not have the required form or does not exist, such as 2023-02-30. */
  public static final IssueCode VALUE_DATE = library("value.date", STRUCTURE, ERROR);

  /** A value does not have the required form, such as a theme code. */
  public static final IssueCode VALUE_FORMAT = library("value.format", STRUCTURE, ERROR);

  // Constraints

  /** A text is empty or only whitespace. */
  public static final IssueCode VALUE_BLANK = library("value.blank", CONSTRAINT, ERROR);

  /** A text is longer than allowed. */
  public static final IssueCode VALUE_TOO_LONG = library("value.tooLong", CONSTRAINT, ERROR);

  /** A text does not match the required pattern, such as an id. */
  public static final IssueCode VALUE_PATTERN = library("value.pattern", CONSTRAINT, ERROR);

  /** A number is outside the allowed range. */
  public static final IssueCode VALUE_OUT_OF_RANGE = library("value.outOfRange", CONSTRAINT, ERROR);

  /** A list has fewer items than required. */
  public static final IssueCode ARRAY_TOO_SHORT = library("array.tooShort", CONSTRAINT, ERROR);

  /** A list has more items than allowed. */
  public static final IssueCode ARRAY_TOO_LONG = library("array.tooLong", CONSTRAINT, ERROR);

  /** A block holds none of its parts, or an item of a list holds no part and no nested list. */
  public static final IssueCode CONTENT_MISSING = library("content.missing", CONSTRAINT, ERROR);

  /** A block or a list item holds more than one part. */
  public static final IssueCode CONTENT_SEVERAL = library("content.several", CONSTRAINT, ERROR);

  /** A list item has a label but neither text nor an omission. */
  public static final IssueCode ITEM_LABEL = library("item.label", CONSTRAINT, ERROR);

  /** Some but not all items of a list have a published number. */
  public static final IssueCode LIST_NUMBERING = library("list.numbering", CONSTRAINT, ERROR);

  /** An age has neither value nor stage, a unit without a value or a value without a unit, or a range or qualifier without a value. */
  public static final IssueCode AGE_FORM = library("age.form", CONSTRAINT, ERROR);

  /** A time span has neither value nor words, or breaks the counted form as an age can. */
  public static final IssueCode TIME_SPAN_FORM = library("timeSpan.form", CONSTRAINT, ERROR);

  /** A "when" is empty, or has a date together with a start or an end. */
  public static final IssueCode WHEN_FORM = library("when.form", CONSTRAINT, ERROR);

  /** An organisation has neither a name nor an area. */
  public static final IssueCode ORGANISATION_UNNAMED = library("organisation.unnamed", CONSTRAINT, ERROR);

  /** A resource has neither a title nor a description. */
  public static final IssueCode RESOURCE_FORM = library("resource.form", CONSTRAINT, ERROR);

  /** A constraint without a more specific code, such as one an application's own validator adds. */
  public static final IssueCode CONSTRAINT_BROKEN = library("constraint", CONSTRAINT, ERROR);

  // Domain rules

  /** Dates that must be in order are not. */
  public static final IssueCode DATES_OUT_OF_ORDER = library("dates.outOfOrder", DOMAIN_RULE, ERROR);

  /** Two placements of one household overlap in time. */
  public static final IssueCode PLACEMENTS_OVERLAP = library("placement.overlap", DOMAIN_RULE, ERROR);

  /** Two parts of the document have the same id. */
  public static final IssueCode ID_DUPLICATE = library("id.duplicate", DOMAIN_RULE, ERROR);

  /** A subject's pseudonym is already another subject's pseudonym, a group's label or a family member's label. */
  public static final IssueCode PSEUDONYM_DUPLICATE = library("subject.duplicatePseudonym", DOMAIN_RULE, ERROR);

  /** A family member's label is already a pseudonym, a group's label or another family member's label. */
  public static final IssueCode LABEL_DUPLICATE = library("familyMember.duplicateLabel", DOMAIN_RULE, ERROR);

  /** A group's label is already a pseudonym, a family member's label or another group's label. */
  public static final IssueCode GROUP_LABEL_DUPLICATE = library("group.duplicateLabel", DOMAIN_RULE, ERROR);

  /** The end of a range of ages or of a time span is below its start. */
  public static final IssueCode RANGE_REVERSED = library("range.reversed", DOMAIN_RULE, ERROR);

  /** A table row has more or fewer cells than the table has columns. */
  public static final IssueCode TABLE_CELL_COUNT = library("table.cellCount", DOMAIN_RULE, ERROR);

  /** A recommendation or an action refers to a finding id the document does not have. */
  public static final IssueCode UNKNOWN_FINDING = library("reference.unknownFinding", DOMAIN_RULE, ERROR);

  /** A reference to a child names no subject's pseudonym and no group's label in the document. */
  public static final IssueCode UNKNOWN_SUBJECT = library("reference.unknownSubject", DOMAIN_RULE, ERROR);

  /** A reference to a person names no subject, group or family member of the document. */
  public static final IssueCode UNKNOWN_PERSON = library("reference.unknownPerson", DOMAIN_RULE, ERROR);

  /** A reference to a source review names no source id of the document. */
  public static final IssueCode UNKNOWN_SOURCE = library("reference.unknownSource", DOMAIN_RULE, ERROR);

  /** A child protection category is given for a child without a child protection plan. */
  public static final IssueCode CATEGORY_WITHOUT_PLAN = library("subject.categoryWithoutPlan", DOMAIN_RULE, WARNING);

  /** The criteria for a practice review are met, yet no review follows. */
  public static final IssueCode CRITERIA_MET_WITHOUT_REVIEW =
      library("decision.criteriaMetWithoutReview", DOMAIN_RULE, WARNING);

  /** A statutory partner has not signed off a submitted rapid review. */
  public static final IssueCode SIGN_OFF_MISSING = library("signOff.partnerMissing", DOMAIN_RULE, WARNING);

  /** A notification covers more than four children. */
  public static final IssueCode TOO_MANY_CHILDREN = library("incident.tooManyChildren", DOMAIN_RULE, WARNING);

  // Statutory gaps of a rapid review

  /** A rapid review does not say when the local authority became aware of the incident. */
  public static final IssueCode BECAME_AWARE_MISSING = library("rapidReview.becameAwareMissing", STATUTORY_GAP, WARNING);

  /** A rapid review's notification date is not known to the day. */
  public static final IssueCode DATE_PARTIAL = library("rapidReview.datePartial", STATUTORY_GAP, WARNING);

  /** A rapid review does not say whether the child died or was seriously harmed. */
  public static final IssueCode INCIDENT_OUTCOME_MISSING = library("rapidReview.incidentOutcomeMissing", STATUTORY_GAP, WARNING);

  /** A rapid review does not say whether abuse or neglect is known or suspected. */
  public static final IssueCode ABUSE_OR_NEGLECT_MISSING = library("rapidReview.abuseOrNeglectMissing", STATUTORY_GAP, WARNING);

  /** A rapid review gives no kind of harm. */
  public static final IssueCode HARM_TYPE_MISSING = library("rapidReview.harmTypeMissing", STATUTORY_GAP, WARNING);

  /** A rapid review does not say in which local authority area the incident happened. */
  public static final IssueCode INCIDENT_AREA_MISSING = library("rapidReview.incidentAreaMissing", STATUTORY_GAP, WARNING);

  /** A child of a rapid review has no age. */
  public static final IssueCode CHILD_AGE_MISSING = library("rapidReview.childAgeMissing", STATUTORY_GAP, WARNING);

  /** A child of a rapid review has no area of residence. */
  public static final IssueCode CHILD_AREA_MISSING = library("rapidReview.childAreaMissing", STATUTORY_GAP, WARNING);

  /** A child of a rapid review has no status at the time of the incident. */
  public static final IssueCode CHILD_STATUS_MISSING = library("rapidReview.childStatusMissing", STATUTORY_GAP, WARNING);

  /** A rapid review has no agency's summary of its involvement. */
  public static final IssueCode AGENCY_INVOLVEMENT_MISSING =
      library("rapidReview.agencyInvolvementMissing", STATUTORY_GAP, WARNING);

  /** A rapid review has no decision on a further review. */
  public static final IssueCode DECISION_MISSING = library("rapidReview.decisionMissing", STATUTORY_GAP, WARNING);

  // Timescales

  /** The Panel was notified of a serious incident later than 5 working days after becoming aware. */
  public static final IssueCode NOTIFICATION_LATE = library("timescale.notificationLate", TIMESCALE, WARNING);

  /** A rapid review was sent later than 15 working days after its starting date. */
  public static final IssueCode RAPID_REVIEW_LATE = library("timescale.rapidReviewLate", TIMESCALE, WARNING);

  /** A local child safeguarding practice review was published later than 6 months after the decision. */
  public static final IssueCode PUBLICATION_LATE = library("timescale.publicationLate", TIMESCALE, WARNING);

  /** The final report went to the Panel later than 7 working days before publication. */
  public static final IssueCode FINAL_REPORT_LATE = library("timescale.finalReportLate", TIMESCALE, WARNING);

  /** The host authority was notified of an out-of-district placement later than 14 days after it began. */
  public static final IssueCode OUT_OF_DISTRICT_NOTICE_LATE =
      library("timescale.outOfDistrictNoticeLate", TIMESCALE, WARNING);

  /** A family with children was in bed and breakfast for more than 6 weeks. */
  public static final IssueCode BED_AND_BREAKFAST_TOO_LONG =
      library("timescale.bedAndBreakfastTooLong", TIMESCALE, WARNING);

  // Privacy

  /** Free text may hold an NHS number. */
  public static final IssueCode NHS_NUMBER = library("privacy.nhsNumber", PRIVACY, ERROR);

  /** Free text may hold a National Insurance number. */
  public static final IssueCode NATIONAL_INSURANCE_NUMBER = library("privacy.nationalInsuranceNumber", PRIVACY, ERROR);

  /** Free text may hold a postcode. */
  public static final IssueCode POSTCODE = library("privacy.postcode", PRIVACY, ERROR);

  /** Free text may hold a telephone number. */
  public static final IssueCode PHONE_NUMBER = library("privacy.phoneNumber", PRIVACY, ERROR);

  /** Free text may hold an email address. */
  public static final IssueCode EMAIL_ADDRESS = library("privacy.emailAddress", PRIVACY, ERROR);

  /** Free text may hold an exact date of birth. */
  public static final IssueCode DATE_OF_BIRTH = library("privacy.dateOfBirth", PRIVACY, ERROR);

  private final String text;
  private final IssueCategory category;
  private final Severity defaultSeverity;

  private IssueCode(String text, IssueCategory category, Severity defaultSeverity) {
    this.text = text;
    this.category = category;
    this.defaultSeverity = defaultSeverity;
  }

  private static IssueCode library(String text, IssueCategory category, Severity severity) {
    IssueCode code = new IssueCode(text, category, severity);
    LIBRARY.put(text, code);
    return code;
  }

  /**
   * A code of an application's own check, in the {@link IssueCategory#CUSTOM} category.
   *
   * @param text the code's text: dot-separated words of letters and digits, each starting with a
   *     lower-case letter, such as {@code acme.findingWithoutTheme}
   * @param defaultSeverity the severity its issues have unless a check says otherwise
   * @return the code, equal to any other custom code with the same text
   * @throws IllegalArgumentException if the text is not of that form or is one of the library's codes
   */
  public static IssueCode custom(String text, Severity defaultSeverity) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    if (!FORM.matcher(text).matches()) {
      throw new IllegalArgumentException("A code is dot-separated words, such as acme.findingWithoutTheme");
    }
    if (LIBRARY.containsKey(text)) {
      throw new IllegalArgumentException("The code " + text + " is one of the library's own");
    }
    return new IssueCode(text, IssueCategory.CUSTOM, defaultSeverity);
  }

  /**
   * {@return the library's code with this text, if there is one}
   *
   * @param text a code's text, such as {@code value.blank}
   */
  public static Optional<IssueCode> fromText(String text) {
    return Optional.ofNullable(LIBRARY.get(text));
  }

  /** {@return every code of the library, in the order of this class} */
  public static List<IssueCode> libraryCodes() {
    return Collections.unmodifiableList(new ArrayList<>(LIBRARY.values()));
  }

  /** {@return the code's stable text, such as {@code value.blank}, as reports write it} */
  public String text() {
    return text;
  }

  /** {@return the stage of checking the code belongs to} */
  public IssueCategory category() {
    return category;
  }

  /** {@return the severity of the code's issues unless a check decides otherwise} */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Codes are equal when their text is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof IssueCode code && text.equals(code.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The code's text. */
  @Override
  public String toString() {
    return text;
  }
}
