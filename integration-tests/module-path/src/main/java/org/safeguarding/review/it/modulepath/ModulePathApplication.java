package org.safeguarding.review.it.modulepath;

import org.safeguarding.review.Age;
import org.safeguarding.review.Block;
import org.safeguarding.review.Finding;
import org.safeguarding.review.FindingKind;
import org.safeguarding.review.LearningFormat;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.OrganisationKind;
import org.safeguarding.review.Section;
import org.safeguarding.review.SectionKind;
import org.safeguarding.review.Subject;
import org.safeguarding.review.Theme;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a document, writes it as a Jackson tree (a type of Jackson's, which the library's module
 * brings), reads it back, and reads it again with a blank title, which the model's Jakarta
 * Validation constraints find; prints what it saw.
 */
public final class ModulePathApplication {

  private ModulePathApplication() {}

  public static void main(String[] args) {
    LearningSummary summary = LearningSummary.builder()
        .id("exampleshire-infant-a")
        .title("Infant A")
        .format(LearningFormat.SEVEN_MINUTE_BRIEFING)
        .partnership(Organisation.of("Exampleshire Safeguarding Children Partnership",
            OrganisationKind.SAFEGUARDING_CHILDREN_PARTNERSHIP))
        .addSubjects(Subject.of("Infant A", Age.parse("3 weeks")))
        .addSections(Section.builder()
            .kind(SectionKind.LEARNING)
            .heading("What we learned")
            .addContent(Block.of(Finding.builder()
                .id("F1")
                .kind(FindingKind.LEARNING)
                .statement("Safer sleep advice was not repeated after the family moved.")
                .addThemes(Theme.of(LearningTheme.SAFER_SLEEP))
                .build()))
            .build())
        .build();
    ReviewJson json = ReviewJson.strict();

    JsonNode tree = json.toTree(summary);
    LearningSummary read = json.read(JsonInput.of(tree), LearningSummary.class);
    System.out.println("app: read back equal " + read.equals(summary));

    ((ObjectNode) tree).put("title", " ");
    ReadResult<LearningSummary> blank = json.parse(JsonInput.of(tree), LearningSummary.class);
    blank.report().issues().forEach(issue -> System.out.println("app: " + issue.pointer() + " " + issue.code().text()));

    System.out.println("app: modules " + ModulePathApplication.class.getModule().getName() + " "
        + ReviewJson.class.getModule().getName() + " " + JsonNode.class.getModule().getName());
  }
}
