package org.safeguarding.review.benchmarks.plain;

import java.util.List;
import org.safeguarding.review.EducationStatus;
import org.safeguarding.review.Sex;

/** A child, known by pseudonym and age. */
public class PlainSubject {

  public String pseudonym;
  public PlainAge age;
  public Sex sex;
  public String ethnicity;
  public String disability;
  public String area;
  public List<PlainStatus> statuses;
  public EducationStatus educationStatus;
}
