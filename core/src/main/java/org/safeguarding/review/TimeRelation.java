package org.safeguarding.review;

/** How a time stands to another event that a document dates it by. */
public enum TimeRelation implements DefinedValue {
  /** Before the other event ("two days before the birth"). */
  BEFORE("Before"),
  /** After the other event ("two weeks after the birth", "following the strategy meeting"). */
  AFTER("After"),
  /** Close to the other event, the document not saying which came first ("around the same time as the move"). */
  AROUND("Around");

  private final String label;

  TimeRelation(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return TimeRelation_.definition(this);
  }
}
