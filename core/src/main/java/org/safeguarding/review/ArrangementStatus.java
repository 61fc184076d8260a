package org.safeguarding.review;

/** Whether guidance, a procedure or another arrangement is in force, as the document says. */
public enum ArrangementStatus implements DefinedValue {
  /** A draft, or out for consultation; not yet in force. */
  DRAFT("Draft"),
  /** In force for the time being, until settled guidance replaces it ("interim guidance"). */
  INTERIM("Interim"),
  /** In force. */
  IN_FORCE("In force"),
  /** Replaced by a later one, or withdrawn. */
  SUPERSEDED("Superseded or withdrawn");

  private final String label;

  ArrangementStatus(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ArrangementStatus_.definition(this);
  }
}
