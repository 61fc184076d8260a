package org.safeguarding.review;

/**
 * The published form of a learning document. What the document calls itself decides first; then its
 * layout and sources.
 */
public enum LearningFormat implements DefinedValue {
  /**
   * A summary of one review's case, findings and recommendations, published with or instead of its
   * report, including a partnership web page that summarises a review.
   */
  LEARNING_SUMMARY("Learning summary"),
  /** A briefing in the fixed seven-part layout for team meetings. */
  SEVEN_MINUTE_BRIEFING("7-minute briefing"),
  /** A briefing in another fixed set of numbered parts, such as a six-step or 7-point briefing. */
  STEP_BRIEFING("Numbered-step briefing"),
  /**
   * A briefing for practitioners on learning from one or more case reviews, in a free layout
   * (learning points, practice points).
   */
  LEARNING_BRIEFING("Learning briefing"),
  /** A briefing on the findings of an audit rather than a case review. */
  AUDIT_BRIEFING("Audit briefing"),
  /**
   * The report of a review or audit itself (overview report, serious case review report, audit
   * report) or its executive summary.
   */
  REPORT("Report"),
  /**
   * A partnership's, board's, panel's or agency's annual report, or a chapter or page of one (its
   * part on reviews), which reports a year's work, including the reviews it commissioned or
   * published, rather than being one review's own report (REPORT).
   */
  ANNUAL_REPORT("Annual report"),
  /**
   * A news release about a review by a council, partnership or agency, written for the media (it
   * calls itself a press release, media release or statement).
   */
  PRESS_RELEASE("Press release"),
  /** An article about a review by a news outlet. */
  NEWS_REPORT("News report"),
  /**
   * A partnership's, board's or agency's post in the news section of its own website that reports a
   * publication or event, such as the national Panel's annual report or another body's review,
   * rather than summarising one of its own reviews (LEARNING_SUMMARY) or releasing news to the
   * media (PRESS_RELEASE).
   */
  NEWS_ITEM("News item"),
  /**
   * A newsletter or bulletin sent to subscribers, by email or on paper, and its web copy, such as
   * the Panel's email newsletter on its annual report; a post on a website is a NEWS_ITEM.
   */
  NEWSLETTER("Newsletter"),
  /** A committee's or board's agenda item, report or minutes about a review. */
  MEETING_PAPERS("Meeting papers"),
  /**
   * A partnership's or board's short notice about one review on its own website: that the review
   * was commissioned, completed, sent on or published, and how to find or ask for it.
   */
  REVIEW_NOTICE("Review notice"),
  /**
   * A partnership's or board's page that explains a duty, a kind of review or a procedure (what the
   * law requires, the criteria, who does what) without reporting a case.
   */
  GUIDANCE_PAGE("Guidance or information page"),
  /**
   * A page that lists many briefings, summaries or other publications, often each with the date it
   * was posted; each entry is a section with its date, and what it links to a resource.
   */
  INDEX_PAGE("Index page of publications"),
  /** Another form; formatLabel says what the document calls itself. */
  OTHER("Other");

  private final String label;

  LearningFormat(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return LearningFormat_.definition(this);
  }
}
