package org.safeguarding.review.rules;

import java.util.List;
import org.safeguarding.review.Incident;
import org.safeguarding.review.Incident_;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Place;
import org.safeguarding.review.Place_;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReview_;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.RapidReviewTimeline_;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Subject_;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.ValidationIssue;

/**
 * What a rapid review leaves out that the Panel's notification and rapid review ask for, each a
 * warning at the place of the missing property: a rapid review may not know everything yet, and
 * one reconstructed from a published document knows only what that document says, so nothing here
 * is an error.
 */
final class StatutoryGaps {

  private final Located<RapidReview> review;
  private final List<ValidationIssue> issues;

  StatutoryGaps(Located<RapidReview> review, List<ValidationIssue> issues) {
    this.review = review;
    this.issues = issues;
  }

  void check() {
    RapidReview value = review.value();
    Located<RapidReviewTimeline> timeline = review.get(RapidReview_.TIMELINE);
    if (timeline.value().getBecameAware().isEmpty()) {
      gap(IssueCode.BECAME_AWARE_MISSING, timeline.at(RapidReviewTimeline_.BECAME_AWARE),
          "is not given; the notification's timescale of 5 working days cannot be checked");
    }
    if (timeline.value().getNotificationSent().getPrecision() != PartialDate.Precision.DAY) {
      gap(IssueCode.DATE_PARTIAL, timeline.at(RapidReviewTimeline_.NOTIFICATION_SENT),
          "is not known to the day; the rapid review's timescale of 15 working days is checked only when it is certainly late");
    }
    Located<Incident> incident = review.get(RapidReview_.INCIDENT);
    if (incident.value().getOutcome().isEmpty()) {
      gap(IssueCode.INCIDENT_OUTCOME_MISSING, incident.at(Incident_.OUTCOME),
          "is not given; whether the child died or was seriously harmed is a criterion of the notification");
    }
    if (incident.value().getAbuseOrNeglect().isEmpty()) {
      gap(IssueCode.ABUSE_OR_NEGLECT_MISSING, incident.at(Incident_.ABUSE_OR_NEGLECT),
          "is not given; abuse or neglect known or suspected is a criterion of the notification");
    }
    if (incident.value().getHarmTypes().isEmpty()) {
      gap(IssueCode.HARM_TYPE_MISSING, incident.at(Incident_.HARM_TYPES),
          "is empty; the Panel classifies notifications by the kind of harm");
    }
    String area = "; the rapid review belongs to the local authority where the incident happened";
    incident
        .getIfPresent(Incident_.PLACE)
        .ifPresentOrElse(
            place -> {
              if (place.value().getArea().isEmpty()) {
                gap(IssueCode.INCIDENT_AREA_MISSING, place.at(Place_.AREA), "is not given" + area);
              }
            },
            () -> gap(IssueCode.INCIDENT_AREA_MISSING, incident.at(Incident_.PLACE), "is not given, nor its area" + area));
    for (Located<Subject> child : review.getAll(RapidReview_.CHILDREN)) {
      if (child.value().getAge().isEmpty()) {
        gap(IssueCode.CHILD_AGE_MISSING, child.at(Subject_.AGE), "is not given; the child's age at the incident is a notification field");
      }
      if (child.value().getArea().isEmpty()) {
        gap(IssueCode.CHILD_AREA_MISSING, child.at(Subject_.AREA),
            "is not given; the local authority where the child lives works with the one that owns the review");
      }
      if (child.value().getStatuses().stream().allMatch(status -> status.getWhen().isPresent())) {
        gap(IssueCode.CHILD_STATUS_MISSING, child.at(Subject_.STATUSES),
            "has no status at the time of the incident (one without \"when\"); the child's legal status is a notification field");
      }
    }
    if (value.getAgencyInvolvement().isEmpty()) {
      gap(IssueCode.AGENCY_INVOLVEMENT_MISSING, review.at(RapidReview_.AGENCY_INVOLVEMENT),
          "is empty; every agency involved contributes a summary to a rapid review");
    }
    if (value.getDecision().isEmpty()) {
      gap(IssueCode.DECISION_MISSING, review.at(RapidReview_.DECISION),
          "is not given; a rapid review's purpose is the decision on a further review");
    }
  }

  private void gap(IssueCode code, Pointer at, String rule) {
    issues.add(ValidationIssue.of(code, at, IssueMessages.subject(at) + " " + rule));
  }
}
