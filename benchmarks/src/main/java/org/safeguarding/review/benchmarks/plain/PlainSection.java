package org.safeguarding.review.benchmarks.plain;

import java.util.List;
import org.safeguarding.review.SectionKind;

/** A section of a learning summary. */
public class PlainSection {

  public SectionKind kind;
  public String heading;
  public List<String> themes;
  public List<String> paragraphs;
  public List<PlainFinding> findings;
  public List<PlainRecommendation> recommendations;
  public List<PlainAction> actions;
  public List<String> questions;
  public List<PlainResource> resources;
}
