package org.safeguarding.review.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lines of an NDJSON batch: each a learning summary as compact JSON, built from its line
 * number, so that ids, sizes and content vary from line to line and are the same on every run.
 *
 * <p>An invalid line is one of four kinds in turn: a blank title ({@code value.blank}), a subject
 * given twice ({@code subject.duplicatePseudonym}, which only the model finds), an unknown
 * property ({@code property.unknown}) and JSON cut short ({@code json.malformed}).
 */
final class BatchLines {

  private static final ReviewJson JSON = ReviewJson.strict();

  private BatchLines() {}

  /** A valid document for the line, of about 1 to 6 KB as compact JSON. */
  static LearningSummary document(long line) {
    SyntheticSummaries.Shape shape =
        new SyntheticSummaries.Shape(
            1 + (int) Math.floorMod(line, 4L), 1 + (int) Math.floorMod(line / 4, 4L), line % 2 == 0);
    return SyntheticSummaries.summary(line, shape);
  }

  /** The line's JSON, with its line end; {@code kind} chooses how an invalid line is wrong. */
  static byte[] json(long line, boolean invalid, long kind) {
    LearningSummary document = document(line);
    if (!invalid) {
      return JSON.writeBytes(document);
    }
    return switch ((int) Math.floorMod(kind, 4L)) {
      case 0 -> JSON.writeBytes(LearningSummary.builder().from(document).title(" ").build());
      case 1 ->
          JSON.writeBytes(
              LearningSummary.builder()
                  .from(document)
                  .addSubjects(document.getSubjects().get(0))
                  .build());
      case 2 -> {
        ObjectNode tree = (ObjectNode) JSON.toTree(document);
        tree.put("colour", "blue");
        yield JSON.writeTree(tree).getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        // The closing brace cut off, the line end kept.
        byte[] whole = JSON.writeBytes(document);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        cut[cut.length - 1] = '\n';
        yield cut;
      }
    };
  }
}
