package org.safeguarding.review.it.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.it.ChildJvm;
import org.safeguarding.review.it.LogLines;

/** The library in a Spring Boot 3.5 application whose versions Boot chose, srm-bom imported. */
class BootThreeApplicationIT {

  private static ChildJvm.Run run;

  @BeforeAll
  static void runTheApplication() throws Exception {
    run = ChildJvm.run(BootThreeApplication.class.getName());
  }

  @Test
  void theApplicationReadsValidatesAndWritesADocumentBesideJackson2() {
    assertThat(run.status()).as(run::toString).isZero();
    assertThat(run.out()).as(run::toString).contains(ChildJvm.APP + "done");
  }

  @Test
  void bootChoseTheVersionsOfJackson2AndBeanValidation() {
    assertThat(run.versions())
        .as(run::toString)
        .containsEntry("com.fasterxml.jackson.core:jackson-databind", System.getProperty("expected.jackson2"))
        .containsEntry("org.hibernate.validator:hibernate-validator", System.getProperty("expected.hibernate-validator"))
        .containsEntry("jakarta.validation:jakarta.validation-api", System.getProperty("expected.jakarta-validation"));
  }

  @Test
  void hibernateValidatorAndSlf4jPrintNothingWithBootsDefaultLogging() {
    assertThat(run.logLines()).as(run::toString).anyMatch(line -> line.contains("Started BootThreeApplication"));
    assertThat(run.logLines()).as(run::toString).noneMatch(LogLines::fromTheLibraries);
  }
}
