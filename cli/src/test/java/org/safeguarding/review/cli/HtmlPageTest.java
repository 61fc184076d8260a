package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Block;
import org.safeguarding.review.Item;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.Omission;
import org.safeguarding.review.Quote;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.render.MarkdownRenderer;
import org.safeguarding.review.testing.ModelGenerators;
import org.safeguarding.review.testing.RenderedText;

class HtmlPageTest {

  @Test
  void generatedDocumentsShowEveryFreeTextAndNoMarkupOfTheirOwn() {
    qt().withShrinkCycles(20)
        .withExamples(200)
        .forAll(ModelGenerators.documents())
        .checkAssert(
            document -> {
              Document page = Jsoup.parse(HtmlPage.of(MarkdownRenderer.standard().renderParts(document)));
              List<String> texts = RenderedText.shownTexts(document);

              assertThat(RenderedText.missing(PageText.of(page.body()), texts)).isEmpty();
              assertThat(page.select("script, img, iframe, object, embed, svg, link, form, base")).isEmpty();
              assertThat(page.body().select("style, code, pre, hr")).isEmpty();
              assertThat(page.body().select("blockquote")).as("a block quote for each quote, and none of the text's own")
                  .hasSize(DocumentParts.of(document).all(Quote.class).size());
              assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream()))
                  .noneMatch(attribute -> attribute.getKey().startsWith("on") || attribute.getKey().equals("style"));
              assertThat(page.select("a")).allSatisfy(a -> assertThat(a.attr("href")).matches("https?://.*"));
            });
  }

  @Test
  void thePolicyAllowsTheStylesheetByItsHashAndNothingElse() throws Exception {
    String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(HtmlPage.STYLE.getBytes(StandardCharsets.UTF_8)));
    Document page = Jsoup.parse(HtmlPage.of(MarkdownRenderer.standard().renderParts(TestDocuments.learningSummary())));

    String policy = HtmlPages.contentSecurityPolicy(HtmlPage.STYLE);
    assertThat(policy)
        .isEqualTo("default-src 'none'; style-src 'sha256-" + hash + "'; base-uri 'none'; form-action 'none'");
    assertThat(page.select("style").first().data()).isEqualTo(HtmlPage.STYLE);
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).isEqualTo(policy);
  }

  @Test
  void numberedListsAndTheToolsWordsAreMarkedForTheStylesheet() {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addSections(Section.builder()
                .kind(SectionKind.OTHER)
                .addContent(Block.of(ItemList.of(
                    Item.builder().number("1.1").text("First").build(),
                    Item.builder().number("1.2").text("Second").build())))
                .addContent(Block.of(ItemList.of(
                    Item.builder().number("3.").text("Third").build())))
                .addContent(Block.of(Omission.builder().build()))
                .build())
            .build();

    Document page = Jsoup.parse(HtmlPage.of(MarkdownRenderer.standard().renderParts(summary)));

    assertThat(page.select("main ul.numbered li").eachText()).containsExactly("1.1 First", "1.2 Second");
    assertThat(page.select("main ol[start=3] li").eachText()).containsExactly("Third");
    assertThat(page.select("main em.srm-added").eachText()).containsExactly("[text not available]");
    assertThat(page.select("aside.srm-details").attr("aria-label")).isEqualTo("Case details");
    assertThat(page.select("aside.srm-details p").first().text()).isEqualTo("Case details (added by srm from the document's data)");
  }
}
