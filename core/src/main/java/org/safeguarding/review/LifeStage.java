package org.safeguarding.review;

/** A stage of life a document names instead of, or beside, an age. */
public enum LifeStage implements DefinedValue {
  /** Before birth ("the unborn baby", "pre-birth"). */
  UNBORN("Unborn"),
  /** A baby not yet rolling, crawling or pulling to stand ("pre-mobile"). */
  PRE_MOBILE_INFANT("Pre-mobile baby"),
  /** A baby or infant ("baby", "infant", usually under 2). */
  INFANT("Infant"),
  /** A young or pre-school child ("young child", "toddler", usually under 5). */
  YOUNG_CHILD("Young child"),
  /** Of primary school age (about 4 to 11). */
  PRIMARY_SCHOOL_AGE("Primary school age"),
  /** Of secondary school age (about 11 to 16). */
  SECONDARY_SCHOOL_AGE("Secondary school age"),
  /** An adolescent, teenager or "young person" under 18, when no school stage is given. */
  ADOLESCENT("Adolescent"),
  /** A young adult, 18 to about 25, such as a young parent or care leaver. */
  YOUNG_ADULT("Young adult"),
  /** An adult. */
  ADULT("Adult");

  private final String label;

  LifeStage(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return LifeStage_.definition(this);
  }
}
