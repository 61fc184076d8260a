package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.stats.CorpusStatistics;
import org.safeguarding.review.stats.Frequency;
import org.safeguarding.review.stats.Statistic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code srm stats} in each format, read back with a parser of that format (Jackson, Apache Commons
 * CSV, jsoup) and compared with the library's own counts of the same documents.
 */
class StatsCommandTest {

  private static final String EXAMPLES = "../examples/documents";
  private static final String AWKWARD = "src/test/resources/fixtures/stats-awkward-names.json";

  private static CorpusStatistics expected;

  @BeforeAll
  static void countTheExamplesWithTheLibrary() throws IOException {
    expected = new CorpusStatistics();
    try (Stream<Path> files = Files.list(Path.of(EXAMPLES))) {
      files.filter(f -> f.toString().endsWith(".json")).sorted()
          .forEach(f -> expected.accept(ReviewJson.lenient().read(JsonInput.of(f), ReviewDocument.class)));
    }
  }

  private static String stats(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "stats";
    System.arraycopy(args, 0, all, 1, args.length);
    SrmRunner.Run run = SrmRunner.run(all);
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    return run.out();
  }

  /** The rows of each statistic, as key to count, in the order given. */
  private static Map<String, Map<String, Long>> library() {
    Map<String, Map<String, Long>> all = new LinkedHashMap<>();
    for (Statistic statistic : expected.getStatistics()) {
      Map<String, Long> rows = new LinkedHashMap<>();
      for (Frequency row : expected.getFrequencies(statistic)) {
        rows.put(row.key(), row.count());
      }
      all.put(statistic.getName(), rows);
    }
    return all;
  }

