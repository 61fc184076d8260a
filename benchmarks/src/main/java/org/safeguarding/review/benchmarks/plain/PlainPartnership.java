package org.safeguarding.review.benchmarks.plain;

import org.safeguarding.review.PartnershipKind;

/** A partnership. */
public class PlainPartnership {

  public String name;
  public PartnershipKind kind;
}
