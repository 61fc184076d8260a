package org.safeguarding.review;

/** What a person in a role did for a document or review. */
public enum RoleKind implements DefinedValue {
  /** Wrote the report or document. */
  AUTHOR("Author"),
  /** Led the review as its independent or lead reviewer. */
  LEAD_REVIEWER("Lead reviewer"),
  /** One of the reviewers who carried out a review, not said to lead it. */
  REVIEWER("Reviewer"),
  /** The partnership's or board's independent chair. */
  INDEPENDENT_CHAIR("Independent chair"),
  /** The partnership's independent scrutineer or safeguarding commissioner. */
  INDEPENDENT_SCRUTINEER("Independent scrutineer"),
  /** The chair of the board or partnership, not said to be independent. */
  BOARD_CHAIR("Chair of the board or partnership"),
  /** Commissioned the review. */
  COMMISSIONER("Commissioned the review"),
  /** Chaired the review panel, group or sub-group. */
  REVIEW_CHAIR("Chair of the review"),
  /** Presented the learning, such as in a webinar. */
  PRESENTER("Presenter"),
  /** An inspector of an inspectorate, such as "inspectors said" of an inspection's report. */
  INSPECTOR("Inspector"),
  /** Spoke for a body or its report, quoted by the document, such as a spokesperson. */
  SPOKESPERSON("Spokesperson"),
  /** Gave evidence to, or answered questions from, a committee. */
  WITNESS("Witness"),
  /** A mayor, councillor or cabinet member. */
  ELECTED_MEMBER("Elected member"),
  /**
   * A partner agency's safeguarding lead or senior officer, such as a designated nurse or director.
   */
  SAFEGUARDING_LEAD("Safeguarding lead"),
  /**
   * The head of an organisation speaking or acting for it, such as its chief executive, chief
   * inspector or chief constable.
   */
  HEAD_OF_ORGANISATION("Head of an organisation"),
  /**
   * Endorsed, approved or signed off the document or the review's report, such as "Executive
   * summary endorsed by: the Independent Chair"; the role the person holds besides is another
   * value.
   */
  ENDORSER("Endorsed the document"),
  /** Another role; roleAsWritten says what. */
  OTHER("Other");

  private final String label;

  RoleKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return RoleKind_.definition(this);
  }
}
