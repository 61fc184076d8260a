package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.Status;
import org.safeguarding.review.StatusKind;
import org.safeguarding.review.Status_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/** A category of abuse belongs to a child protection plan: a warning where a status of another kind has one. */
public final class ProtectionCategories implements DocumentCheck {

  /** A status has a category of abuse but is not a child protection plan. */
  public static final IssueCode CATEGORY_WITHOUT_PLAN =
      IssueCode.of("subject.categoryWithoutPlan", DOMAIN_RULE, WARNING, "a status has a category of abuse but is not a child protection plan");

  /** The check; it keeps nothing between documents. */
  public ProtectionCategories() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<Status> status : parts.all(Status.class)) {
      if (status.value().getCategory().isPresent() && status.value().getKind() != StatusKind.CHILD_PROTECTION_PLAN) {
        issues.add(ValidationIssue.of(
            CATEGORY_WITHOUT_PLAN,
            status.at(Status_.CATEGORY),
            IssueMessages.quoted(Status_.CATEGORY.name()) + " is given but " + IssueMessages.quoted(Status_.KIND.name()) + " is not "
                + StatusKind.CHILD_PROTECTION_PLAN));
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(CATEGORY_WITHOUT_PLAN);
  }
}
