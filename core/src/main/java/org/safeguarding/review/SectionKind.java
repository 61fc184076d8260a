package org.safeguarding.review;

/**
 * The canonical kind of a section, whatever its heading says; see the encoding guide's heading
 * table.
 */
public enum SectionKind implements DefinedValue {
  /** What the document is, why it was written and how to use it. */
  INTRODUCTION("Introduction"),
  /**
   * A short account of the whole case, review or document (summary, executive summary, a page's
   * summary of one review).
   */
  SUMMARY("Summary"),
  /** Why and how the review came about: the trigger, the referral, the decision and criteria. */
  BACKGROUND("Background"),
  /** How the review or audit was carried out ("What did we do?", "Methodology"). */
  METHODOLOGY("Methodology"),
  /**
   * The questions or issues the review set out to look at (terms of reference, key lines of
   * enquiry).
   */
  SCOPE("Scope"),
  /**
   * One child, group or case among the document's cases ("Child 1", "Subject of the review");
   * subjects says which.
   */
  CASE("Case"),
  /** The incident and the events and circumstances around it. */
  WHAT_HAPPENED("What happened"),
  /** The family's circumstances and the safeguarding concerns known about them. */
  FAMILY_CONTEXT("Safeguarding concerns and family context"),
  /** Events in date order (summary timeline). */
  CHRONOLOGY("Chronology"),
  /** Good or effective practice only. */
  GOOD_PRACTICE("Good practice"),
  /**
   * What the review found or learned: findings, key learning, learning points, common themes;
   * findings of any kind.
   */
  LEARNING("Learning"),
  /** Why the issue matters (a briefing's second part). */
  WHY_IT_MATTERS("Why it matters"),
  /**
   * Facts, guidance or reminders practitioners need, other than findings (a briefing's key points,
   * "things to remember").
   */
  KEY_INFORMATION("Key information"),
  /**
   * What practitioners should do ("what we need to do", "how to enhance your practice", "what to
   * do").
   */
  PRACTICE_ACTIONS("What this means for practice"),
  /** The review's recommendations. */
  RECOMMENDATIONS("Recommendations"),
  /** Questions for practitioners or teams to discuss. */
  QUESTIONS_FOR_REFLECTION("Questions for reflection"),
  /**
   * What the partnership, an agency or others did or said in response ("Next Steps", a council's
   * statement).
   */
  RESPONSE("Response"),
  /** Further reading, tools and resources ("Practitioner Resources"). */
  FURTHER_READING("Further reading and resources"),
  /** The document's table of contents ("Index"). */
  CONTENTS("Contents"),
  /** Terms and acronyms ("Acronyms Used"). */
  GLOSSARY("Glossary"),
  /** The document's keywords as published. */
  KEYWORDS("Keywords"),
  /** Who took part: witnesses, panel members, authors ("Witnesses"). */
  PEOPLE("People"),
  /** The record of a meeting's discussion ("Minutes", "Key points raised in the discussion"). */
  MINUTES("Minutes"),
  /** A part none of the kinds above describes. */
  OTHER("Other");

  private final String label;

  SectionKind(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return SectionKind_.definition(this);
  }
}
