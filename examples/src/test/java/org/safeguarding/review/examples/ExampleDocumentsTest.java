package org.safeguarding.review.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.ReadResult;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.schema.DocumentValidator;
import org.safeguarding.review.schema.SchemaValidator;
import tools.jackson.databind.JsonNode;

class ExampleDocumentsTest {

  private static final Path FOLDER = Path.of("documents");
  private static final ReviewJson JSON = ReviewJson.strict();

  static Stream<String> names() {
    return ExampleDocuments.names().stream();
  }

  @Test
  void everyFileInTheFolderIsListedAndShippedInTheJar() throws Exception {
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ExampleDocuments.names());
    }
    for (String name : ExampleDocuments.names()) {
      assertThat(ExampleDocuments.bytes(name)).isEqualTo(Files.readAllBytes(FOLDER.resolve(name)));
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void validatesWithZeroErrors(String name) {
    ReadResult<ReviewDocument> result = JSON.parse(FOLDER.resolve(name), ReviewDocument.class);

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.document()).isPresent();
  }

  @ParameterizedTest
  @MethodSource("names")
  void passesTheFullDocumentValidatorWithZeroErrors(String name) {
    ReadResult<ReviewDocument> result = DocumentValidator.strict().validate(FOLDER.resolve(name));

    assertThat(result.report().errors()).isEmpty();
    assertThat(SchemaValidator.standard().validate(ExampleDocuments.bytes(name)).issues()).isEmpty();
    assertThat(result.document()).contains(ExampleDocuments.read(name));
  }

  @ParameterizedTest
  @MethodSource("names")
  void jsonToObjectToJsonGivesTheSameTreeAndTheSameText(String name) throws Exception {
    String text = Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
    ReviewDocument document = JSON.read(text, ReviewDocument.class);
    JsonNode tree = tools.jackson.databind.json.JsonMapper.shared().readTree(text);

    assertThat(JSON.toTree(document)).isEqualTo(tree);
    assertThat(JSON.withPrettyPrinting().write(document) + "\n").isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("names")
  void objectToJsonToObjectGivesAnEqualObject(String name) {
    ReviewDocument document = ExampleDocuments.read(name);

    assertThat(JSON.read(JSON.write(document), ReviewDocument.class)).isEqualTo(document);
  }
}
