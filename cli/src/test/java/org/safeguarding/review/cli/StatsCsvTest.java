package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.review.Agency;
import org.safeguarding.review.AgencyKind;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.stats.CorpusStatistics;

/** CSV cells a spreadsheet would run as formulas are written as text (issue 25). */
class StatsCsvTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=1+1|'=1+1", "+1|'+1", "-1|'-1", "@SUM(A1)|'@SUM(A1)", "Police|Police", "a=b|a=b"})
  void aCellThatStartsLikeAFormulaIsNeutralised(String text, String written) {
    assertThat(StatsCsv.neutralised(text)).isEqualTo(written);
    assertThat(StatsCsv.neutralised("\t" + text)).startsWith("'\t");
    assertThat(StatsCsv.neutralised("\r" + text)).startsWith("'\r");
  }

  @Test
  void agencyNamesWrittenAsFormulasReachTheTableAsText() throws IOException {
    LearningSummary summary =
        LearningSummary.builder()
            .from(TestDocuments.learningSummary())
            .addAgencies(Agency.of(AgencyKind.OTHER, "=HYPERLINK(\"http://example.org\")"), Agency.of(AgencyKind.OTHER, "\t=1+1"))
            .build();

    String csv = StatsCsv.of(CorpusStatistics.of(summary));

    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    assertThat(rows).filteredOn(row -> row.get("dimension").equals("agencyNames")).extracting(row -> row.get("key"))
        .contains("'=HYPERLINK(\"http://example.org\")", "'=1+1")
        .allMatch(key -> "=+-@\t\r".indexOf(key.charAt(0)) < 0);
  }
}
