package org.safeguarding.review.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.Finding;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.RapidReview;
import org.safeguarding.review.check.DocumentParts;
import org.safeguarding.review.testing.ModelGenerators;

/**
 * Over generated documents of every shape: counting in shares and combining them gives what one
 * accumulator gives, rows are sorted and never zero, and the totals agree with the documents.
 */
class CorpusStatisticsPropertyTest {

  @Test
  void sharesCombineToTheWhole() {
    qt().withExamples(60).withShrinkCycles(20)
        .forAll(lists().of(ModelGenerators.documents()).ofSizeBetween(0, 6), integers().between(0, 6))
        .checkAssert((documents, cut) -> {
          int at = Math.min(cut, documents.size());
          CorpusStatistics whole = new CorpusStatistics();
          documents.forEach(whole::accept);
          CorpusStatistics first = new CorpusStatistics();
          CorpusStatistics second = new CorpusStatistics();
          documents.subList(0, at).forEach(first::accept);
          documents.subList(at, documents.size()).forEach(second::accept);

          CorpusStatistics combined = first.combine(second);

          assertThat(combined.getDocuments()).isEqualTo(documents.size());
          assertThat(combined.getStatistics()).isEqualTo(whole.getStatistics());
          for (Statistic statistic : Statistic.values()) {
            assertThat(combined.getFrequencies(statistic)).isEqualTo(whole.getFrequencies(statistic));
          }
        });
  }

  @Test
  void countsAgreeWithTheDocuments() {
    qt().withExamples(80).withShrinkCycles(20)
        .forAll(lists().of(ModelGenerators.documents()).ofSizeBetween(1, 5))
        .checkAssert(documents -> {
          CorpusStatistics statistics = documents.stream().collect(CorpusStatistics.collector());

          for (Statistic statistic : Statistic.values()) {
            assertThat(statistics.getFrequencies(statistic)).as(statistic.getName())
                .isSortedAccordingTo(Frequency.MOST_FREQUENT_FIRST)
                .allMatch(row -> row.count() > 0);
          }
          assertThat(statistics.getTotal(Statistic.DOCUMENT_TYPES)).isEqualTo(documents.size());
          long summaries = documents.stream().filter(LearningSummary.class::isInstance).count();
          assertThat(statistics.getTotal(Statistic.FORMATS)).isEqualTo(summaries);
          assertThat(statistics.getFrequencies(Statistic.THEMES)).allMatch(row -> row.count() <= documents.size());
          long findings = documents.stream().mapToLong(d -> DocumentParts.of(d).all(Finding.class).size()).sum();
          long listedFindings = statistics.getFrequencies(Statistic.FINDINGS).stream()
              .filter(row -> !row.key().equals(CorpusStatistics.STATED_NOT_LISTED))
              .mapToLong(Frequency::count).sum();
          assertThat(listedFindings).isEqualTo(findings);
          long rapidReviews = documents.stream().filter(RapidReview.class::isInstance).count();
          assertThat(statistics.getFrequencies(Statistic.REVIEW_TYPES).stream()
              .filter(row -> row.key().equals("RAPID_REVIEW")).mapToLong(Frequency::count).sum())
              .isGreaterThanOrEqualTo(rapidReviews);
          for (Statistic shown : statistics.getStatistics()) {
            assertThat(statistics.getFrequencies(shown)).anyMatch(row -> !row.key().equals(CorpusStatistics.NOT_GIVEN));
          }
        });
  }

  @Test
  void aDocumentCountedAloneIsOneDocument() {
    qt().withExamples(40)
        .forAll(ModelGenerators.documents())
        .checkAssert(document -> {
          CorpusStatistics one = CorpusStatistics.of(document);
          List<Frequency> types = one.getFrequencies(Statistic.DOCUMENT_TYPES);
          assertThat(types).extracting(Frequency::key).containsExactly(document.getDocumentType().getJsonName());
          assertThat(one.getFrequencies(Statistic.THEME_PAIRS)).allMatch(row -> row.count() == 1);
        });
  }

}
