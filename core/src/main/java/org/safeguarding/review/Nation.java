package org.safeguarding.review;

/** The nations of the United Kingdom, each with its own law and guidance for safeguarding reviews. */
public enum Nation implements DefinedValue {
  /** England: the Children Act 2004 and Working Together to Safeguard Children. */
  ENGLAND("England"),
  /** Wales: the Social Services and Well-being (Wales) Act 2014 and Working Together to Safeguard People. */
  WALES("Wales"),
  /** Scotland: the National Guidance for Child Protection in Scotland and its learning review guidance. */
  SCOTLAND("Scotland"),
  /** Northern Ireland: the Safeguarding Board Act (Northern Ireland) 2011 and its regulations. */
  NORTHERN_IRELAND("Northern Ireland");

  private final String label;

  Nation(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Nation_.definition(this);
  }
}
