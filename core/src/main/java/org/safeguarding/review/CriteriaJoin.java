package org.safeguarding.review;

/** Whether every listed criterion of a kind of review must hold, or any one of them is enough. */
public enum CriteriaJoin implements DefinedValue {
  /**
   * Every listed criterion must hold together ("abuse or neglect is known or suspected and the child
   * has died or been seriously harmed").
   */
  ALL("All must hold"),
  /** Any one listed criterion is enough ("where the child has died, or has been seriously harmed"). */
  ANY("Any one is enough");

  private final String label;

  CriteriaJoin(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return CriteriaJoin_.definition(this);
  }
}
