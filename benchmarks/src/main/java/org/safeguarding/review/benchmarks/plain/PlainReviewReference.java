package org.safeguarding.review.benchmarks.plain;

import org.safeguarding.review.ReviewType;

/** A review a learning summary draws on. */
public class PlainReviewReference {

  public String id;
  public ReviewType type;
  public String title;
  public String reference;
  public PlainOrganisation partnership;
  public String decisionDate;
  public String publicationDate;
}
