package org.safeguarding.review;

/**
 * The kind of a step in how a review is done, from the referral of a case to the publication of the
 * report and what follows; a step that fits none is left without a kind, its words as written.
 */
public enum ProcessStepKind implements DefinedValue {
  /** A case is referred or brought to the partnership or board for a possible review. */
  REFERRAL("Referral"),
  /** A serious incident is notified to the Panel, a government or an inspectorate. */
  NOTIFICATION("Notification"),
  /** Whether the case meets the criteria is considered, such as in a rapid review or a case review group. */
  CONSIDERATION("Consideration of the case"),
  /** It is decided whether to hold a review, and of which kind. */
  DECISION("Decision"),
  /** The review is commissioned and its reviewers or panel appointed, with terms of reference. */
  COMMISSIONING("Commissioning"),
  /** A review panel is formed or meets to oversee the review. */
  PANEL("Review panel"),
  /** Agencies give chronologies, reports or records of their work with the family. */
  INFORMATION_GATHERING("Gathering agencies' information"),
  /** A learning event or practitioner event is held for those who worked with the family. */
  LEARNING_EVENT("Learning event"),
  /** The child and family are told of the review and invited to take part. */
  FAMILY_INVOLVEMENT("Involving the family"),
  /** The reviewers write the report, with its findings or learning and recommendations. */
  REPORT("Writing the report"),
  /** The partnership or board considers and approves the report. */
  APPROVAL("Approval"),
  /** The report is sent to a government, the Panel or another body. */
  SUBMISSION("Sending the report"),
  /** The report or its summary is published. */
  PUBLICATION("Publication"),
  /** An action plan is made in answer to the recommendations, and its progress followed. */
  ACTION_PLAN("Action plan"),
  /** The learning is shared with practitioners, such as in briefings or training. */
  DISSEMINATION("Sharing the learning");

  private final String label;

  ProcessStepKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ProcessStepKind_.definition(this);
  }
}
