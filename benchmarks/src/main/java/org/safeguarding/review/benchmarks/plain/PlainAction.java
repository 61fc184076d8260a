package org.safeguarding.review.benchmarks.plain;

import java.util.List;
import org.safeguarding.review.AgencyKind;

/** An action for practice. */
public class PlainAction {

  public String id;
  public String statement;
  public List<AgencyKind> agencies;
  public List<String> themes;
}
