package org.safeguarding.review.benchmarks.plain;

import java.time.LocalDate;
import java.util.List;
import org.safeguarding.review.AccommodationType;
import org.safeguarding.review.LocalService;

/** A stay in temporary accommodation. */
public class PlainHousingPlacement {

  public String id;
  public String household;
  public List<String> occupants;
  public AccommodationType accommodationType;
  public String description;
  public String start;
  public String end;
  public String placingAuthority;
  public String hostAuthority;
  public Boolean outOfArea;
  public LocalDate hostAuthorityNotified;
  public String distanceFromSupport;
  public Integer numberOfMoves;
  public List<String> suitabilityConcerns;
  public Boolean providerInvolvedInSafeguarding;
  public List<LocalService> lostAccessTo;
}
