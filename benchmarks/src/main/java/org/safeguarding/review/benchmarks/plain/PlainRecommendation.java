package org.safeguarding.review.benchmarks.plain;

import java.time.LocalDate;
import java.util.List;
import org.safeguarding.review.Priority;
import org.safeguarding.review.RecommendationStatus;

/** A recommendation. */
public class PlainRecommendation {

  public String id;
  public String title;
  public String statement;
  public String owner;
  public List<PlainAgency> agencies;
  public List<String> findings;
  public Priority priority;
  public LocalDate targetDate;
  public RecommendationStatus status;
  public List<String> themes;
}
