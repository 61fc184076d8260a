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
   * Some children of a group died and some were seriously harmed, and the document does not say
   * which or how many ("children died or were seriously harmed"). No single national code: the
   * notification asks for one or the other for each child, so this value has none.
   */
  DIED_OR_SERIOUSLY_HARMED("Died or seriously harmed"),
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
