package org.safeguarding.review.benchmarks.plain;

import org.safeguarding.review.ChildProtectionCategory;
import org.safeguarding.review.EducationStatus;
import org.safeguarding.review.LegalStatus;
import org.safeguarding.review.Sex;

/** A child, known by pseudonym and age. */
public class PlainSubject {

  public String pseudonym;
  public PlainAge age;
  public Sex sex;
  public String ethnicity;
  public String disability;
  public LegalStatus legalStatus;
  public ChildProtectionCategory childProtectionCategory;
  public EducationStatus educationStatus;
}
