package org.safeguarding.review.it.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.it.ChildJvm;
import org.safeguarding.review.it.LogLines;

/** The library in a Spring Boot 4.0 application whose versions Boot chose, without srm-bom. */
class BootFourApplicationIT {

  private static ChildJvm.Run run;

  @BeforeAll
  static void runTheApplication() throws Exception {
    run = ChildJvm.run(BootFourApplication.class.getName());
  }

  @Test
  void theApplicationReadsValidatesAndWritesADocumentWithBootsJackson3() {
    assertThat(run.status()).as(run::toString).isZero();
    assertThat(run.out()).as(run::toString).contains(ChildJvm.APP + "done");
  }

  @Test
  void bootChoseTheVersionsOfJackson3AndBeanValidation() {
    assertThat(run.versions())
        .as(run::toString)
        .containsEntry("tools.jackson.core:jackson-databind", System.getProperty("expected.jackson3"))
        .containsEntry("org.hibernate.validator:hibernate-validator", System.getProperty("expected.hibernate-validator"))
        .containsEntry("jakarta.validation:jakarta.validation-api", System.getProperty("expected.jakarta-validation"));
  }

  @Test
  void hibernateValidatorAndSlf4jPrintNothingWithBootsDefaultLogging() {
    assertThat(run.logLines()).as(run::toString).anyMatch(line -> line.contains("Started BootFourApplication"));
    assertThat(run.logLines()).as(run::toString).noneMatch(LogLines::fromTheLibraries);
  }
}
