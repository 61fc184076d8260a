package org.safeguarding.review.benchmarks.plain;

import java.util.List;
import org.safeguarding.review.FamilyRole;

/** A member of the household or family network. */
public class PlainFamilyMember {

  public String label;
  public FamilyRole role;
  public PlainAge age;
  public Boolean careLeaver;
  public List<String> relatedSubjects;
  public String partnerOf;
  public String history;
}
