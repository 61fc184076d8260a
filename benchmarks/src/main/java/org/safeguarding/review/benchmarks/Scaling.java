package org.safeguarding.review.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.schema.DocumentValidator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether checking costs time in proportion to the input, for shapes of input that each stress a
 * stage: many unknown properties, many issues, many findings and references, long texts for the
 * privacy scan, wide and deep arrays, and many documents. Each shape is made at about 1, 2, 4, 8
 * and 16 MiB and checked by {@link DocumentValidator} in this process, after a warm-up, taking the
 * median of five runs; it prints each time and the slope of time against size on a log-log fit (1
 * is linear, 2 quadratic):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.safeguarding.review.benchmarks.Scaling [shape ...]
 * </pre>
 *
 * <p>Given the start of one or more shapes' names ({@code many}, {@code long}), it measures only
 * those.
 *
 * <p>The limits are raised so that every size is read whole: documents of 32 MiB, any number of
 * tokens, arrays of any length.
 */
public final class Scaling {

  private static final int[] MEBIBYTES = {1, 2, 4, 8, 16};
  private static final int RUNS = 5;
  private static final ReadLimits LIMITS =
      ReadLimits.defaults()
          .with(ReadLimit.DOCUMENT_BYTES, 32L * NdjsonBatch.MEBIBYTE)
          .with(ReadLimit.TOKEN_COUNT, Long.MAX_VALUE)
          .with(ReadLimit.ARRAY_LENGTH, Integer.MAX_VALUE)
          .with(ReadLimit.NESTING_DEPTH, 200);
  private static final DocumentValidator STRICT = DocumentValidator.strict().withLimits(LIMITS);
  private static final DocumentValidator LENIENT = DocumentValidator.lenient().withLimits(LIMITS);

  /**
   * One shape of input, made at a size, and checked by a validator.
   *
   * @param name what it stresses
   * @param lines the input at about a number of bytes, as lines checked one by one
   * @param validator what checks each line
   */
  record Shape(String name, IntFunction<List<String>> lines, DocumentValidator validator) {}

  private Scaling() {}

  /**
   * Prints each shape's times and slope.
   *
   * @param args the starts of the names of the shapes to measure; none for every shape
   */
  public static void main(String[] args) {
    System.out.printf(Locale.ROOT, "%-24s %8s %8s %8s %8s %8s %6s%n", "shape (ms at MiB)", "1", "2", "4", "8", "16", "slope");
    for (Shape shape : shapes()) {
      if (args.length > 0 && Arrays.stream(args).noneMatch(shape.name()::startsWith)) {
        continue;
      }
      double[] sizes = new double[MEBIBYTES.length];
      double[] times = new double[MEBIBYTES.length];
      check(shape, shape.lines().apply((int) NdjsonBatch.MEBIBYTE)); // warm-up
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-24s", shape.name()));
      for (int i = 0; i < MEBIBYTES.length; i++) {
        List<String> lines = shape.lines().apply((int) (MEBIBYTES[i] * NdjsonBatch.MEBIBYTE));
        sizes[i] = lines.stream().mapToLong(String::length).sum();
        times[i] = medianMillis(shape, lines);
        row.append(String.format(Locale.ROOT, " %8.1f", times[i]));
      }
      System.out.println(row.append(String.format(Locale.ROOT, " %6.2f", slope(sizes, times))));
    }
  }

  /** The shapes, each a function from a number of bytes to its lines. */
  static List<Shape> shapes() {
    String base = new String(Documents.json(Documents.MEDIUM), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", "");
    String open = base.substring(0, base.length() - 1);
    ObjectNode withoutSubjects = (ObjectNode) ReviewJson.strict().toTree(Documents.document(Documents.MEDIUM));
    withoutSubjects.remove("subjects");
    String openWithoutSubjects = withoutSubjects.toString().substring(0, withoutSubjects.toString().length() - 1);
    return List.of(
        new Shape("unknown properties", bytes -> List.of(repeat(open, bytes, i -> ",\"unknown" + i + "\":" + i) + "}"), STRICT),
        new Shape("many issues", bytes -> List.of(openWithoutSubjects + ",\"subjects\":[" + repeat("{}", bytes, i -> ",{}") + "]}"), STRICT),
        new Shape("findings, references", bytes -> List.of(findings(bytes)), STRICT),
        new Shape("long texts", bytes -> List.of(longTexts(open, bytes)), LENIENT),
        new Shape("wide and deep arrays", bytes -> List.of(open + ",\"kept\":[" + repeat(deep(0), bytes, i -> deep(i + 1)) + "]}"), LENIENT),
        new Shape("many documents", bytes -> documents(base, bytes), STRICT));
  }

  /** {@code start}, then {@code next(0)}, {@code next(1)} ... while under {@code bytes}. */
  private static String repeat(String start, int bytes, IntFunction<String> next) {
    StringBuilder json = new StringBuilder(start);
    for (int i = 0; json.length() < bytes; i++) {
      json.append(next.apply(i));
    }
    return json.toString();
  }

  /** Arrays nested 40 deep, then ten numbers, as an item of a wide array. */
  private static String deep(int i) {
    return (i == 0 ? "" : ",") + "[".repeat(40) + "0,1,2,3,4,5,6,7,8,9" + "]".repeat(40);
  }

  /** A synthetic summary with as many sections of findings, each with its references, as fill the size. */
  private static String findings(int bytes) {
    int perSection = 10;
    int one = Documents.json(SyntheticSummaries.summary(1, new SyntheticSummaries.Shape(1, perSection, true))).length;
    int two = Documents.json(SyntheticSummaries.summary(1, new SyntheticSummaries.Shape(2, perSection, true))).length;
    int sections = Math.max(1, 1 + (bytes - one + two - one - 1) / (two - one));
    return new String(Documents.json(SyntheticSummaries.summary(1, new SyntheticSummaries.Shape(sections, perSection, true))), StandardCharsets.UTF_8);
  }

  /**
   * Texts of about 100,000 characters, kept as read, which the privacy scan reads: words that set
   * off each of its detectors (digits, digits in words, a word about birth, "at" and "dot", an
   * {@code @}, letters before digits) without making any of them find something.
   */
  private static String longTexts(String open, int bytes) {
    String text = "Born in the area, seen at home on day 1 with ab12, one two three four five six, a@b dot c. ".repeat(1_100);
    return repeat(open, bytes, i -> ",\"note" + i + "\":\"" + text + "\"") + "}";
  }

  /** Copies of the medium document, one a line. */
  private static List<String> documents(String base, int bytes) {
    List<String> lines = new ArrayList<>();
    for (long size = 0; size < bytes; size += base.length()) {
      lines.add(base);
    }
    return lines;
  }

  private static double medianMillis(Shape shape, List<String> lines) {
    double[] runs = new double[RUNS];
    for (int r = 0; r < RUNS; r++) {
      long start = System.nanoTime();
      check(shape, lines);
      runs[r] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(runs);
    return runs[RUNS / 2];
  }

  private static void check(Shape shape, List<String> lines) {
    for (String line : lines) {
      shape.validator().validate(JsonInput.of(line));
    }
  }

  /**
   * {@return the slope of the least-squares line through (log size, log time)}
   *
   * @param sizes the sizes
   * @param times the times, one for each size
   */
  static double slope(double[] sizes, double[] times) {
    int n = sizes.length;
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += Math.log(sizes[i]) / n;
      meanY += Math.log(times[i]) / n;
    }
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      double x = Math.log(sizes[i]) - meanX;
      covariance += x * (Math.log(times[i]) - meanY);
      variance += x * x;
    }
    return covariance / variance;
  }
}
