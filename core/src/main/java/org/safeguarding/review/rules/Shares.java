package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.Status;
import org.safeguarding.review.Status_;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Subject_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * A share says for how much of a group a status holds: a warning where a child with a pseudonym,
 * who is one child, has a status with a share (the share belongs on the status of the group the
 * document means).
 */
public final class Shares implements DocumentCheck {

  /** A status of one child has a share of a group. */
  public static final IssueCode SHARE_OF_ONE =
      IssueCode.of("status.shareOfOne", DOMAIN_RULE, WARNING, "a status of one child, a subject, has a share of a group");

  /** The check; it keeps nothing between documents. */
  public Shares() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<Subject> subject : parts.all(Subject.class)) {
      for (Located<Status> status : subject.getAll(Subject_.STATUSES)) {
        status.getIfPresent(Status_.SHARE).ifPresent(share -> issues.add(ValidationIssue.of(
            SHARE_OF_ONE,
            share.pointer(),
            IssueMessages.quoted(Status_.SHARE.name()) + " is for a group's status; a subject is one child, so give the share on the status of the group")));
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(SHARE_OF_ONE);
  }
}
