package org.safeguarding.review.testing;

import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;

/**
 * Small learning summaries written as JSON for tests of one part of the model: a document of a
 * format with the properties a test gives, and one section of one paragraph unless they give
 * sections, read strictly.
 */
public final class SummaryJson {

  private static final ReviewJson JSON = ReviewJson.strict();

  private SummaryJson() {}

  /**
   * A learning summary's JSON.
   *
   * @param format the value of {@code format}
   * @param properties further properties, as JSON members without the braces
   * @return the document's text
   */
  public static String document(String format, String properties) {
    String sections = properties.contains("\"sections\"") ? "" : ", \"sections\": [{\"kind\": \"OTHER\", \"content\": [{\"paragraph\": \"Text.\"}]}]";
    return """
        {"documentType": "LearningSummary", "schemaVersion": "1.0.0", "id": "ls-1", "title": "Facts",
         "format": "%s", %s%s}
        """.formatted(format, properties, sections);
  }

  /**
   * A learning summary read from {@link #document(String, String)}, which must be valid in form.
   *
   * @param format the value of {@code format}
   * @param properties further properties, as JSON members without the braces
   * @return the document
   */
  public static LearningSummary read(String format, String properties) {
    return JSON.read(JsonInput.of(document(format, properties)), LearningSummary.class);
  }

  /**
   * A learning summary parsed from {@link #document(String, String)}, with its report.
   *
   * @param format the value of {@code format}
   * @param properties further properties, as JSON members without the braces
   * @return what reading gave
   */
  public static ReadResult<LearningSummary> parse(String format, String properties) {
    return JSON.parse(JsonInput.of(document(format, properties)), LearningSummary.class);
  }
}
