package org.safeguarding.review;

/** The kind of place where an incident happened. */
public enum Setting implements DefinedValue {
  /** The child's own home. */
  HOME(
      "Home",
      "The child's own home."),
  /** Another private home: a relative's, friend's or carer's. */
  OTHER_HOME(
      "Another home",
      "Another private home: a relative's, friend's or carer's."),
  /** Temporary accommodation, a hostel or a refuge. */
  TEMPORARY_ACCOMMODATION(
      "Temporary accommodation",
      "Temporary accommodation, a hostel or a refuge."),
  /** School or college premises. */
  SCHOOL(
      "School",
      "School or college premises."),
  /** A nursery, childminder or other early years setting. */
  EARLY_YEARS_SETTING(
      "Early years setting",
      "A nursery, childminder or other early years setting."),
  /** A hospital, clinic or surgery. */
  HEALTH_SETTING(
      "Health setting",
      "A hospital, clinic or surgery."),
  /** A children's home or other residential setting. */
  RESIDENTIAL_CARE(
      "Residential care",
      "A children's home or other residential setting."),
  /** Police custody, a secure setting or custody. */
  CUSTODY(
      "Custody",
      "Police custody, a secure setting or custody."),
  /** A street, park, shop, public transport or other public place. */
  PUBLIC_PLACE(
      "Public place",
      "A street, park, shop, public transport or other public place."),
  /** Online. */
  ONLINE(
      "Online",
      "Online."),
  /** Another kind of place; description says which. */
  OTHER(
      "Other",
      "Another kind of place; description says which.");

  private final String label;
  private final String definition;

  Setting(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return definition;
  }
}
