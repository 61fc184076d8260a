package org.safeguarding.review.rules;

import static org.safeguarding.review.report.IssueCategory.DOMAIN_RULE;
import static org.safeguarding.review.report.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguarding.review.Age;
import org.safeguarding.review.Age_;
import org.safeguarding.review.Figure;
import org.safeguarding.review.FigureUnit;
import org.safeguarding.review.Figure_;
import org.safeguarding.review.TimeSpan;
import org.safeguarding.review.TimeSpan_;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.check.Located;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.IssueMessages;
import org.safeguarding.review.report.ValidationIssue;

/**
 * A range of ages or of time does not end below its start, and a count of whole things is not above
 * the whole it is counted out of ("11 of 18"). No JSON Schema can compare two values, so these are
 * domain rules rather than part of the forms of ages, time spans and figures.
 */
public final class Ranges implements DocumentCheck {

  /** The end of a range of ages or of a time span is below its start. */
  public static final IssueCode RANGE_REVERSED =
      IssueCode.of("range.reversed", DOMAIN_RULE, ERROR, "the end of a range of ages or of a time span is below its start");

  /** A figure counts more whole things than the whole it is counted out of. */
  public static final IssueCode ABOVE_OUT_OF =
      IssueCode.of("figure.aboveOutOf", DOMAIN_RULE, ERROR, "a figure's count of whole things is above the whole it is counted out of");

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
    for (Located<Figure> figure : parts.all(Figure.class)) {
      Figure value = figure.value();
      if (value.getUnit().orElse(null) == FigureUnit.COUNT
          && value.getValue().filter(ValueKind::isWhole).isPresent()
          && value.getOutOf().filter(ValueKind::isWhole).isPresent()
          && value.getValue().get().compareTo(value.getOutOf().get()) > 0) {
        Pointer at = figure.at(Figure_.VALUE);
        issues.add(ValidationIssue.of(
            ABOVE_OUT_OF, at, IssueMessages.subject(at) + " counts whole things and must not be above " + IssueMessages.quoted(Figure_.OUT_OF.name())));
      }
    }
    return issues;
  }

  @Override
  public List<IssueCode> codes() {
    return List.of(RANGE_REVERSED, ABOVE_OUT_OF);
  }

  private static void range(Optional<Integer> start, Optional<Integer> end, Pointer at, String startName, List<ValidationIssue> issues) {
    if (start.isPresent() && end.isPresent() && end.get() < start.get()) {
      issues.add(ValidationIssue.of(
          RANGE_REVERSED, at, IssueMessages.subject(at) + " ends a range and must not be below " + IssueMessages.quoted(startName)));
    }
  }
}
