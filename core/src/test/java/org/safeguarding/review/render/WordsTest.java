package org.safeguarding.review.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.OrganisationKind;

class WordsTest {

  @ParameterizedTest
  @CsvSource({"72, 72", "12.50, 12.50", "1.2E+3, 1200", "-0.05, -0.05", "1E-999999999, 1E-999999999", "1E+999999999, 1E+999999999",
      "1E-38, 0.00000000000000000000000000000000000001", "1E-39, 1E-39"})
  void aNumberIsWrittenInFullUnlessThatWouldBeLong(String value, String written) {
    assertThat(Words.number(Optional.empty(), new BigDecimal(value))).isEqualTo(written);
  }

  @ParameterizedTest
  @CsvSource({"72", "12.50", "1.2E+3", "-0.05", "1E-38", "-123.456E+5", "0", "0.000"})
  void thePlainLengthIsWorkedOutWithoutWritingTheNumber(String value) {
    BigDecimal number = new BigDecimal(value);
    assertThat(Words.plainLength(number)).isEqualTo(number.toPlainString().length());
  }

  @Test
  void anOrganisationsKindIsLeftOutWhereItsNameSaysIt() {
    Organisation panel =
        Organisation.builder().name("the Child Safeguarding Practice Review Panel").kind(OrganisationKind.NATIONAL_PANEL).inferred(true).build();
    Organisation board = Organisation.of("Exampleshire Safeguarding Children Board", OrganisationKind.SAFEGUARDING_CHILDREN_BOARD);

    assertThat(Words.organisation(panel)).isEqualTo("the Child Safeguarding Practice Review Panel, not named in the document");
    assertThat(Words.organisation(board)).isEqualTo("Exampleshire Safeguarding Children Board, " + Words.label(OrganisationKind.SAFEGUARDING_CHILDREN_BOARD));
  }
}
