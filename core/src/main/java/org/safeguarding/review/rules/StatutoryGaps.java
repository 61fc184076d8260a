package org.safeguarding.review.rules;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.Incident;
import org.safeguarding.review.Incident_;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.Place;
import org.safeguarding.review.Place_;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.RapidReviewTimeline_;
import org.safeguarding.review.RapidReview_;
import org.safeguarding.review.StatusTiming;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Subject_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;

/**
 * What a rapid review leaves out that the Panel's notification and rapid review ask for, each a
 * warning at the place of the missing property: a rapid review may not know everything yet, and
 * one reconstructed from a published document knows only what that document says, so nothing here
 * is an error.
 */
public final class StatutoryGaps implements DocumentCheck {

  /** A rapid review does not say when the local authority became aware of the incident. */
  public static final IssueCode BECAME_AWARE_MISSING = gapCode("rapidReview.becameAwareMissing", "a rapid review does not say when the local authority became aware of the incident");

  /** A rapid review does not say when the notification was sent. */
  public static final IssueCode NOTIFICATION_SENT_MISSING =
      gapCode("rapidReview.notificationSentMissing", "a rapid review does not say when the serious incident notification was sent");

  /** A rapid review's notification date is not known to the day. */
  public static final IssueCode DATE_PARTIAL = gapCode("rapidReview.datePartial", "a rapid review's notification date is not known to the day, or is inferred");

  /** A rapid review does not say whether the child died or was seriously harmed. */
  public static final IssueCode INCIDENT_OUTCOME_MISSING = gapCode("rapidReview.incidentOutcomeMissing", "a rapid review does not say whether the child died or was seriously harmed");

  /** A rapid review does not say whether abuse or neglect is known or suspected. */
  public static final IssueCode ABUSE_OR_NEGLECT_MISSING = gapCode("rapidReview.abuseOrNeglectMissing", "a rapid review does not say whether abuse or neglect is known or suspected");

  /** A rapid review gives no kind of harm. */
  public static final IssueCode HARM_TYPE_MISSING = gapCode("rapidReview.harmTypeMissing", "a rapid review gives no kind of harm");

  /** A rapid review does not say in which local authority area the incident happened. */
  public static final IssueCode INCIDENT_AREA_MISSING = gapCode("rapidReview.incidentAreaMissing", "a rapid review does not say in which local authority area the incident happened");

  /** A child of a rapid review has no age. */
  public static final IssueCode CHILD_AGE_MISSING = gapCode("rapidReview.childAgeMissing", "a child of a rapid review has no age");

  /** A child of a rapid review has no area of residence. */
  public static final IssueCode CHILD_AREA_MISSING = gapCode("rapidReview.childAreaMissing", "a child of a rapid review has no area of residence");

  /** A child of a rapid review has no status at the time of the incident. */
  public static final IssueCode CHILD_STATUS_MISSING = gapCode("rapidReview.childStatusMissing", "a child of a rapid review has no status at the time of the incident");

  /** A rapid review has no agency's summary of its involvement. */
  public static final IssueCode AGENCY_INVOLVEMENT_MISSING = gapCode("rapidReview.agencyInvolvementMissing", "a rapid review has no agency's summary of its involvement");

  /** A rapid review has no decision on a further review. */
  public static final IssueCode DECISION_MISSING = gapCode("rapidReview.decisionMissing", "a rapid review has no decision on a further review");

