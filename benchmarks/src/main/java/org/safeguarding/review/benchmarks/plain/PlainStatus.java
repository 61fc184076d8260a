package org.safeguarding.review.benchmarks.plain;

import org.safeguarding.review.ChildProtectionCategory;
import org.safeguarding.review.StatusKind;

/** A child's involvement with children's services, without its agency and dates. */
public class PlainStatus {

  public StatusKind kind;
  public ChildProtectionCategory category;
  public String area;
  public Boolean beforeBirth;
  public String detail;
}
