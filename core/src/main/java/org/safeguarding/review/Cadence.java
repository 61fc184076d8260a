package org.safeguarding.review;

/** How often a standing body, such as a panel, sub-group or board, meets. */
public enum Cadence implements DefinedValue {
  /** Every week. */
  WEEKLY("Weekly"),
  /** Every two weeks ("fortnightly"). */
  FORTNIGHTLY("Fortnightly"),
  /** Every month. */
  MONTHLY("Monthly"),
  /** Every two months ("bi-monthly", "six times a year"). */
  EVERY_TWO_MONTHS("Every two months"),
  /** Every three months ("quarterly", "four times a year"). */
  QUARTERLY("Quarterly"),
  /** Twice a year ("every six months", "bi-annually"). */
  TWICE_A_YEAR("Twice a year"),
  /** Once a year ("annually"). */
  YEARLY("Yearly"),
  /** When there is a case or other need to meet, not on a schedule ("as required", "when a referral is made"). */
  AS_NEEDED("As needed");

  private final String label;

  Cadence(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Cadence_.definition(this);
  }
}
