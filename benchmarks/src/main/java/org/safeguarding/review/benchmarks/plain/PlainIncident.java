package org.safeguarding.review.benchmarks.plain;

import java.util.List;
import org.safeguarding.review.HarmType;
import org.safeguarding.review.IncidentOutcome;
import org.safeguarding.review.ParallelProcess;

/** The incident that led to the review. */
public class PlainIncident {

  public IncidentOutcome outcome;
  public List<HarmType> harmTypes;
  public List<String> children;
  public String date;
  public String summary;
  public List<ParallelProcess> parallelProcesses;
}
