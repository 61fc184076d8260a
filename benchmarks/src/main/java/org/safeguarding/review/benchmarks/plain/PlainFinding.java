package org.safeguarding.review.benchmarks.plain;

import java.util.List;
import org.safeguarding.review.FindingKind;

/** A finding. */
public class PlainFinding {

  public String id;
  public FindingKind kind;
  public String title;
  public String statement;
  public String detail;
  public List<String> themes;
  public List<PlainAgency> agencies;
  public List<String> sources;
}
