package org.safeguarding.review.it.boot3;

import static org.safeguarding.review.it.LibraryUse.require;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.it.ArtifactVersions;
import org.safeguarding.review.it.ChildJvm;
import org.safeguarding.review.it.LibraryUse;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot 3.5 application, started without a web server, that uses the library beside
 * Boot's Jackson 2 and Boot's Bean Validation (Hibernate Validator 8), and exits with status 0
 * only when every use gave what it should.
 */
@SpringBootApplication
public class BootThreeApplication {

  /** A value Jackson 2 writes by its annotations, which Jackson 3 shares. */
  record Note(@JsonProperty("t") String text) {}

  public static void main(String[] args) throws IOException {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(BootThreeApplication.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .run(args)) {
      Path folder = Files.createTempDirectory("srm-boot3");
      LearningSummary summary = LibraryUse.readValidateAndWrite(folder);

      ObjectMapper jackson2 = context.getBean(ObjectMapper.class);
      JsonNode written = jackson2.readTree(folder.resolve("essex.json").toFile());
      require(written.get("title").asText().equals(summary.getTitle()), "Boot's Jackson 2 reads the document the library wrote");
      String note = jackson2.writeValueAsString(new Note("x"));
      require(note.equals("{\"t\":\"x\"}"), "Boot's Jackson 2 writes by its annotations");
      require(jackson2.readValue(note, Note.class).equals(new Note("x")), "Boot's Jackson 2 reads by its annotations");

      LibraryUse.validateWithTheApplicationsValidator(context.getBean(Validator.class), summary);

      ArtifactVersions.print();
      System.out.println(ChildJvm.APP + "done");
    }
  }
}
