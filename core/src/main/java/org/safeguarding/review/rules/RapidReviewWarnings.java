package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.review.DecisionOutcome;
import org.safeguarding.review.Decision_;
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
 * What the Panel expects of a rapid review, as warnings: at most four children per serious
 * incident notification, a rationale where the criteria are met yet no review follows, and sign-off
 * by the three statutory partners once the review is submitted.
 */
public final class RapidReviewWarnings implements DocumentCheck {

  /** A serious incident notification covers at most four children. */
  public static final int MAX_CHILDREN_PER_NOTIFICATION = 4;

  /** A notification covers more than four children. */
  public static final IssueCode TOO_MANY_CHILDREN =
      IssueCode.of("incident.tooManyChildren", DOMAIN_RULE, WARNING, "a notification covers more than four children");

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
    return List.of(TOO_MANY_CHILDREN, CRITERIA_MET_WITHOUT_REVIEW, SIGN_OFF_MISSING);
  }

  private static List<ValidationIssue> warnings(Located<RapidReview> review) {
    List<ValidationIssue> issues = new ArrayList<>();
    if (review.value().getChildren().size() > MAX_CHILDREN_PER_NOTIFICATION) {
      issues.add(ValidationIssue.of(
          TOO_MANY_CHILDREN,
          review.at(RapidReview_.CHILDREN),
          "one serious incident notification covers at most " + MAX_CHILDREN_PER_NOTIFICATION + " children"));
    }
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
}
