package org.safeguarding.review.benchmarks.plain;

import org.safeguarding.review.OrganisationKind;

/** A partnership or other organisation. */
public class PlainOrganisation {

  public String name;
  public String abbreviation;
  public OrganisationKind kind;
  public String area;
  public Boolean inferred;
}
