package org.safeguarding.review.benchmarks.plain;

import java.util.List;

/** A bullet or numbered list. */
public class PlainItemList {

  public String leadIn;
  public List<PlainItem> items;
}
