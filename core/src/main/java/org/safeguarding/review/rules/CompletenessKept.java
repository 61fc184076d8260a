package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.CompletenessStatus;
import org.safeguarding.review.Completeness_;
import org.safeguarding.review.Omission;
import org.safeguarding.review.Provenance;
import org.safeguarding.review.Provenance_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * A document whose provenance says its text is complete marks no place where text is not
 * available: a warning at each omission of such a document, since one of the two is wrong.
 */
public final class CompletenessKept implements DocumentCheck {

  /** A document said to be complete marks a place where text is not available. */
  public static final IssueCode OMISSION_IN_COMPLETE =
      IssueCode.of(
          "completeness.omissionInComplete",
          DOMAIN_RULE,
          WARNING,
          "a document said to be complete marks a place where text is not available");

  /** The check; it keeps nothing between documents. */
  public CompletenessKept() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    boolean complete =
        parts.document().value().getProvenance()
            .flatMap(Provenance::getCompleteness)
            .filter(completeness -> completeness.getStatus() == CompletenessStatus.COMPLETE)
            .isPresent();
    List<ValidationIssue> issues = new ArrayList<>();
    if (complete) {
      for (Located<Omission> omission : parts.all(Omission.class)) {
        issues.add(ValidationIssue.of(
            OMISSION_IN_COMPLETE,
            omission.pointer(),
            IssueMessages.subject(omission.pointer()) + " marks text as not available, but "
                + IssueMessages.quoted(Provenance_.COMPLETENESS.name() + "." + Completeness_.STATUS.name()) + " is "
                + CompletenessStatus.COMPLETE));
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(OMISSION_IN_COMPLETE);
  }
}
