package org.safeguarding.review;

/** How closely a copy keeps the published words. */
public enum CopyWording implements DefinedValue {
  /** The published words, with only layout changed. */
  AS_PUBLISHED("As published"),
  /** Each sentence reworded closely, keeping structure and facts, such as a copy made to be shared where the original may not be. */
  CLOSE_PARAPHRASE("Close paraphrase"),
  /** A shorter account of the published document in other words. */
  SUMMARY("Summary");

  private final String label;

  CopyWording(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return CopyWording_.definition(this);
  }
}
