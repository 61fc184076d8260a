package org.safeguarding.review.standard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;
import org.safeguarding.review.validation.ModelValidator;

/**
 * Every code the library raises, gathered from where each is declared: the generic codes of the
 * JSON form ({@link IssueCode#generic()}), the form rules' ({@link FormRule}), the validator's own
 * ({@link ModelValidator#PROPERTY_NAME_TAKEN}) and those of each standard check ({@link
 * DocumentCheck#codes()}). The list of codes in the documentation is written from here, and codes
 * read back from a report's text are found here.
 */
public final class IssueCodes {

  private static final Map<String, IssueCode> LIBRARY = gather();

  private IssueCodes() {}

  /** {@return every code of the library, each once, by category, in the order each is declared} */
  public static List<IssueCode> all() {
    List<IssueCode> sorted = new ArrayList<>(LIBRARY.values());
    sorted.sort(Comparator.comparing(IssueCode::category));
    return Collections.unmodifiableList(sorted);
  }

  /**
   * {@return the library's code with this text, if there is one}
   *
   * @param text a code's text, such as {@code value.blank}
   */
  public static Optional<IssueCode> fromText(String text) {
    return Optional.ofNullable(LIBRARY.get(text));
  }

  /**
   * A code of an application's own check, in the {@link IssueCategory#CUSTOM} category.
   *
   * @param text the code's text: dot-separated words of letters and digits, each starting with a
   *     lower-case letter, such as {@code acme.findingWithoutTheme}
   * @param defaultSeverity the severity its issues have unless the check says otherwise
   * @return the code, equal to any other code with the same text
   * @throws IllegalArgumentException if the text is not of that form or is one of the library's codes
   */
  public static IssueCode custom(String text, Severity defaultSeverity) {
    Objects.requireNonNull(text, "text");
    if (!text.contains(".")) {
      throw new IllegalArgumentException("A code is dot-separated words, such as acme.findingWithoutTheme");
    }
    if (LIBRARY.containsKey(text)) {
      throw new IllegalArgumentException("The code " + text + " is one of the library's own");
    }
    return IssueCode.of(text, IssueCategory.CUSTOM, defaultSeverity, "a code of an application's own check");
  }

  private static Map<String, IssueCode> gather() {
    List<IssueCode> codes = new ArrayList<>(IssueCode.generic());
    for (FormRule rule : FormRule.values()) {
      codes.add(rule.getCode());
    }
    codes.add(ModelValidator.PROPERTY_NAME_TAKEN);
    for (DocumentCheck check : Standard.checks()) {
      codes.addAll(check.codes());
    }
    Map<String, IssueCode> byText = new LinkedHashMap<>();
    codes.forEach(code -> byText.putIfAbsent(code.text(), code));
    return Collections.unmodifiableMap(byText);
  }
}
