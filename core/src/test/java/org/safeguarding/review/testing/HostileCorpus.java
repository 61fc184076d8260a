package org.safeguarding.review.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationReport;
import org.safeguarding.review.standard.IssueCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile corpus of issue 7: inputs that are not, or only barely, valid documents, each with
 * the outcome it must give at every entry point.
 *
 * <ul>
 *   <li>{@linkplain #handMade() Hand-made cases} are files in {@code src/test/resources/hostile/},
 *       listed in {@code cases.txt}: {@code <name>.json} is the input, {@code
 *       <name>.expected.json} its outcome (see the README there).
 *   <li>{@linkplain #large() Large cases} (deep nesting, a 50 MB string, an array of a million
 *       items, numbers of 10,000 digits) are made at run time, never committed.
 *   <li>{@linkplain #truncations() Truncations} are the example documents cut at every 10th byte.
 * </ul>
 *
 * <p>Inputs hold the {@link #CANARY}, which no message may repeat: messages never repeat a value
 * from the document.
 */
public final class HostileCorpus {

  /** A value planted in the inputs; a message that holds it repeats document content. */
  public static final String CANARY = "qzxcanary";

  /** Pieces of the made-up personal data in the privacy cases, which no message or pointer may hold. */
  private static final List<String> PERSONAL_DATA = List.of("103759", "07700", "900123", "9434765919", "mother.t", "3SQ");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Where the example documents are, seen from any module's folder. */
  private static final Path EXAMPLES = Path.of("..", "examples", "documents");

  private HostileCorpus() {}

  /** Every case: hand-made, large and truncated. */
  public static Stream<HostileCase> all() {
    return Stream.of(handMade().stream(), large().stream(), truncations().stream()).flatMap(s -> s);
  }

  /** The hand-made cases, from the test resources. */
  public static List<HostileCase> handMade() {
    return caseNames().stream().map(HostileCorpus::handMade).toList();
  }

  /** The names listed in {@code hostile/cases.txt}. */
  public static List<String> caseNames() {
    return new String(resource("cases.txt"), StandardCharsets.UTF_8)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static HostileCase handMade(String name) {
    byte[] bytes = resource(name + ".json");
    JsonNode expected = MAPPER.readTree(resource(name + ".expected.json"));
    Outcome outcome = outcome(expected);
    JsonNode text = expected.path("asText");
    Optional<Outcome> asText =
        text.isMissingNode() ? Optional.of(outcome) : text.isString() ? Optional.empty() : Optional.of(outcome(text));
    Optional<Outcome> schema = expected.has("schema") ? Optional.of(outcome(expected.get("schema"))) : Optional.empty();
    Optional<Outcome> schemaAlone = expected.has("schemaAlone") ? Optional.of(outcome(expected.get("schemaAlone"))) : Optional.empty();
    Class<? extends ReviewDocument> readAs =
        expected.has("readAs")
            ? ModelType.documentClass(DocumentType.fromJsonName(expected.get("readAs").stringValue()).orElseThrow())
            : ReviewDocument.class;
    return new HostileCase(
        name, expected.path("about").stringValue(""), () -> bytes.clone(), readAs, outcome, asText, schema, schemaAlone, false);
  }

  private static Outcome outcome(JsonNode node) {
    Optional<List<ExpectedIssue>> warnings =
        node.has("warnings") ? Optional.of(issues(node.get("warnings"))) : Optional.empty();
    return new Outcome(node.path("valid").booleanValue(), issues(node.path("errors")), warnings);
  }

  private static List<ExpectedIssue> issues(JsonNode array) {
    List<ExpectedIssue> issues = new ArrayList<>();
    for (JsonNode issue : array) {
      Set<IssueCode> codes = new HashSet<>();
      if (issue.has("codes")) {
        issue.get("codes").forEach(code -> codes.add(code(code.stringValue())));
      } else {
        codes.add(code(issue.get("code").stringValue()));
      }
      boolean pointerPattern = issue.has("pointerPattern");
      issues.add(
          new ExpectedIssue(Set.copyOf(codes), issue.get(pointerPattern ? "pointerPattern" : "pointer").stringValue(), pointerPattern));
    }
    return issues;
  }

  private static IssueCode code(String text) {
    return IssueCodes.fromText(text).orElseThrow(() -> new IllegalStateException("No such code: " + text));
  }

  private static byte[] resource(String name) {
    try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No hostile case file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Large cases, made at run time

  /** A small valid learning summary's opening, before the property a large case adds. */
  private static final String OPENING =
      "{\"documentType\":\"LearningSummary\",\"schemaVersion\":\"1.0.0\",\"id\":\"ls-1\",\"format\":\"OTHER\","
          + "\"sections\":[{\"kind\":\"LEARNING\",\"heading\":\"Key learning\"}],";

  /** The large cases. Each is refused by a reading limit, in bounded time and memory. */
  public static List<HostileCase> large() {
    IssueCode limit = IssueCode.JSON_LIMIT_EXCEEDED;
    return List.of(
        large(
            "nesting-100000-arrays",
            "Arrays nested 100,000 deep, over nesting-depth (64).",
            () -> OPENING + "\"title\":\"" + CANARY + "\",\"keywords\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",
            ExpectedIssue.somewhere(limit, "/keywords(/0)+")),
        large(
            "nesting-100000-objects",
            "Objects nested 100,000 deep, over nesting-depth (64).",
            () -> OPENING + "\"title\":\"" + CANARY + "\",\"publisher\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}",
            ExpectedIssue.somewhere(limit, "/publisher(/a)+")),
        large(
            "nesting-100000-unclosed",
            "100,000 opening brackets and nothing else: deep and truncated at once.",
            () -> "[{\"a\":".repeat(50_000),
            ExpectedIssue.somewhere(limit, "(/0|/a)*")),
        large(
            "string-50-mb",
            "A title of 50,000,000 characters: over document-bytes (8 MiB) and over string-length"
                + " (1,000,000); the size is checked first for bytes and text, the string's length first"
                + " for streams, which are read as they come.",
            () -> OPENING + "\"title\":\"" + CANARY + "x".repeat(50_000_000) + "\"}",
            ExpectedIssue.somewhere(limit, "(/title)?")),
        large(
            "string-2-mb",
            "A title of 2,000,000 characters: within document-bytes, over string-length.",
            () -> OPENING + "\"title\":\"" + CANARY + "x".repeat(2_000_000) + "\"}",
            ExpectedIssue.of(limit, "/title")),
        large(
            "array-1000000-items",
            "An array of 1,000,000 items: the reader stops at token-count (1,000,000 tokens) before"
                + " the array is complete, or at array-length (10,000 items) once it is.",
            () -> OPENING + "\"title\":\"" + CANARY + "\",\"keywords\":[" + "\"k\",".repeat(999_999) + "\"k\"]}",
            ExpectedIssue.somewhere(limit, "/keywords(/[0-9]+)?")),
        large(
            "array-20000-items",
            "An array of 20,000 items: under token-count, over array-length (10,000).",
            () -> OPENING + "\"title\":\"" + CANARY + "\",\"keywords\":[" + "\"k\",".repeat(19_999) + "\"k\"]}",
            ExpectedIssue.of(limit, "/keywords")),
        large(
            "properties-600000",
            "One object with 600,000 distinct properties: over token-count.",
            () -> {
              StringBuilder json = new StringBuilder(OPENING).append("\"title\":\"").append(CANARY).append("\"");
              for (int i = 0; i < 600_000; i++) {
                json.append(",\"p").append(i).append("\":0");
              }
              return json.append('}').toString();
            },
            ExpectedIssue.somewhere(limit, "(/p[0-9]+|/\\(withheld\\))?")),
        large(
            "number-10000-digits",
            "A whole number of 10,000 digits, over number-length (100 characters).",
            () -> withAge("9".repeat(10_000)),
            ExpectedIssue.of(limit, "/subjects/0/age/value")),
        large(
            "number-10000-fraction-digits",
            "A number with 10,000 digits after the point, over number-length.",
            () -> withAge("0." + "3".repeat(10_000)),
            ExpectedIssue.of(limit, "/subjects/0/age/value")),
        large(
            "number-10000-digit-exponent",
            "A number whose exponent has 10,000 digits, over number-length.",
            () -> withAge("1e" + "7".repeat(10_000)),
            ExpectedIssue.of(limit, "/subjects/0/age/value")),
        large(
            "document-9-mib",
            "A valid document followed by 9 MiB of spaces, over document-bytes (8 MiB).",
            () -> OPENING + "\"title\":\"" + CANARY + "\"}" + " ".repeat(9 * 1024 * 1024),
            ExpectedIssue.somewhere(limit, ".*")));
  }

  private static HostileCase large(String name, String about, Supplier<String> json, ExpectedIssue error) {
    Outcome outcome = Outcome.errors(error);
    return new HostileCase(
        name, about, () -> json.get().getBytes(StandardCharsets.UTF_8), ReviewDocument.class, outcome, Optional.of(outcome), Optional.empty(), Optional.empty(), true);
  }

  /** A learning summary whose one subject's age has {@code number} as its value, written as is. */
  private static String withAge(String number) {
    return OPENING + "\"title\":\"" + CANARY + "\",\"subjects\":[{\"pseudonym\":\"A\",\"age\":{\"value\":"
        + number + ",\"unit\":\"YEARS\"}}]}";
  }

  // Truncations

  /** The example documents, in name order. */
  public static List<Path> seeds() {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> seeds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      if (seeds.isEmpty()) {
        throw new IllegalStateException("No example documents in " + EXAMPLES.toAbsolutePath());
      }
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every example document cut after 0, 10, 20, ... bytes. A cut that leaves the whole document
   * but for trailing whitespace is valid; every other cut is malformed (or empty) JSON, which the
   * reader reports as one error.
   */
  public static List<HostileCase> truncations() {
    List<HostileCase> cases = new ArrayList<>();
    for (Path seed : seeds()) {
      byte[] whole = read(seed);
      String complete = new String(whole, StandardCharsets.UTF_8).strip();
      for (int length = 0; length < whole.length; length += 10) {
        byte[] cut = Arrays.copyOf(whole, length);
        boolean stillWhole = new String(cut, StandardCharsets.UTF_8).strip().equals(complete);
        Outcome outcome =
            stillWhole
                ? new Outcome(true, List.of(), Optional.empty())
                : Outcome.errors(ExpectedIssue.anyOf(Set.of(IssueCode.JSON_MALFORMED, IssueCode.JSON_EMPTY), ".*"));
        cases.add(
            new HostileCase(
                "truncated-" + seed.getFileName().toString().replace(".json", "") + "-at-" + length,
                seed.getFileName() + " cut after " + length + " bytes",
                () -> cut.clone(),
                ReviewDocument.class,
                outcome,
                Optional.of(outcome),
                Optional.empty(),
                Optional.empty(),
                false));
      }
    }
    return cases;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Messages and pointers that repeat document content: those holding the {@link #CANARY}, a run
   * of ten identical characters, which only the large inputs' content has, or a piece of the
   * personal data of the privacy cases.
   */
  public static List<String> leaks(ValidationReport report) {
    return report.issues().stream()
        .map(issue -> issue.pointer() + " " + issue.message())
        .filter(m -> m.toLowerCase(Locale.ROOT).contains(CANARY) || m.matches("(?s).*(\\S)\\1{9}.*")
            || PERSONAL_DATA.stream().anyMatch(m::contains))
        .toList();
  }

}
