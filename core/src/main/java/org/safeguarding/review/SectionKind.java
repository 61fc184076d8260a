package org.safeguarding.review;

/**
 * The canonical kind of a section, whatever its heading says; see the encoding guide's heading
 * table.
 */
public enum SectionKind implements DefinedValue {
  /** What the document is, why it was written and how to use it. */
  INTRODUCTION(
      "Introduction",
      "What the document is, why it was written and how to use it."),
  /**
   * A short account of the whole case, review or document (summary, executive summary, a page's
   * summary of one review).
   */
  SUMMARY(
      "Summary",
      "A short account of the whole case, review or document (summary, executive summary, a page's summary of one review)."),
  /** Why and how the review came about: the trigger, the referral, the decision and criteria. */
  BACKGROUND(
      "Background",
      "Why and how the review came about: the trigger, the referral, the decision and criteria."),
  /** How the review or audit was carried out ("What did we do?", "Methodology"). */
  METHODOLOGY(
      "Methodology",
      "How the review or audit was carried out (\"What did we do?\", \"Methodology\")."),
  /**
   * The questions or issues the review set out to look at (terms of reference, key lines of
   * enquiry).
   */
  SCOPE(
      "Scope",
      "The questions or issues the review set out to look at (terms of reference, key lines of enquiry)."),
  /**
   * One child, group or case among the document's cases ("Child 1", "Subject of the review");
   * subjects says which.
   */
  CASE(
      "Case",
      "One child, group or case among the document's cases (\"Child 1\", \"Subject of the review\"); subjects says which."),
  /** The incident and the events and circumstances around it. */
  WHAT_HAPPENED(
      "What happened",
      "The incident and the events and circumstances around it."),
  /** The family's circumstances and the safeguarding concerns known about them. */
  FAMILY_CONTEXT(
      "Safeguarding concerns and family context",
      "The family's circumstances and the safeguarding concerns known about them."),
  /** Events in date order (summary timeline). */
  CHRONOLOGY(
      "Chronology",
      "Events in date order (summary timeline)."),
  /** Good or effective practice only. */
  GOOD_PRACTICE(
      "Good practice",
      "Good or effective practice only."),
  /**
   * What the review found or learned: findings, key learning, learning points, common themes;
   * findings of any kind.
   */
  LEARNING(
      "Learning",
      "What the review found or learned: findings, key learning, learning points, common themes; findings of any kind."),
  /** Why the issue matters (a briefing's second part). */
  WHY_IT_MATTERS(
      "Why it matters",
      "Why the issue matters (a briefing's second part)."),
  /**
   * Facts, guidance or reminders practitioners need, other than findings (a briefing's key points,
   * "things to remember").
   */
  KEY_INFORMATION(
      "Key information",
      "Facts, guidance or reminders practitioners need, other than findings (a briefing's key points, \"things to remember\")."),
  /**
   * What practitioners should do ("what we need to do", "how to enhance your practice", "what to
   * do").
   */
  PRACTICE_ACTIONS(
      "What this means for practice",
      "What practitioners should do (\"what we need to do\", \"how to enhance your practice\", \"what to do\")."),
  /** The review's recommendations. */
  RECOMMENDATIONS(
      "Recommendations",
      "The review's recommendations."),
  /** Questions for practitioners or teams to discuss. */
  QUESTIONS_FOR_REFLECTION(
      "Questions for reflection",
      "Questions for practitioners or teams to discuss."),
  /**
   * What the partnership, an agency or others did or said in response ("Next Steps", a council's
   * statement).
   */
  RESPONSE(
      "Response",
      "What the partnership, an agency or others did or said in response (\"Next Steps\", a council's statement)."),
  /** Further reading, tools and resources ("Practitioner Resources"). */
  FURTHER_READING(
      "Further reading and resources",
      "Further reading, tools and resources (\"Practitioner Resources\")."),
  /** The document's table of contents ("Index"). */
  CONTENTS(
      "Contents",
      "The document's table of contents (\"Index\")."),
  /** Terms and acronyms ("Acronyms Used"). */
  GLOSSARY(
      "Glossary",
      "Terms and acronyms (\"Acronyms Used\")."),
  /** The document's keywords as published. */
  KEYWORDS(
      "Keywords",
      "The document's keywords as published."),
  /** Who took part: witnesses, panel members, authors ("Witnesses"). */
  PEOPLE(
      "People",
      "Who took part: witnesses, panel members, authors (\"Witnesses\")."),
  /** The record of a meeting's discussion ("Minutes", "Key points raised in the discussion"). */
  MINUTES(
      "Minutes",
      "The record of a meeting's discussion (\"Minutes\", \"Key points raised in the discussion\")."),
  /** A part none of the kinds above describes. */
  OTHER(
      "Other",
      "A part none of the kinds above describes.");

  private final String label;
  private final String definition;

  SectionKind(String label, String definition) {
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
