package org.safeguarding.review;

/** What a person in a role did for a document or review. */
public enum RoleKind implements DefinedValue {
  /** Wrote the report or document. */
  AUTHOR(
      "Author",
      "Wrote the report or document."),
  /** Led the review as its independent or lead reviewer. */
  LEAD_REVIEWER(
      "Lead reviewer",
      "Led the review as its independent or lead reviewer."),
  /** The partnership's or board's independent chair. */
  INDEPENDENT_CHAIR(
      "Independent chair",
      "The partnership's or board's independent chair."),
  /** The partnership's independent scrutineer or safeguarding commissioner. */
  INDEPENDENT_SCRUTINEER(
      "Independent scrutineer",
      "The partnership's independent scrutineer or safeguarding commissioner."),
  /** Chaired the review panel, group or sub-group. */
  REVIEW_CHAIR(
      "Chair of the review",
      "Chaired the review panel, group or sub-group."),
  /** Presented the learning, such as in a webinar. */
  PRESENTER(
      "Presenter",
      "Presented the learning, such as in a webinar."),
  /** Gave evidence to, or answered questions from, a committee. */
  WITNESS(
      "Witness",
      "Gave evidence to, or answered questions from, a committee."),
  /** A mayor, councillor or cabinet member. */
  ELECTED_MEMBER(
      "Elected member",
      "A mayor, councillor or cabinet member."),
  /**
   * A partner agency's safeguarding lead or senior officer, such as a designated nurse or director.
   */
  SAFEGUARDING_LEAD(
      "Safeguarding lead",
      "A partner agency's safeguarding lead or senior officer, such as a designated nurse or director."),
  /** Another role; roleAsWritten says what. */
  OTHER(
      "Other",
      "Another role; roleAsWritten says what.");

  private final String label;
  private final String definition;

  RoleKind(String label, String definition) {
    this.label = label;
    this.definition = definition;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return definition;
  }
}
