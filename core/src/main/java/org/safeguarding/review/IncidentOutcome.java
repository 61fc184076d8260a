package org.safeguarding.review;

import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.Coded;

/** What happened to a child in a serious child safeguarding incident. */
public enum IncidentOutcome implements DefinedValue {
  /** The child died. */
  @Coded(list = CodeList.SIN_NATURE, code = "Child death")
  DIED("Died"),
  /**
   * The child was seriously harmed: serious or long-term impairment of physical or mental health or
   * development.
   */
  @Coded(list = CodeList.SIN_NATURE, code = "Serious harm")
  SERIOUSLY_HARMED("Seriously harmed"),
  /**
   * Neither the child's death nor serious harm to the child: most often a child who harmed another
   * and was themselves known or suspected to have been abused or neglected.
   */
  @Coded(list = CodeList.SIN_NATURE, code = "Other")
  OTHER("Other");

  private final String label;

  IncidentOutcome(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return IncidentOutcome_.definition(this);
  }
}
