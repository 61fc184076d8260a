package org.safeguarding.review;

/** How a review's learning was shared. */
public enum DisseminationMeans implements DefinedValue {
  /** A learning brief, briefing or summary sent or published for practitioners. */
  BRIEFING("Briefings"),
  /** A learning event, workshop, seminar or conference. */
  EVENT("Events"),
  /** Training, including courses and e-learning, that carries the learning. */
  TRAINING("Training"),
  /** A newsletter or bulletin. */
  NEWSLETTER("Newsletters"),
  /** A website, web page or social media. */
  WEBSITE("Website"),
  /** Another way; the words say which. */
  OTHER("Other");

  private final String label;

  DisseminationMeans(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return DisseminationMeans_.definition(this);
  }
}
