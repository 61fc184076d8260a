package org.safeguarding.review;

/**
 * A circumstance of a child's death or serious harm that reviews of sudden unexpected deaths in
 * infancy and the Panel's thematic reviews count, such as the Panel's "Out of routine" (2020):
 * where and how the child was sleeping, and the state of the carer at the time. No national code
 * list covers them, so they carry no code; a carer's drinking or drug use is also the carer's risk
 * factor.
 */
public enum IncidentCircumstance implements DefinedValue {
  /** The infant was sleeping in an adult bed with a parent or carer (bed-sharing, co-sleeping). */
  CO_SLEEPING("Co-sleeping with an adult"),
  /** The infant was sleeping with an adult on a sofa or armchair. */
  SOFA_SHARING("Sleeping with an adult on a sofa or armchair"),
  /**
   * The infant was put down to sleep in an unsafe place or way without an adult beside them: on a
   * soft or raised surface, in a car seat or bouncer, with pillows or loose bedding, or on the front
   * or side.
   */
  UNSAFE_SLEEP_SETTING("Unsafe sleep setting"),
  /** The carer with the child had been drinking alcohol or had taken drugs at the time. */
  CARER_UNDER_THE_INFLUENCE("Carer affected by alcohol or drugs at the time"),
  /** Someone had smoked in the home or near the infant. */
  SMOKE_EXPOSURE("Exposure to tobacco smoke"),
  /** The child was left without an adult's supervision when it mattered (near water, a road, a fire). */
  UNSUPERVISED("Left without supervision"),
  /** The incident happened away from the child's usual routine, such as a visit, a party or a move. */
  CHANGE_OF_ROUTINE("Change of routine"),
  /**
   * The harm followed the end of a relationship between the adults around the child, such as the
   * parents' separation ("after the relationship broke down", "when the mother left him").
   */
  RELATIONSHIP_BREAKDOWN("After a relationship broke down");

  private final String label;

  IncidentCircumstance(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return IncidentCircumstance_.definition(this);
  }
}
