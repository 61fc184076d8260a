package org.safeguarding.review.standard;

import java.util.Locale;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;

/** The list of issue codes as the documentation gives it, written from the registry. */
final class IssueCodesPage {

  private IssueCodesPage() {}

  static String markdown() {
    StringBuilder page = new StringBuilder();
    page.append("# Issue codes\n\n")
        .append("Every code the library reports, by the stage of checking it belongs to, with the severity its issues\n")
        .append("have unless a check says otherwise. Codes do not change within a major version; compare codes or\n")
        .append("categories, never their text. This page is written from the registry of codes (`IssueCodes`) by\n")
        .append("`IssueCodesTest`; do not edit it by hand.\n");
    IssueCategory current = null;
    for (IssueCode code : IssueCodes.all()) {
      if (code.category() != current) {
        current = code.category();
        page.append("\n## ").append(current.name()).append("\n\n| code | severity | meaning |\n|---|---|---|\n");
      }
      page.append("| `").append(code.text()).append("` | ").append(code.defaultSeverity().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(code.description()).append(" |\n");
    }
    return page.toString();
  }
}
