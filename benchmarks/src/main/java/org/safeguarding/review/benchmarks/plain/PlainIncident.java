package org.safeguarding.review.benchmarks.plain;

import java.util.List;
import org.safeguarding.review.Certainty;
import org.safeguarding.review.HarmType;
import org.safeguarding.review.IncidentOutcome;
import org.safeguarding.review.ParallelProcess;

/** An incident that led to a review. */
public class PlainIncident {

  public String id;
  public List<String> subjects;
  public IncidentOutcome outcome;
  public List<HarmType> harmTypes;
  public Certainty abuseOrNeglect;
  public String date;
  public String summary;
  public List<ParallelProcess> parallelProcesses;
}
