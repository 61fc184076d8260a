package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.review.Certainty;
import org.safeguarding.review.DecisionOutcome;
import org.safeguarding.review.Decision_;
import org.safeguarding.review.Incident;
import org.safeguarding.review.IncidentOutcome;
import org.safeguarding.review.Incident_;
import org.safeguarding.review.Notification;
import org.safeguarding.review.NotificationRoute;
import org.safeguarding.review.Notification_;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReview_;
import org.safeguarding.review.SignOff;
import org.safeguarding.review.StatutoryPartner;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * What the Panel expects of a rapid review, as warnings: a notification of its own for each child
 * who died, a route that fits what is known of abuse or neglect, a rationale where the criteria
 * are met yet no review follows, and sign-off by the three statutory partners once the review is
 * submitted.
 *
 * <p>Each child who died is notified on a form of their own, siblings seriously harmed on one, and
 * children who are not siblings on separate forms (gov.uk, "Report a serious child safeguarding
 * incident"). Whether children are siblings is not always known, so only deaths are counted, and
 * only where every child of the incident died: an outcome of {@code DIED_OR_SERIOUSLY_HARMED} does
 * not say how many died.
 */
public final class RapidReviewWarnings implements DocumentCheck {

  /** Several children died, and the notification lists too few others. */
  public static final IssueCode DEATHS_ON_ONE_NOTIFICATION =
      IssueCode.of(
          "notification.deathsOnOneForm",
          DOMAIN_RULE,
          WARNING,
          "several children died, but the notification lists fewer linked notifications than one for each other child");

  /** A serious incident notification where abuse or neglect is neither known nor suspected. */
  public static final IssueCode ROUTE_WITHOUT_ABUSE =
      IssueCode.of(
          "notification.routeWithoutAbuse",
          DOMAIN_RULE,
          WARNING,
          "the route is a serious incident, but abuse or neglect is neither known nor suspected");

  /** The criteria for a practice review are met, yet no review follows. */
  public static final IssueCode CRITERIA_MET_WITHOUT_REVIEW =
      IssueCode.of("decision.criteriaMetWithoutReview", DOMAIN_RULE, WARNING, "the criteria for a practice review are met, yet no review follows");

  /** A statutory partner has not signed off a submitted rapid review. */
  public static final IssueCode SIGN_OFF_MISSING =
      IssueCode.of("signOff.partnerMissing", DOMAIN_RULE, WARNING, "a statutory partner has not signed off a submitted rapid review");

  /** The check; it keeps nothing between documents. */
  public RapidReviewWarnings() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    return parts.document(RapidReview.class).map(RapidReviewWarnings::warnings).orElse(List.of());
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(DEATHS_ON_ONE_NOTIFICATION, ROUTE_WITHOUT_ABUSE, CRITERIA_MET_WITHOUT_REVIEW, SIGN_OFF_MISSING);
  }

  private static List<ValidationIssue> warnings(Located<RapidReview> review) {
    List<ValidationIssue> issues = new ArrayList<>();
    notification(review, issues);
    review
        .getIfPresent(RapidReview_.DECISION)
        .filter(d -> d.value().getCriteriaMet().orElse(false) && d.value().getOutcome() == DecisionOutcome.NO_FURTHER_REVIEW)
        .ifPresent(d -> issues.add(ValidationIssue.of(
            CRITERIA_MET_WITHOUT_REVIEW,
            d.at(Decision_.OUTCOME),
            IssueMessages.quoted(Decision_.CRITERIA_MET.name()) + " is true but " + IssueMessages.quoted(Decision_.OUTCOME.name()) + " is "
                + DecisionOutcome.NO_FURTHER_REVIEW + "; the rationale should say why")));
    if (review.value().getTimeline().getSubmitted().isPresent()) {
      Set<StatutoryPartner> missing = EnumSet.allOf(StatutoryPartner.class);
      review.value().getSignOff().stream().map(SignOff::getPartner).forEach(missing::remove);
      if (!missing.isEmpty()) {
        issues.add(ValidationIssue.of(
            SIGN_OFF_MISSING,
            review.at(RapidReview_.SIGN_OFF),
            "a submitted rapid review is signed off by all three statutory partners; missing: "
                + missing.stream().map(Enum::name).collect(Collectors.joining(", "))));
      }
    }
    return issues;
  }

  private static void notification(Located<RapidReview> review, List<ValidationIssue> issues) {
    Incident incident = review.value().getIncident();
    Optional<Notification> notification = review.value().getNotification();
    int linked = notification.map(n -> n.getLinkedNotifications().size()).orElse(0);
    int died = incident.getSubjects().isEmpty() ? review.value().getChildren().size() : incident.getSubjects().size();
    if (incident.getOutcome().orElse(null) == IncidentOutcome.DIED && died > 1 && linked < died - 1) {
      issues.add(ValidationIssue.of(
          DEATHS_ON_ONE_NOTIFICATION,
          review.getIfPresent(RapidReview_.NOTIFICATION)
              .map(n -> n.at(Notification_.LINKED_NOTIFICATIONS))
              .orElse(review.get(RapidReview_.INCIDENT).at(Incident_.OUTCOME)),
          died + " children died and each is notified on a form of their own; "
              + IssueMessages.quoted(Notification_.LINKED_NOTIFICATIONS.name()) + " lists " + linked + " of the other " + (died - 1)));
    }
    if (notification.flatMap(Notification::getRoute).orElse(null) == NotificationRoute.SERIOUS_INCIDENT
        && incident.getAbuseOrNeglect().orElse(null) == Certainty.NEITHER) {
      issues.add(ValidationIssue.of(
          ROUTE_WITHOUT_ABUSE,
          review.getIfPresent(RapidReview_.NOTIFICATION).orElseThrow().at(Notification_.ROUTE),
          "a serious incident is notified when abuse or neglect is known or suspected; the death of a looked after child or a"
              + " care leaver is notified by its own route"));
    }
  }
}
