package org.safeguarding.review.benchmarks.plain;

import org.safeguarding.review.AgeUnit;

/** An age: a count and a unit. */
public class PlainAge {

  public Integer value;
  public AgeUnit unit;
}
