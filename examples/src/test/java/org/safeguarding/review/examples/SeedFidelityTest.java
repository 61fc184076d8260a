package org.safeguarding.review.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.databind.JsonNode;

/**
 * Nothing of a seed document is lost: every heading, paragraph, bullet and sentence of the seed
 * text appears in one typed field of its JSON document, after normalising whitespace and bullet
 * marks. A paragraph may be split between fields (a finding's statement and its detail) only at
 * sentence ends.
 */
class SeedFidelityTest {

  private static final Pattern BULLET = Pattern.compile("^[\\s\\u00a0\\u2022\\uf0b7*-]+");
  private static final Pattern LINK = Pattern.compile("^\\[(.+)]\\((.*)\\)$");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

  @ParameterizedTest
  @CsvSource({
    "essex-learning-summary-child-hh-cc.txt, essex-learning-summary-child-hh-cc.json",
    "temporary-accommodation-audit-briefing.txt, temporary-accommodation-audit-briefing.json"
  })
  void everyLineAndSentenceOfTheSeedIsInATypedField(String seed, String document) throws Exception {
    List<String> units = units(Files.readString(Path.of("seeds", seed), StandardCharsets.UTF_8));
    List<String> fields = new ArrayList<>();
    texts(ReviewJson.strict().toTree(ExampleDocuments.read(document)), fields);

    assertThat(units).hasSizeGreaterThan(10);
    List<String> missing = new ArrayList<>();
    for (String unit : units) {
      if (!inOneField(unit, fields)) {
        for (String sentence : SENTENCE_END.split(unit)) {
          if (!inOneField(sentence, fields)) {
            missing.add(sentence);
          }
        }
      }
    }
    assertThat(missing).as("seed text not found in any field").isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "essex-learning-summary-child-hh-cc.json, 7, 12, 3, 0, 2",
    "temporary-accommodation-audit-briefing.json, 4, 7, 0, 4, 0"
  })
  void eachBulletIsItsOwnTypedItemNotOneBlob(
      String document, int sections, int findings, int recommendations, int actions, int resources) {
    var summary = (org.safeguarding.review.LearningSummary) ExampleDocuments.read(document);

    assertThat(summary.getSections()).hasSize(sections);
    assertThat(summary.findings()).hasSize(findings);
    assertThat(summary.recommendations()).hasSize(recommendations);
    assertThat(summary.actions()).hasSize(actions);
    assertThat(summary.resources()).hasSize(resources);
  }

  /** Non-empty lines without bullet marks, and the titles of Markdown links. */
  private static List<String> units(String seed) {
    List<String> units = new ArrayList<>();
    for (String line : seed.split("\\R")) {
      String unit = normalise(BULLET.matcher(line).replaceFirst(""));
      Matcher link = LINK.matcher(unit);
      if (link.matches()) {
        unit = link.group(1);
      }
      if (!unit.isEmpty()) {
        units.add(unit);
      }
    }
    return units;
  }

  private static void texts(JsonNode node, List<String> into) {
    if (node.isString()) {
      into.add(normalise(node.stringValue()));
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        texts(property.getValue(), into);
      }
    } else if (node.isArray()) {
      node.forEach(item -> texts(item, into));
    }
  }

  private static boolean inOneField(String text, List<String> fields) {
    return fields.stream().anyMatch(field -> field.contains(text));
  }

  private static String normalise(String text) {
    return text.replaceAll("[\\s\\u00a0]+", " ").trim();
  }
}
