package org.safeguarding.review;

/** An injury or sign found on a child, as the document names it; it says what was seen, not how it was caused. */
public enum InjuryKind implements DefinedValue {
  /** Bruises or marks, including a single bruise on a non-mobile baby. */
  BRUISING("Bruising"),
  /** A broken bone, healing or new, including rib and skull fractures. */
  FRACTURE("Fracture"),
  /** An injury to the head or brain, such as a bleed or swelling found on a scan. */
  HEAD_INJURY("Head injury"),
  /** A burn or a scald. */
  BURN_OR_SCALD("Burn or scald"),
  /** A bite mark. */
  BITE("Bite"),
  /** A cut, tear or laceration, including a torn frenulum. */
  CUT_OR_LACERATION("Cut or laceration"),
  /** An injury to the abdomen or other internal organs. */
  INTERNAL_INJURY("Internal injury"),
  /** A substance swallowed or given, such as a drug, alcohol or a household chemical. */
  INGESTION_OR_POISONING("Ingestion or poisoning"),
  /**
   * An infection, abscess or other illness found on the child that is not an injury, such as an
   * infected wound or a dental abscess.
   */
  INFECTION("Infection or abscess"),
  /** Another injury or sign; detail says what. */
  OTHER("Other");

  private final String label;

  InjuryKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return InjuryKind_.definition(this);
  }
}
