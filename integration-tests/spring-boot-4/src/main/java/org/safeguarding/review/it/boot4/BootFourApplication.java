package org.safeguarding.review.it.boot4;

import static org.safeguarding.review.it.LibraryUse.require;

import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.it.ArtifactVersions;
import org.safeguarding.review.it.ChildJvm;
import org.safeguarding.review.it.LibraryUse;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Spring Boot 4.0 application, started without a web server, that uses the library with the
 * Jackson 3 and Bean Validation (Hibernate Validator 9) versions Boot chose, hands the library a
 * tree read by Boot's own Jackson 3 mapper, and exits with status 0 only when every use gave what
 * it should.
 */
@SpringBootApplication
public class BootFourApplication {

  public static void main(String[] args) throws IOException {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(BootFourApplication.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .run(args)) {
      Path folder = Files.createTempDirectory("srm-boot4");
      LearningSummary summary = LibraryUse.readValidateAndWrite(folder);

      JsonMapper bootsMapper = context.getBean(JsonMapper.class);
      JsonNode tree = bootsMapper.readTree(folder.resolve("essex.json").toFile());
      require(
          ReviewJson.strict().read(JsonInput.of(tree), LearningSummary.class).equals(summary),
          "the library reads a tree that Boot's Jackson 3 mapper read");

      LibraryUse.validateWithTheApplicationsValidator(context.getBean(Validator.class), summary);

      ArtifactVersions.print();
      System.out.println(ChildJvm.APP + "done");
    }
  }
}
