package org.safeguarding.review;

/**
 * How much of a group a status or other fact holds for, when the document says it holds for part
 * of the group ("almost all these families", "most of the children"), so that it is never asserted
 * for the whole group.
 */
public enum Share implements DefinedValue {
  /** All or every one of the group, said as such ("in all cases"). */
  ALL("All"),
  /** Most, nearly all or the large majority ("almost all", "the majority", "most of the children"). */
  MOST("Most"),
  /** About half, just over or just under ("half", "just over half"). */
  ABOUT_HALF("About half"),
  /** Some, several or a minority ("some of the families", "a number of the children"). */
  SOME("Some"),
  /** Few or hardly any ("a few", "a small number"). */
  FEW("Few");

  private final String label;

  Share(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Share_.definition(this);
  }
}
