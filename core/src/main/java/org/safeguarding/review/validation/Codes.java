package org.safeguarding.review.validation;

/**
 * The stable codes of the issues the core library reports. A code names the kind of problem; the
 * pointer names the place. Codes do not change within a major version.
 */
public final class Codes {

  // Reading JSON

  /** The input is not well-formed JSON; the issue carries the line and column. */
  public static final String JSON_MALFORMED = "json.malformed";

  /** An object has the same property twice. */
  public static final String JSON_DUPLICATE_PROPERTY = "json.duplicateProperty";

  /** There is more content after the document. */
  public static final String JSON_TRAILING_CONTENT = "json.trailingContent";

  /** The input is empty or only whitespace. */
  public static final String JSON_EMPTY = "json.empty";

  /** The input breaks a reading limit, such as nesting depth or the length of a text. */
  public static final String JSON_LIMIT_EXCEEDED = "json.limitExceeded";

  /** The top level of the input is not a JSON object. */
  public static final String JSON_NOT_AN_OBJECT = "json.notAnObject";

  // The document's header

  /** The document has no {@code documentType}. */
  public static final String DOCUMENT_TYPE_MISSING = "document.typeMissing";

  /** The {@code documentType} is not one this library knows. */
  public static final String DOCUMENT_TYPE_UNKNOWN = "document.typeUnknown";

  /** The {@code documentType} is not the type the caller asked for. */
  public static final String DOCUMENT_TYPE_MISMATCH = "document.typeMismatch";

  /** The {@code schemaVersion} has a major version or a minor version this library cannot read. */
  public static final String DOCUMENT_VERSION_UNSUPPORTED = "document.versionUnsupported";

  // Structure and values

  /** A property the model does not define; an error when strict, a warning when lenient. */
  public static final String PROPERTY_UNKNOWN = "property.unknown";

  /** An unknown property kept in a part has the name of one of the part's own properties. */
  public static final String PROPERTY_NAME_TAKEN = "property.nameTaken";

  /** A required property is missing or null. */
  public static final String PROPERTY_REQUIRED = "property.required";

  /** A value has the wrong JSON type, such as a number where text is expected. */
  public static final String VALUE_TYPE = "value.type";

  /** A value is not one of the allowed enumeration values. */
  public static final String VALUE_ENUM = "value.enum";

  /** A date does not have the required form or does not exist, such as 2023-02-30. */
  public static final String VALUE_DATE = "value.date";

  /** A value does not have the required form, such as a theme code. */
  public static final String VALUE_FORMAT = "value.format";

  /** A text is empty or only whitespace. */
  public static final String VALUE_BLANK = "value.blank";

  /** A text is longer than allowed. */
  public static final String VALUE_TOO_LONG = "value.tooLong";

  /** A text does not match the required pattern, such as an id. */
  public static final String VALUE_PATTERN = "value.pattern";

  /** A number is outside the allowed range. */
  public static final String VALUE_OUT_OF_RANGE = "value.outOfRange";

  /** A list has fewer items than required. */
  public static final String ARRAY_TOO_SHORT = "array.tooShort";

  /** A list has more items than allowed. */
  public static final String ARRAY_TOO_LONG = "array.tooLong";

  /** A constraint without a more specific code. */
  public static final String CONSTRAINT = "constraint";

  // Domain rules

  /** Dates that must be in order are not. */
  public static final String DATES_OUT_OF_ORDER = "dates.outOfOrder";

  /** Two placements of one household overlap in time. */
  public static final String PLACEMENTS_OVERLAP = "placement.overlap";

  /** Two parts of the document have the same id. */
  public static final String ID_DUPLICATE = "id.duplicate";

  /** Two subjects have the same pseudonym. */
  public static final String PSEUDONYM_DUPLICATE = "subject.duplicatePseudonym";

  /** Two family members have the same label. */
  public static final String LABEL_DUPLICATE = "familyMember.duplicateLabel";

  /** A recommendation refers to a finding id the document does not have. */
  public static final String UNKNOWN_FINDING = "reference.unknownFinding";

  /** A pseudonym refers to a subject the document does not have. */
  public static final String UNKNOWN_SUBJECT = "reference.unknownSubject";

  /** A label refers to a family member or subject the document does not have. */
  public static final String UNKNOWN_PERSON = "reference.unknownPerson";

  /** A child protection category is given for a child without a child protection plan. */
  public static final String CATEGORY_WITHOUT_PLAN = "subject.categoryWithoutPlan";

  /** The criteria for a practice review are met, yet no review follows. */
  public static final String CRITERIA_MET_WITHOUT_REVIEW = "decision.criteriaMetWithoutReview";

  /** A statutory partner has not signed off a submitted rapid review. */
  public static final String SIGN_OFF_MISSING = "signOff.partnerMissing";

  /** A notification covers more than four children. */
  public static final String TOO_MANY_CHILDREN = "incident.tooManyChildren";

  private Codes() {}
}