  @Test
  void jsonHasTheDocumentedShapeAndTheLibrarysCounts() throws IOException {
    JsonNode root = JsonMapper.shared().readTree(stats("--format", "json", EXAMPLES));

    assertThat(root.get("documents").get("valid").asLong()).isEqualTo(exampleCount());
    assertThat(root.get("documents").get("invalid").asLong()).isZero();
    Map<String, Map<String, Long>> read = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> statistic : root.get("statistics").properties()) {
      assertThat(statistic.getValue().get("title").asString()).isNotBlank();
      assertThat(statistic.getValue().get("counted").asString()).isNotBlank();
      Map<String, Long> rows = new LinkedHashMap<>();
      for (JsonNode row : statistic.getValue().get("rows")) {
        assertThat(row.get("label").asString()).isNotBlank();
        rows.put(row.get("key").asString(), row.get("count").asLong());
      }
      assertThat(rows).as(statistic.getKey()).isNotEmpty();
      read.put(statistic.getKey(), rows);
    }
    assertThat(read).containsExactlyEntriesOf(library());
    assertThat(read.get("recommendations")).containsExactly(Map.entry("STATED_NOT_LISTED", 14L), Map.entry("LISTED", 8L));
  }

  @Test
  void csvIsOneTableWithTheSameRowsAsJson() throws IOException {
    List<CSVRecord> records = csv(stats("--format", "csv", EXAMPLES));

    Map<String, Map<String, Long>> read = new LinkedHashMap<>();
    for (CSVRecord record : records) {
      assertThat(record.isConsistent()).isTrue();
      assertThat(Long.parseLong(record.get("count"))).isPositive();
      if (!record.get("dimension").equals("documents")) {
        read.computeIfAbsent(record.get("dimension"), d -> new LinkedHashMap<>()).put(record.get("key"), Long.parseLong(record.get("count")));
      }
    }
    assertThat(records.get(0).toList()).containsExactly("documents", "VALID", "Valid documents, counted", String.valueOf(exampleCount()));
    assertThat(read).containsExactlyEntriesOf(library());
  }

  @Test
  void textHasNoEmptySectionAndNoZero() throws IOException {
    String text = stats(EXAMPLES);

    String[] sections = text.split("\n\n");
    assertThat(sections[0]).isEqualTo(exampleCount() + " documents counted.");
    for (int i = 1; i < sections.length; i++) {
      String[] lines = sections[i].strip().split("\n");
      assertThat(lines.length).as(lines[0]).isGreaterThan(1);
      for (int j = 1; j < lines.length; j++) {
        assertThat(lines[j]).as(lines[0]).matches("\\s+[1-9][0-9]*  .+|\\s+[0-9]+ more pairs? occurs? in one document( each)?\\.");
      }
    }
    assertThat(text).doesNotContain(" 0  ");
  }

  @Test
  void theHtmlPageIsStandaloneAndItsChartsCarryTheCountsAndLabels() {
    Document page = Jsoup.parse(stats("--format", "html", EXAMPLES));

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.select("a[href]")).allMatch(link -> link.attr("href").startsWith("#"));
    assertThat(page.select("*")).allMatch(element -> element.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on")));
    assertThat(page.selectFirst("style").data()).contains("@media print").doesNotContain("url(");
    assertThat(page.select("h1").text()).isEqualTo("Safeguarding review statistics");
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'; style-src 'sha256-")
        .isEqualTo(HtmlPages.contentSecurityPolicy(page.selectFirst("style").data()));

    List<Element> charts = page.select("svg");
    assertThat(charts).hasSize(2);
    assertChart(charts.get(0), expected.getFrequencies(Statistic.THEMES));
    assertChart(charts.get(1), expected.getFrequencies(Statistic.AGENCY_KINDS));
  }

  private static void assertChart(Element chart, List<Frequency> rows) {
    assertThat(chart.attr("role")).isEqualTo("img");
    for (String id : chart.attr("aria-labelledby").split(" ")) {
      assertThat(chart.getElementById(id)).as(id).isNotNull();
      assertThat(chart.getElementById(id).text()).isNotBlank();
    }
    List<Element> bars = chart.select("g.bar");
    assertThat(bars).hasSize(rows.size());
    double scale = Double.parseDouble(bars.get(0).selectFirst("rect").attr("width")) / rows.get(0).count();
    for (int i = 0; i < rows.size(); i++) {
      Element bar = bars.get(i);
      Frequency row = rows.get(i);
      // A label too long for the chart is its opening and an ellipsis; the bar's title gives it whole.
      String shown = bar.selectFirst("text.label").text();
      if (shown.endsWith("…")) {
        assertThat(row.label()).startsWith(shown.substring(0, shown.length() - 1)).isNotEqualTo(shown);
      } else {
        assertThat(shown).isEqualTo(row.label());
      }
      assertThat(bar.selectFirst("text.count").text()).isEqualTo(Long.toString(row.count()));
      assertThat(bar.selectFirst("title").text()).isEqualTo(row.label() + ": " + row.count());
      assertThat(Double.parseDouble(bar.selectFirst("rect").attr("width"))).isCloseTo(row.count() * scale, org.assertj.core.data.Offset.offset(1.0));
      assertThat(chart.selectFirst("desc").text()).contains(row.label() + ", " + row.count());
    }
  }

  @Test
  void everyFormatEscapesTextAndShortensOnlyTheChartsLabels() throws IOException {
    String name = "<script>alert(1)</script> & \"Partners\", Ltd";
    String lineBreak = "=SUM(A1:A2), the 'Kids' Club North";

    Document page = Jsoup.parse(stats("--format", "html", AWKWARD));
    List<CSVRecord> csv = csv(stats("--format", "csv", AWKWARD));
    JsonNode json = JsonMapper.shared().readTree(stats("--format", "json", AWKWARD));

    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("#agencyNames ~ table th[scope=row]")).extracting(Element::text).containsExactly(name, lineBreak);
    Element longLabel = page.select("svg g.bar").get(1);
    assertThat(longLabel.selectFirst("text.label").text()).hasSize(48).endsWith("…");
    assertThat(longLabel.selectFirst("title").text()).isEqualTo("A_LOCAL_THEME_CODE_TOO_LONG_FOR_THE_CHART (local theme): 1");
    assertThat(csv).filteredOn(r -> r.get("dimension").equals("agencyNames")).extracting(r -> r.get("key")).containsExactly(name, "'" + lineBreak);
    List<String> names = new ArrayList<>();
    json.get("statistics").get("agencyNames").get("rows").forEach(row -> names.add(row.get("label").asString()));
    assertThat(names).containsExactly(name, lineBreak);
  }

  @Test
  void invalidDocumentsAreCountedAsSuchInEveryFormat() throws IOException {
    String folder = "src/test/resources/fixtures/mixed";

    assertThat(stats(folder)).startsWith("2 documents counted; 1 not counted, unreadable or invalid.\n");
    assertThat(JsonMapper.shared().readTree(stats("--format", "json", folder)).get("documents").get("invalid").asLong()).isEqualTo(1);
    assertThat(csv(stats("--format", "csv", folder))).extracting(CSVRecord::toList)
        .contains(List.of("documents", "INVALID", "Unreadable or invalid documents, not counted", "1"));
    assertThat(Jsoup.parse(stats("--format", "html", folder)).selectFirst("p.counted").text())
        .isEqualTo("2 documents counted; 1 not counted, unreadable or invalid.");
  }

  @Test
  void threadsChangeNothingInTheCounts(@TempDir Path folder) throws IOException {
    Path batch = folder.resolve("examples.ndjson");
    StringBuilder lines = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of(EXAMPLES))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        lines.append(JsonMapper.shared().readTree(Files.readString(file)).toString()).append('\n');
      }
    }
    lines.append("{\"documentType\": \"LearningSummary\"\n");
    Files.writeString(batch, lines.toString(), StandardCharsets.UTF_8);

    String one = stats("--ndjson", "--threads", "1", "--format", "json", batch.toString());
    String three = stats("--ndjson", "--threads", "3", "--format", "json", batch.toString());
    String files = stats("--format", "json", EXAMPLES);

    assertThat(three).isEqualTo(one);
    assertThat(one.replace("\"invalid\": 1", "\"invalid\": 0")).isEqualTo(files);
  }

  @Test
  void outputGoesToAFileWhenAsked(@TempDir Path folder) throws IOException {
    Path page = folder.resolve("statistics.html");

    SrmRunner.Run run = SrmRunner.run("stats", "--format", "html", "-o", page.toString(), EXAMPLES);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(page)).isEqualTo(stats("--format", "html", EXAMPLES));
  }

  @Test
  void aBadOptionIsAUsageError() {
    SrmRunner.Run format = SrmRunner.run("stats", "--format", "pdf", EXAMPLES);
    SrmRunner.Run threads = SrmRunner.run("stats", "--ndjson", "--threads", "0", EXAMPLES);

    assertThat(format.status()).isEqualTo(2);
    assertThat(format.err()).contains("--format").contains("text, json, csv, html");
    assertThat(threads.status()).isEqualTo(2);
    assertThat(threads.err()).isEqualTo("srm: --threads must be at least 1\n");
    assertThat(threads.out()).isEmpty();
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
      assertThat(parser.getHeaderNames()).containsExactly("dimension", "key", "label", "count");
      return parser.getRecords();
    }
  }

  /** {@return the number of example documents, every one of them valid} */
  private static long exampleCount() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(EXAMPLES))) {
      return files.filter(file -> file.toString().endsWith(".json")).count();
    }
  }
}
