package org.safeguarding.review.it.jackson2;

import static org.safeguarding.review.it.LibraryUse.require;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.it.ArtifactVersions;
import org.safeguarding.review.it.ChildJvm;
import org.safeguarding.review.it.LibraryUse;

/**
 * A plain application that uses Jackson 2.17 itself and the library beside it, and exits with
 * status 0 only when every use gave what it should.
 */
public final class JacksonTwoApplication {

  /** A value Jackson 2 writes by its annotations, which Jackson 3 shares. */
  record Note(@JsonProperty("t") String text) {}

  private JacksonTwoApplication() {}

  public static void main(String[] args) throws IOException {
    Path folder = Files.createTempDirectory("srm-jackson2");
    LearningSummary summary = LibraryUse.readValidateAndWrite(folder);

    ObjectMapper jackson2 = new ObjectMapper();
    JsonNode written = jackson2.readTree(folder.resolve("essex.json").toFile());
    require(written.get("title").asText().equals(summary.getTitle()), "Jackson 2 reads the document the library wrote");
    String note = jackson2.writeValueAsString(new Note("x"));
    require(note.equals("{\"t\":\"x\"}"), "Jackson 2 writes by its annotations");
    require(jackson2.readValue(note, Note.class).equals(new Note("x")), "Jackson 2 reads by its annotations");

    ArtifactVersions.print();
    System.out.println(ChildJvm.APP + "done");
  }
}
