package org.safeguarding.review.benchmarks.plain;

import org.safeguarding.review.AgeUnit;
import org.safeguarding.review.LifeStage;
import org.safeguarding.review.Qualifier;

/** An age: a count and a unit. */
public class PlainAge {

  public Integer value;
  public Integer to;
  public AgeUnit unit;
  public Qualifier qualifier;
  public LifeStage stage;
  public String asWritten;
}
