package org.safeguarding.review;

/** How a review or audit was carried out. */
public enum ReviewMethod implements DefinedValue {
  /**
   * Agencies wrote reports or summaries of their involvement (individual management reviews, agency
   * summaries).
   */
  AGENCY_REPORTS("Agency reports"),
  /** A multi-agency chronology of events. */
  CHRONOLOGY("Chronology"),
  /** Case records audited against set questions. */
  CASE_AUDIT("Case audit"),
  /**
   * Children's cases sampled and their experiences followed through the services, as inspectorates'
   * case tracking and sampling in joint inspections does ("we sampled and tracked the experiences of
   * hundreds of children").
   */
  CASE_TRACKING("Case tracking"),
  /**
   * Learning events, workshops or reflective sessions with practitioners (a review's "learning
   * event").
   */
  PRACTITIONER_EVENT("Practitioner event"),
  /** Conversations or interviews with practitioners and managers. */
  PRACTITIONER_INTERVIEWS("Practitioner interviews"),
  /** The child or family took part or were asked for their views. */
  FAMILY_INVOLVEMENT("Family involvement"),
  /**
   * Research interviews with people who harmed children or were convicted of it, such as men
   * convicted of killing or seriously harming a baby; the family's own part in a review is
   * FAMILY_INVOLVEMENT.
   */
  PERPETRATOR_INTERVIEWS("Interviews with perpetrators"),
  /** An appreciative inquiry approach. */
  APPRECIATIVE_INQUIRY("Appreciative inquiry"),
  /** A systems methodology, such as SCIE Learning Together. */
  SYSTEMS_APPROACH("Systems approach"),
  /** A survey of practitioners, families or children. */
  SURVEY("Survey"),
  /** Analysis of data across cases. */
  DATA_ANALYSIS("Data analysis"),
  /** A panel or group of agency representatives oversaw the review. */
  REVIEW_PANEL("Review panel"),
  /**
   * The Significant Incident Learning Process: agencies' reports and a chronology, then learning
   * and recall events in which practitioners and managers review the case together.
   */
  SIGNIFICANT_INCIDENT_LEARNING_PROCESS("Significant Incident Learning Process (SILP)"),
  /** Several cases reviewed together by theme, with agencies' information and practitioners' views. */
  THEMED_MULTI_AGENCY_REVIEW("Themed multi-agency review"),
  /**
   * The reports of other reviews were read and analysed together, as an overview or analysis of
   * reviews does ("we have examined 20 significant case reviews").
   */
  ANALYSIS_OF_REVIEW_REPORTS("Analysis of review reports"),
  /**
   * Documentary analysis of documents that are not case reviews, such as safeguarding partnerships'
   * annual reports, plans or policies; the documents analysed are sources the analysis covers.
   */
  DOCUMENTARY_ANALYSIS("Documentary analysis"),
  /** A method this list does not name; {@code methodsAsWritten} gives the document's words. */
  OTHER("Other");

  private final String label;

  ReviewMethod(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return ReviewMethod_.definition(this);
  }
}
