package org.safeguarding.review.benchmarks.plain;

import org.safeguarding.review.AgencyKind;

/** An agency: its kind and its name as written. */
public class PlainAgency {

  public AgencyKind kind;
  public String name;
}
