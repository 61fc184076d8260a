package org.safeguarding.review;

/** The canonical kind of a section of a learning document, whatever its original heading says. */
public enum SectionKind {
  BACKGROUND("Background"),
  WHAT_HAPPENED("What happened"),
  FAMILY_CONTEXT("Safeguarding concerns and family context"),
  GOOD_PRACTICE("Good practice"),
  LEARNING("Learning"),
  PRACTICE_ACTIONS("What this means for practice"),
  RECOMMENDATIONS("Recommendations"),
  QUESTIONS_FOR_REFLECTION("Questions for reflection"),
  FURTHER_READING("Further reading and resources"),
  OTHER("Other");

  private final String label;

  SectionKind(String label) {
    this.label = label;
  }

  /** A short label for people. */
  public String getLabel() {
    return label;
  }
}
