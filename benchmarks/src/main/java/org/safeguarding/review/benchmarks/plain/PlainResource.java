package org.safeguarding.review.benchmarks.plain;

/** Further reading or a practice resource. */
public class PlainResource {

  public String title;
  public String link;
  public String description;
}
