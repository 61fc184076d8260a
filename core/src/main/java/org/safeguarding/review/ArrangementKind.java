package org.safeguarding.review;

/** What kind of arrangement a document names: law, guidance, a local procedure, a plan, a panel or training. */
public enum ArrangementKind implements DefinedValue {
  /** An Act of Parliament or of a devolved legislature, or a section of one ("section 47 of the Children Act 1989"). */
  STATUTE("Statute"),
  /** Regulations or another statutory instrument made under an Act. */
  REGULATION("Regulation"),
  /** Statutory or national guidance ("Working Together to Safeguard Children 2018", the Wales Safeguarding Procedures). */
  GUIDANCE("Guidance"),
  /** A multi-agency or agency procedure ("the All Wales Child Protection Procedures", "the escalation procedure"). */
  PROCEDURE("Procedure"),
  /** A protocol agreed between agencies ("the regional bruising protocol", "the pre-birth protocol"). */
  PROTOCOL("Protocol"),
  /** A policy of an agency or partnership ("the safer sleep policy"). */
  POLICY("Policy"),
  /** A strategy, framework or other plan of a partnership or agency, not a child's own plan ("the neglect strategy"). */
  STRATEGY("Strategy or framework"),
  /** A kind of plan for a child the document names as an arrangement ("an education, health and care plan"). */
  PLAN("Plan"),
  /** A standing panel, forum or meeting ("the multi-agency risk assessment conference", "the exploitation panel"). */
  PANEL("Panel or forum"),
  /** Training, a course or a learning programme ("safeguarding training for GP practices"). */
  TRAINING("Training"),
  /** An assessment or practice tool ("the Graded Care Profile 2"). */
  TOOL("Tool"),
  /** A statutory duty the document names without its statute ("the duty to cooperate"). */
  DUTY("Duty"),
  /**
   * How a partnership or agency governs its own work, such as its governance process or the
   * oversight of reviews ("overseen by a clear governance process").
   */
  GOVERNANCE("Governance"),
  /** A named scheme, initiative or operation ("Operation Encompass", a notification scheme). */
  SCHEME("Scheme or operation"),
  /** An international convention or treaty ("the United Nations Convention on the Rights of the Child"). */
  CONVENTION("International convention"),
  /** Another kind; the name says what it is. */
  OTHER("Other");

  private final String label;

  ArrangementKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ArrangementKind_.definition(this);
  }
}
