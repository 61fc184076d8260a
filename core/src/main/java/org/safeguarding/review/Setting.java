package org.safeguarding.review;

/** The kind of place where an incident happened. */
public enum Setting implements DefinedValue {
  /** The child's own home. */
  HOME("Home"),
  /** Another private home: a relative's, friend's or carer's. */
  OTHER_HOME("Another home"),
  /** Temporary accommodation, a hostel or a refuge. */
  TEMPORARY_ACCOMMODATION("Temporary accommodation"),
  /** School or college premises. */
  SCHOOL("School"),
  /** A nursery, childminder or other early years setting. */
  EARLY_YEARS_SETTING("Early years setting"),
  /** A hospital, clinic or surgery. */
  HEALTH_SETTING("Health setting"),
  /** A children's home or other residential setting. */
  RESIDENTIAL_CARE("Residential care"),
  /** Police custody, a secure setting or custody. */
  CUSTODY("Custody"),
  /** A street, park, shop, public transport or other public place. */
  PUBLIC_PLACE("Public place"),
  /** Online. */
  ONLINE("Online"),
  /** Another kind of place; description says which. */
  OTHER("Other");

  private final String label;

  Setting(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Setting_.definition(this);
  }
}
