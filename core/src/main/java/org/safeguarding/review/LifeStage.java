package org.safeguarding.review;

/** A stage of life a document names instead of, or beside, an age. */
public enum LifeStage implements DefinedValue {
  /** Before birth ("the unborn baby", "pre-birth"). */
  UNBORN(
      "Unborn",
      "Before birth (\"the unborn baby\", \"pre-birth\")."),
  /** A baby not yet rolling, crawling or pulling to stand ("pre-mobile"). */
  PRE_MOBILE_INFANT(
      "Pre-mobile baby",
      "A baby not yet rolling, crawling or pulling to stand (\"pre-mobile\")."),
  /** A baby or infant ("baby", "infant", usually under 2). */
  INFANT(
      "Infant",
      "A baby or infant (\"baby\", \"infant\", usually under 2)."),
  /** A young or pre-school child ("young child", "toddler", usually under 5). */
  YOUNG_CHILD(
      "Young child",
      "A young or pre-school child (\"young child\", \"toddler\", usually under 5)."),
  /** Of primary school age (about 4 to 11). */
  PRIMARY_SCHOOL_AGE(
      "Primary school age",
      "Of primary school age (about 4 to 11)."),
  /** Of secondary school age (about 11 to 16). */
  SECONDARY_SCHOOL_AGE(
      "Secondary school age",
      "Of secondary school age (about 11 to 16)."),
  /** An adolescent, teenager or "young person" under 18, when no school stage is given. */
  ADOLESCENT(
      "Adolescent",
      "An adolescent, teenager or \"young person\" under 18, when no school stage is given."),
  /** A young adult, 18 to about 25, such as a young parent or care leaver. */
  YOUNG_ADULT(
      "Young adult",
      "A young adult, 18 to about 25, such as a young parent or care leaver."),
  /** An adult. */
  ADULT(
      "Adult",
      "An adult.");

  private final String label;
  private final String definition;

  LifeStage(String label, String definition) {
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
