package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.HarmType;
import org.safeguarding.review.Incident;
import org.safeguarding.review.Incident_;
import org.safeguarding.review.Presentation;
import org.safeguarding.review.Presentation_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * What an incident says agrees with itself: harm types including OTHER come with a summary that
 * says what the harm was, as the value's definition asks (a warning: without one a reader learns
 * only that the harm is none of the listed kinds); a presentation where no explanation was offered
 * gives no explanation nor whether it fitted (a warning too: the two contradict each other, unless
 * the document tells of an explanation given only later, which belongs on a presentation of its
 * own).
 */
public final class IncidentStatements implements DocumentCheck {

  /** An incident's harm types include OTHER, and it has no summary. */
  public static final IssueCode OTHER_HARM_UNEXPLAINED =
      IssueCode.of(
          "incident.otherHarmUnexplained", DOMAIN_RULE, WARNING, "an incident's harm types include OTHER, but it has no summary to say what");

  /** A presentation says no explanation was offered, yet gives one or says whether it fitted. */
  public static final IssueCode EXPLANATION_CONTRADICTED =
      IssueCode.of(
          "presentation.explanationContradicted",
          DOMAIN_RULE,
          WARNING,
          "a presentation says no explanation was offered, yet gives one or says whether it fitted");

  /** The check; it keeps nothing between documents. */
  public IncidentStatements() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<Incident> incident : parts.all(Incident.class)) {
      if (incident.value().getHarmTypes().contains(HarmType.OTHER) && incident.value().getSummary().isEmpty()) {
        issues.add(ValidationIssue.of(
            OTHER_HARM_UNEXPLAINED,
            incident.at(Incident_.HARM_TYPES),
            IssueMessages.subject(incident.at(Incident_.HARM_TYPES)) + " include " + HarmType.OTHER + "; "
                + IssueMessages.quoted(Incident_.SUMMARY.name()) + " should say what the harm was"));
      }
    }
    for (Located<Presentation> presentation : parts.all(Presentation.class)) {
      Presentation value = presentation.value();
      if (!value.getExplanationOffered().orElse(true) && (value.getExplanationGiven().isPresent() || value.getExplanationFitted().isPresent())) {
        issues.add(ValidationIssue.of(
            EXPLANATION_CONTRADICTED,
            presentation.at(Presentation_.EXPLANATION_OFFERED),
            IssueMessages.quoted(Presentation_.EXPLANATION_OFFERED.name()) + " is false, yet "
                + IssueMessages.quoted(Presentation_.EXPLANATION_GIVEN.name()) + " or "
                + IssueMessages.quoted(Presentation_.EXPLANATION_FITTED.name()) + " is set; leave them out when none was offered"));
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(OTHER_HARM_UNEXPLAINED, EXPLANATION_CONTRADICTED);
  }
}
