package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.testing.RenderedText;

/**
 * Every example document rendered by {@code srm render}, as Markdown and as an HTML page, compared
 * with golden files in {@code src/test/resources/golden/render}, and checked: every free text of
 * the document is shown once escapes are undone, a learning document's own text is shown in order
 * with nothing added when the tool's additions are off, and the page is a standalone page. After a
 * deliberate change of output, regenerate the golden files with {@code mvn -pl cli test
 * -Dtest=RenderedExamplesTest -Dsrm.golden.update=true} and review the diff.
 */
class RenderedExamplesTest {

  private static final Path EXAMPLES = Path.of("../examples/documents");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/render");

  static Stream<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void markdownMatchesItsGoldenFileAndShowsEveryText(String example) throws IOException {
    String markdown = render(example);

    assertGolden(example.replace(".json", ".md"), markdown);
    assertThat(RenderedText.missing(RenderedText.plainText(markdown), texts(example))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aLearningDocumentsOwnTextIsShownInOrderWithNothingAdded(String example) {
    ReviewDocument document = read(example);
    if (document instanceof LearningSummary summary) {
      String markdown = render(example, "--no-provenance", "--no-case-details", "--no-omission-marks");

      assertThat(RenderedText.added(RenderedText.plainText(markdown), RenderedText.bodyTexts(summary, false))).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void thePageMatchesItsGoldenFileAndShowsEveryText(String example) throws IOException {
    String html = render(example, "--format", "html");

    assertGolden(example.replace(".json", ".html"), html);
    Document page = Jsoup.parse(html);
    assertThat(RenderedText.missing(PageText.of(page.body()), texts(example))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void thePageIsStandaloneAndLoadsNothing(String example) {
    Document page = Jsoup.parse(render(example, "--format", "html"));

    assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'; style-src 'sha256-");
    assertThat(page.select("script, img, iframe, object, embed, link, svg, video, audio, source, form, base")).isEmpty();
    assertThat(page.select("[style], [src], [srcset]")).isEmpty();
    assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream()))
        .noneMatch(attribute -> attribute.getKey().startsWith("on"));
    assertThat(page.select("a")).allSatisfy(a -> assertThat(a.attr("href")).matches("https?://.*"));
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("style").first().data()).contains("@media print").doesNotContain("@import").doesNotContain("url(");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("h1").text()).isEqualTo(page.title());
    assertThat(page.select("main")).hasSize(1);
    assertThat(page.select("aside")).allSatisfy(aside -> assertThat(aside.attr("aria-label")).isIn("Provenance", "Case details"));
    assertThat(headingLevels(page.select("main").first())).allSatisfy(level -> assertThat(level).isBetween(2, 6));
  }

  private static List<Integer> headingLevels(Element main) {
    return main.select("h1, h2, h3, h4, h5, h6").stream().map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
  }

  private static String render(String example, String... options) {
    String[] args = Stream.concat(Stream.of("render", EXAMPLES.resolve(example).toString()), Stream.of(options)).toArray(String[]::new);
    SrmRunner.Run run = SrmRunner.run(args);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return run.out();
  }

  private static ReviewDocument read(String example) {
    return ReviewJson.strict().read(JsonInput.of(EXAMPLES.resolve(example)), ReviewDocument.class);
  }

  private static List<String> texts(String example) {
    return RenderedText.shownTexts(read(example));
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("srm.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
