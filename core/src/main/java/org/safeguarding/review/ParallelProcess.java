package org.safeguarding.review;

/** A process running alongside a review. */
public enum ParallelProcess implements DefinedValue {
  /** A criminal investigation is under way. */
  POLICE_INVESTIGATION("Police investigation"),
  /** A prosecution is under way. */
  CRIMINAL_PROCEEDINGS("Criminal proceedings"),
  /** A coroner's inquest. */
  CORONER("Coroner's inquest"),
  /** A child death review, including by a child death overview panel. */
  CHILD_DEATH_REVIEW("Child death review"),
  /** A domestic homicide review. */
  DOMESTIC_HOMICIDE_REVIEW("Domestic homicide review"),
  /** A safeguarding adults review. */
  SAFEGUARDING_ADULTS_REVIEW("Safeguarding adults review"),
  /** Care or other family court proceedings, including a finding of fact hearing. */
  FAMILY_COURT_PROCEEDINGS("Family court proceedings"),
  /**
   * Proceedings the document names only as "parallel proceedings" or "other proceedings", without
   * saying whether criminal, family or another kind.
   */
  PARALLEL_PROCEEDINGS("Parallel proceedings, kind not said");

  private final String label;

  ParallelProcess(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ParallelProcess_.definition(this);
  }
}
