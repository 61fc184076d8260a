package org.safeguarding.review;

/**
 * A contact every family is offered by universal health services, as the healthy child programme
 * (England) and Healthy Child Wales set them out: what kind of visit or review an event was, beside
 * its kind (usually VISIT or HEALTH_CONTACT).
 */
public enum UniversalHealthContact implements DefinedValue {
  /** A midwife's booking appointment or another routine antenatal appointment. */
  ANTENATAL_APPOINTMENT("Antenatal appointment"),
  /** The health visitor's antenatal contact, from about 28 weeks of pregnancy. */
  ANTENATAL_HEALTH_VISIT("Antenatal health visitor contact"),
  /** The midwife's visits at home in the days after birth, up to handing over to the health visitor. */
  POSTNATAL_MIDWIFE_VISIT("Postnatal midwife visit"),
  /** The health visitor's new birth visit, at about 10 to 14 days. */
  NEW_BIRTH_VISIT("New birth visit"),
  /** The health visitor's review at 6 to 8 weeks. */
  SIX_TO_EIGHT_WEEK_REVIEW("6-8 week review"),
  /** The baby's physical examination at 6 to 8 weeks, usually by the GP. */
  SIX_TO_EIGHT_WEEK_EXAMINATION("6-8 week physical examination"),
  /** The health visitor's review at about one year. */
  ONE_YEAR_REVIEW("1 year review"),
  /** The health visitor's review at 2 to 2 and a half years. */
  TWO_YEAR_REVIEW("2-2.5 year review"),
  /** A routine childhood immunisation appointment. */
  IMMUNISATION("Immunisation"),
  /** Another universal contact; the event's title says what. */
  OTHER("Other");

  private final String label;

  UniversalHealthContact(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return UniversalHealthContact_.definition(this);
  }
}
