package org.safeguarding.review.testing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.RapidReviewTimeline;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.report.ValidationIssue;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.standard.IssueCodes;
import org.safeguarding.review.standard.Standard;
import org.safeguarding.review.timescale.TimescaleRule;
import org.safeguarding.review.timescale.Timescales;
import org.safeguarding.review.timescale.WorkingDayCalendar;
import org.safeguarding.review.validation.ConstraintEngine;
import org.safeguarding.review.validation.ModelValidator;

/**
 * A validator configured as an application would configure one, and a document that shows whether
 * each part of the configuration took effect: an application's own check, timescales counted from
 * becoming aware, and an application's own Bean Validation validator that counts its calls.
 */
public final class ConfiguredValidation {

  /** The code of the application's own check. */
  public static final IssueCode OWN_CODE = IssueCodes.custom("acme.everyDocumentIsSeen", Severity.WARNING);

  /** How many documents the application's own Bean Validation validator was asked to validate. */
  public final AtomicInteger validated = new AtomicInteger();

  /** The validator: the application's Bean Validation validator, the standard checks with its own timescales, and its own check. */
  public final ModelValidator validator =
      Standard.validator(Timescales.of(WorkingDayCalendar.englandAndWales(), Timescales.RapidReviewAnchor.BECAME_AWARE))
          .withValidator(new CountingValidator(ConstraintEngine.bundledValidator(), validated))
          .withCheck(parts -> List.of(ValidationIssue.of(OWN_CODE, Pointer.root(), "the application's own check saw the document")));

  /**
   * A rapid review submitted on time when counted from the notification (the default) and late
   * when counted from becoming aware: became aware 2 March 2026, notified 5 March, submitted 25
   * March, 15 working days after 2 March being 23 March.
   */
  public static RapidReview lateOnlyFromAwareness() {
    RapidReview review = TestDocuments.rapidReview();
    return RapidReview.builder()
        .from(review)
        .timeline(RapidReviewTimeline.builder().from(review.getTimeline()).submitted(PartialDate.of(LocalDate.of(2026, 3, 25))).build())
        .build();
  }

  /** Whether a report shows that every part of this configuration took effect. */
  public boolean tookEffect(ValidationReport report) {
    return validated.get() > 0
        && report.warnings().stream().anyMatch(i -> OWN_CODE.equals(i.code()))
        && report.warnings().stream().anyMatch(i -> TimescaleRule.RAPID_REVIEW.getCode().equals(i.code()));
  }

  /** A Bean Validation validator that counts the documents it validates and delegates the rest. */
  private record CountingValidator(Validator delegate, AtomicInteger count) implements Validator {
    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
      count.incrementAndGet();
      return delegate.validate(object, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
      return delegate.validateProperty(object, propertyName, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
      return delegate.validateValue(beanType, propertyName, value, groups);
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
      return delegate.getConstraintsForClass(clazz);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      return delegate.unwrap(type);
    }

    @Override
    public ExecutableValidator forExecutables() {
      return delegate.forExecutables();
    }
  }
}
