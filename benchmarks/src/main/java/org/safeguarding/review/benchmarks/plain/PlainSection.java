package org.safeguarding.review.benchmarks.plain;

import java.util.List;
import org.safeguarding.review.SectionKind;

/** A section of a learning summary. */
public class PlainSection {

  public SectionKind kind;
  public String number;
  public String heading;
  public List<String> themes;
  public List<PlainBlock> content;
  public List<PlainSection> sections;
}
