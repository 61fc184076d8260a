package org.safeguarding.review.benchmarks.plain;

/** One item of a list: at most one of its parts is set, and perhaps a nested list. */
public class PlainItem {

  public String number;
  public String label;
  public String text;
  public PlainFinding finding;
  public PlainRecommendation recommendation;
  public PlainAction action;
  public String question;
  public PlainResource resource;
  public PlainItemList list;
}
