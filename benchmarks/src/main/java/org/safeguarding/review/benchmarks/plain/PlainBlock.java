package org.safeguarding.review.benchmarks.plain;

/** One block of a section's content: one of its properties is set. */
public class PlainBlock {

  public String paragraph;
  public PlainItemList list;
  public PlainFinding finding;
  public PlainRecommendation recommendation;
  public PlainAction action;
  public String question;
  public PlainResource resource;
}