  /** The check; it keeps nothing between documents. */
  public StatutoryGaps() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    return parts.document(RapidReview.class).map(StatutoryGaps::gaps).orElse(List.of());
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(
        BECAME_AWARE_MISSING, NOTIFICATION_SENT_MISSING, DATE_PARTIAL, INCIDENT_OUTCOME_MISSING, ABUSE_OR_NEGLECT_MISSING, HARM_TYPE_MISSING, INCIDENT_AREA_MISSING,
        CHILD_AGE_MISSING, CHILD_AREA_MISSING, CHILD_STATUS_MISSING, AGENCY_INVOLVEMENT_MISSING, DECISION_MISSING);
  }

  private static List<ValidationIssue> gaps(Located<RapidReview> review) {
    List<ValidationIssue> issues = new ArrayList<>();
    RapidReview value = review.value();
    Located<RapidReviewTimeline> timeline = review.get(RapidReview_.TIMELINE);
    if (timeline.value().getBecameAware().isEmpty()) {
      gap(issues, BECAME_AWARE_MISSING, timeline.at(RapidReviewTimeline_.BECAME_AWARE),
          "is not given; the notification's timescale of 5 working days cannot be checked");
    }
    timeline.value().getNotificationSent().ifPresentOrElse(
        sent -> {
          if (sent.getPrecision() != PartialDate.Precision.DAY || sent.isInferred()) {
            gap(issues, DATE_PARTIAL, timeline.at(RapidReviewTimeline_.NOTIFICATION_SENT),
                (sent.isInferred() ? "is inferred, not stated; the rapid review's timescale of 15 working days is not checked"
                    : "is not known to the day; the rapid review's timescale of 15 working days is checked only when it is certainly late"));
          }
        },
        () -> gap(issues, NOTIFICATION_SENT_MISSING, timeline.at(RapidReviewTimeline_.NOTIFICATION_SENT),
            "is not given; the notification's and the rapid review's timescales cannot be checked"));
    Located<Incident> incident = review.get(RapidReview_.INCIDENT);
    if (incident.value().getOutcome().isEmpty()) {
      gap(issues, INCIDENT_OUTCOME_MISSING, incident.at(Incident_.OUTCOME),
          "is not given; whether the child died or was seriously harmed is a criterion of the notification");
    }
    if (incident.value().getAbuseOrNeglect().isEmpty()) {
      gap(issues, ABUSE_OR_NEGLECT_MISSING, incident.at(Incident_.ABUSE_OR_NEGLECT),
          "is not given; abuse or neglect known or suspected is a criterion of the notification");
    }
    if (incident.value().getHarmTypes().isEmpty()) {
      gap(issues, HARM_TYPE_MISSING, incident.at(Incident_.HARM_TYPES),
          "is empty; the Panel classifies notifications by the kind of harm");
    }
    String area = "; the rapid review belongs to the local authority where the incident happened";
    incident
        .getIfPresent(Incident_.PLACE)
        .ifPresentOrElse(
            place -> {
              if (place.value().getArea().isEmpty()) {
                gap(issues, INCIDENT_AREA_MISSING, place.at(Place_.AREA), "is not given" + area);
              }
            },
            () -> gap(issues, INCIDENT_AREA_MISSING, incident.at(Incident_.PLACE), "is not given, nor its area" + area));
    for (Located<Subject> child : review.getAll(RapidReview_.CHILDREN)) {
      if (child.value().getAge().isEmpty()) {
        gap(issues, CHILD_AGE_MISSING, child.at(Subject_.AGE), "is not given; the child's age at the incident is a notification field");
      }
      if (child.value().getArea().isEmpty()) {
        gap(issues, CHILD_AREA_MISSING, child.at(Subject_.AREA),
            "is not given; the local authority where the child lives works with the one that owns the review");
      }
      if (child.value().getStatuses().stream().allMatch(status -> status.getWhen().isPresent() || status.getTiming().filter(t -> t != StatusTiming.AT_INCIDENT).isPresent())) {
        gap(issues, CHILD_STATUS_MISSING, child.at(Subject_.STATUSES),
            "has no status at the time of the incident (one without \"when\"); the child's legal status is a notification field");
      }
    }
    if (value.getAgencyInvolvement().isEmpty()) {
      gap(issues, AGENCY_INVOLVEMENT_MISSING, review.at(RapidReview_.AGENCY_INVOLVEMENT),
          "is empty; every agency involved contributes a summary to a rapid review");
    }
    if (value.getDecision().isEmpty()) {
      gap(issues, DECISION_MISSING, review.at(RapidReview_.DECISION),
          "is not given; a rapid review's purpose is the decision on a further review");
    }
    return issues;
  }

  private static void gap(List<ValidationIssue> issues, IssueCode code, Pointer at, String rule) {
    issues.add(ValidationIssue.of(code, at, IssueMessages.subject(at) + " " + rule));
  }

  private static IssueCode gapCode(String text, String description) {
    return IssueCode.of(text, IssueCategory.STATUTORY_GAP, Severity.WARNING, description);
  }
}
