package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safeguarding.review.Incident;
import org.safeguarding.review.Incident_;
import org.safeguarding.review.Presentation;
import org.safeguarding.review.Presentation_;
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
 * A share says for how much of a group a status holds, or on how many of a group's children a
 * presentation was found: a warning where it is given for one child, a subject with a pseudonym
 * (the share belongs on the group the document means).
 */
public final class Shares implements DocumentCheck {

  /** A status of one child has a share of a group. */
  public static final IssueCode SHARE_OF_ONE =
      IssueCode.of("status.shareOfOne", DOMAIN_RULE, WARNING, "a status of one child, a subject, has a share of a group");

  /** A presentation of an incident that concerns one child has a share of a group. */
  public static final IssueCode PRESENTATION_SHARE_OF_ONE =
      IssueCode.of(
          "presentation.shareOfOne", DOMAIN_RULE, WARNING, "a presentation of an incident of one child, a subject, has a share of a group");

  /** The check; it keeps nothing between documents. */
  public Shares() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    Set<String> children = new HashSet<>();
    for (Located<Subject> subject : parts.all(Subject.class)) {
      children.add(subject.value().getPseudonym());
      for (Located<Status> status : subject.getAll(Subject_.STATUSES)) {
        status.getIfPresent(Status_.SHARE).ifPresent(share -> issues.add(ValidationIssue.of(
            SHARE_OF_ONE,
            share.pointer(),
            IssueMessages.quoted(Status_.SHARE.name()) + " is for a group's status; a subject is one child, so give the share on the status of the group")));
      }
    }
    for (Located<Incident> incident : parts.all(Incident.class)) {
      List<String> subjects = incident.value().getSubjects();
      if (subjects.size() == 1 && children.contains(subjects.get(0))) {
        for (Located<Presentation> presentation : incident.getAll(Incident_.PRESENTATIONS)) {
          presentation.getIfPresent(Presentation_.SHARE).ifPresent(share -> issues.add(ValidationIssue.of(
              PRESENTATION_SHARE_OF_ONE,
              share.pointer(),
              IssueMessages.quoted(Presentation_.SHARE.name()) + " is for what was found on part of a group; the incident concerns one child,"
                  + " a subject, so name the group in its " + IssueMessages.quoted(Incident_.SUBJECTS.name()))));
        }
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(SHARE_OF_ONE, PRESENTATION_SHARE_OF_ONE);
  }
}
