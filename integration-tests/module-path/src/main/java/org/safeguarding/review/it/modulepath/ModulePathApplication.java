package org.safeguarding.review.it.modulepath;

import java.nio.file.Path;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the document in the file named first, turns it into a Jackson tree (a type of Jackson's,
 * which the library's module brings), reads that back, and reads it again with a blank title,
 * which the model's Jakarta Validation constraints find; prints what it saw.
 */
public final class ModulePathApplication {

  private ModulePathApplication() {}

  public static void main(String[] args) {
    ReviewJson json = ReviewJson.strict();
    ReviewDocument document = json.read(JsonInput.of(Path.of(args[0])), ReviewDocument.class);

    JsonNode tree = json.toTree(document);
    ReviewDocument read = json.read(JsonInput.of(tree), ReviewDocument.class);
    System.out.println("app: read back equal " + read.equals(document));

    ((ObjectNode) tree).put("title", " ");
    ReadResult<ReviewDocument> blank = json.parse(JsonInput.of(tree), ReviewDocument.class);
    blank.report().issues().forEach(issue -> System.out.println("app: " + issue.pointer() + " " + issue.code().text()));

    System.out.println("app: modules " + ModulePathApplication.class.getModule().getName() + " "
        + ReviewJson.class.getModule().getName() + " " + JsonNode.class.getModule().getName());
  }
}
