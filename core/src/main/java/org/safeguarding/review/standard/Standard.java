package org.safeguarding.review.standard;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.privacy.PersonalDataScanner;
import org.safeguarding.review.rules.DomainRules;
import org.safeguarding.review.timescale.Timescales;
import org.safeguarding.review.validation.ConstraintEngine;
import org.safeguarding.review.validation.ModelValidator;

/**
 * The standard validation of the library, assembled from its parts: the library's own constraint
 * engine, then the domain rules, the statutory timescales and the privacy scan. This is what every
 * reader uses unless it is given another validator.
 */
public final class Standard {

  private static final ModelValidator VALIDATOR = ModelValidator.of(ConstraintEngine.standard(), checks());

  private Standard() {}

  /** {@return the standard validator: the library's constraint engine and the standard checks} */
  public static ModelValidator validator() {
    return VALIDATOR;
  }

  /**
   * {@return the standard validator with other timescales, such as another calendar's or anchor's}
   *
   * @param timescales the timescales to work out deadlines with
   */
  public static ModelValidator validator(Timescales timescales) {
    return ModelValidator.of(ConstraintEngine.standard(), checks(timescales));
  }

  /** {@return the standard checks, in the order they run: the domain rules, the timescales, the privacy scan} */
  public static List<DocumentCheck> checks() {
    return checks(Timescales.standard());
  }

  /**
   * {@return the standard checks with other timescales}
   *
   * @param timescales the timescales to work out deadlines with
   */
  public static List<DocumentCheck> checks(Timescales timescales) {
    List<DocumentCheck> checks = new ArrayList<>(DomainRules.all());
    checks.add(timescales);
    checks.add(PersonalDataScanner.standard());
    return List.copyOf(checks);
  }
}
