package org.safeguarding.review.benchmarks.plain;

import java.util.List;

/** An action for practice. */
public class PlainAction {

  public String id;
  public String title;
  public String statement;
  public List<PlainAgency> agencies;
  public List<String> findings;
  public List<String> themes;
}
