package org.safeguarding.review.it.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.it.ChildJvm;

/** The library in a plain application with Jackson 2.17 on its class path, srm-bom imported. */
class JacksonTwoApplicationIT {

  private static final Path LOG = Path.of("target", "app.log");

  private static ChildJvm.Run run;

  @BeforeAll
  static void runTheApplication() throws Exception {
    Files.deleteIfExists(LOG);
    run = ChildJvm.run(List.of("-Dapp.log=" + LOG), JacksonTwoApplication.class.getName());
  }

  @Test
  void theApplicationReadsValidatesAndWritesADocumentBesideJackson2() {
    assertThat(run.status()).as(run::toString).isZero();
    assertThat(run.out()).as(run::toString).contains(ChildJvm.APP + "done");
    assertThat(run.versions()).as(run::toString)
        .containsEntry("com.fasterxml.jackson.core:jackson-databind", System.getProperty("expected.jackson2"));
  }

  @Test
  void nothingButTheApplicationWritesToTheConsole() {
    assertThat(run.logLines()).as(run::toString).isEmpty();
  }

  @Test
  void hibernateValidatorLogsThroughTheApplicationsLogging() throws Exception {
    assertThat(Files.readAllLines(LOG)).anyMatch(line -> line.startsWith("INFO org.hibernate.validator") && line.contains("HV000001"));
  }
}
