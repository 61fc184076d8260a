package org.safeguarding.review;

/** How a review or audit was carried out. */
public enum ReviewMethod implements DefinedValue {
  /**
   * Agencies wrote reports or summaries of their involvement (individual management reviews, agency
   * summaries).
   */
  AGENCY_REPORTS(
      "Agency reports",
      "Agencies wrote reports or summaries of their involvement (individual management reviews, agency summaries)."),
  /** A multi-agency chronology of events. */
  CHRONOLOGY(
      "Chronology",
      "A multi-agency chronology of events."),
  /** Case records audited against set questions. */
  CASE_AUDIT(
      "Case audit",
      "Case records audited against set questions."),
  /** Learning events, workshops or reflective sessions with practitioners. */
  PRACTITIONER_EVENT(
      "Practitioner event",
      "Learning events, workshops or reflective sessions with practitioners."),
  /** Conversations or interviews with practitioners and managers. */
  PRACTITIONER_INTERVIEWS(
      "Practitioner interviews",
      "Conversations or interviews with practitioners and managers."),
  /** The child or family took part or were asked for their views. */
  FAMILY_INVOLVEMENT(
      "Family involvement",
      "The child or family took part or were asked for their views."),
  /** An appreciative inquiry approach. */
  APPRECIATIVE_INQUIRY(
      "Appreciative inquiry",
      "An appreciative inquiry approach."),
  /** A systems methodology, such as SCIE Learning Together. */
  SYSTEMS_APPROACH(
      "Systems approach",
      "A systems methodology, such as SCIE Learning Together."),
  /** A survey of practitioners, families or children. */
  SURVEY(
      "Survey",
      "A survey of practitioners, families or children."),
  /** Analysis of data across cases. */
  DATA_ANALYSIS(
      "Data analysis",
      "Analysis of data across cases."),
  /** A panel or group of agency representatives oversaw the review. */
  REVIEW_PANEL(
      "Review panel",
      "A panel or group of agency representatives oversaw the review.");

  private final String label;
  private final String definition;

  ReviewMethod(String label, String definition) {
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
