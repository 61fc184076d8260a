package org.safeguarding.review.cli;

import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The statistics for machines, one JSON object: {@code documents} with {@code valid} and {@code
 * invalid}, and {@code statistics}, an object with a member for each statistic that has something
 * to show, named as {@link Statistic#getName()}, each with its {@code title}, what it {@code
 * counted} and its {@code rows} ({@code key}, {@code label}, {@code count}), most frequent first.
 */
final class StatsJson {

  private StatsJson() {}

  static String of(CorpusStatistics statistics) {
    ObjectNode root = JsonMapper.shared().createObjectNode();
    ObjectNode documents = root.putObject("documents");
    documents.put("valid", statistics.getDocuments());
    documents.put("invalid", statistics.getInvalidDocuments());
    ObjectNode all = root.putObject("statistics");
    for (Statistic statistic : statistics.getStatistics()) {
      ObjectNode one = all.putObject(statistic.getName());
      one.put("title", statistic.getTitle());
      one.put("counted", statistic.getCounted());
      ArrayNode rows = one.putArray("rows");
      for (Frequency row : statistics.getFrequencies(statistic)) {
        rows.addObject().put("key", row.key()).put("label", row.label()).put("count", row.count());
      }
    }
    return ReviewJson.strict().withPrettyPrinting().writeTree(root);
  }
}
