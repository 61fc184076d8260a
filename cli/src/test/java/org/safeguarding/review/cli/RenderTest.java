package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTest {

  private static final String HOSTILE = "src/test/resources/fixtures/hostile-text.json";

  @Test
  void htmlHasNoElementMadeFromDocumentTextAndShowsTheTextItself() {
    SrmRunner.Run run = SrmRunner.run("render", "--format", "html", HOSTILE);

    assertThat(run.status()).isEqualTo(0);
    Document html = Jsoup.parse(run.out());
    assertThat(html.select("script, iframe, img, svg, b, code, table, ol, del, s, blockquote")).isEmpty();
    assertThat(html.body().select("style")).isEmpty();
    assertThat(html.select("a")).allSatisfy(a -> assertThat(a.attr("href")).isEqualTo("https://example.org/safer-sleep"));
    assertThat(html.select("*").stream().flatMap(e -> e.attributes().asList().stream()))
        .noneMatch(attribute -> attribute.getKey().startsWith("on"));
    assertThat(html.title()).isEqualTo("<script>alert('x')</script> *Infant* [A](javascript:alert(1))");
    assertThat(html.select("h1").text()).isEqualTo("<script>alert('x')</script> *Infant* [A](javascript:alert(1))");
    assertThat(html.body().text())
        .contains("<script>document.write('hacked')</script> | a | b | ![img](http://x/y.png) <!-- comment -->")
        .contains("<iframe src=\"http://x\"></iframe> **bold** ~~strike~~ \\*escaped\\*")
        .contains("<img src=x onerror=alert(1)> _series_ & &amp;")
        .contains("# <b>Key</b> `learning`")
        .contains("1. not a list - nor this")
        .contains("[click](javascript:alert(1))")
        .contains("<svg onload=alert(1)>");
  }

  @Test
  void theToolsAdditionsCanEachBeLeftOut() {
    String bexley = "../examples/documents/bexley-baby-g-local-learning-review-briefing.json";

    String all = SrmRunner.run("render", bexley).out();
    String none = SrmRunner.run("render", bexley, "--no-provenance", "--no-case-details", "--no-omission-marks").out();

    assertThat(all).contains("> **Provenance** (added by srm)").contains("> **Case details** (added by srm").contains("*\\[text not available");
    assertThat(SrmRunner.run("render", bexley, "--no-provenance").out()).doesNotContain("Provenance").contains("Case details");
    assertThat(SrmRunner.run("render", bexley, "--no-case-details").out()).doesNotContain("Case details").contains("Provenance");
    assertThat(SrmRunner.run("render", bexley, "--no-omission-marks").out()).doesNotContain("text not available").contains("Case details");
    assertThat(none).doesNotContain("srm").doesNotContain("> ").startsWith("# Briefing on Baby G - Learning for practitioners\n\n## Summary\n");
    Document page = Jsoup.parse(SrmRunner.run("render", bexley, "--format", "html", "--no-provenance", "--no-case-details").out());
    assertThat(page.select("aside")).isEmpty();
  }

  @Test
  void markdownEscapesEveryText() {
    SrmRunner.Run run = SrmRunner.run("render", HOSTILE);

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out())
        .contains("# \\<script\\>alert('x')\\</script\\> \\*Infant\\* \\[A\\](javascript:alert(1))\n")
        .doesNotContain("<script>")
        .doesNotContain("[A](");
  }

  @Test
  void outputGoesToTheFileWholeAndReplacesIt(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("essex.md");
    Files.writeString(out, "old content that is longer than nothing");

    SrmRunner.Run run = SrmRunner.run("render", "../examples/documents/essex-learning-summary-child-hh-cc.json", "-o", out.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).isEmpty();
    assertThat(out).content().startsWith("# Child HH and Child CC\n").doesNotContain("old content");
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("essex.md");
    }
  }

  @Test
  void aFailedRenderLeavesAnExistingOutputFileAlone(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("summary.md");
    Files.writeString(out, "previous");

    SrmRunner.Run run = SrmRunner.run("render", "src/test/resources/fixtures/invalid-learning-summary.json", "-o", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(out).hasContent("previous");
  }

  @Test
  void anOutputFolderThatDoesNotExistIsAnInputError(@TempDir Path folder) {
    SrmRunner.Run run =
        SrmRunner.run("render", "../examples/documents/essex-learning-summary-child-hh-cc.json", "-o", folder.resolve("no/such/folder/x.md").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("srm: ").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }
}
