package org.safeguarding.review.benchmarks.plain;

import java.util.List;
import org.safeguarding.review.Classification;
import org.safeguarding.review.LearningFormat;

/** A learning summary, with every property the JSON may hold. */
public class PlainLearningSummary {

  public String documentType;
  public String schemaVersion;
  public String id;
  public Classification classification;
  public String title;
  public LearningFormat format;
  public String formatLabel;
  public String series;
  public PlainOrganisation partnership;
  public String publicationDate;
  public List<PlainReviewReference> sources;
  public List<PlainSubject> subjects;
  public List<PlainFamilyMember> familyMembers;
  public List<PlainIncident> incidents;
  public List<PlainHousingPlacement> housingPlacements;
  public List<PlainSection> sections;
  public List<String> keywords;
  public List<String> themes;
}
