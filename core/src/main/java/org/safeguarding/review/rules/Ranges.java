package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguarding.review.Age;
import org.safeguarding.review.Age_;
import org.safeguarding.review.TimeSpan;
import org.safeguarding.review.TimeSpan_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * A range of ages or of time does not end below its start. No JSON Schema can compare two values,
 * so this is a domain rule rather than part of the forms of ages and time spans.
 */
public final class Ranges implements DocumentCheck {

  /** The end of a range of ages or of a time span is below its start. */
  public static final IssueCode RANGE_REVERSED =
      IssueCode.of("range.reversed", DOMAIN_RULE, ERROR, "the end of a range of ages or of a time span is below its start");

  /** The check; it keeps nothing between documents. */
  public Ranges() {}

  @Override
  public List<ValidationIssue> check(DocumentParts parts) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (Located<Age> age : parts.all(Age.class)) {
      range(age.value().getValue(), age.value().getTo(), age.at(Age_.TO), Age_.VALUE.name(), issues);
    }
    for (Located<TimeSpan> span : parts.all(TimeSpan.class)) {
      range(span.value().getValue(), span.value().getTo(), span.at(TimeSpan_.TO), TimeSpan_.VALUE.name(), issues);
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(RANGE_REVERSED);
  }

  private static void range(Optional<Integer> start, Optional<Integer> end, Pointer at, String startName, List<ValidationIssue> issues) {
    if (start.isPresent() && end.isPresent() && end.get() < start.get()) {
      issues.add(ValidationIssue.of(
          RANGE_REVERSED, at, IssueMessages.subject(at) + " ends a range and must not be below " + IssueMessages.quoted(startName)));
    }
  }
}
