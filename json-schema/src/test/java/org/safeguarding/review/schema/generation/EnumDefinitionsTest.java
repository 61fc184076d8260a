package org.safeguarding.review.schema.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.DefinedValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every value of every enumeration of the model is defined, once in words that agree everywhere:
 * the constant's javadoc is its {@link DefinedValue#getDefinition()}, which the published schema
 * repeats in the enumeration's description.
 */
class EnumDefinitionsTest {

  private static final Path SOURCES = Path.of("../core/src/main/java");

  @Test
  void everyEnumerationOfTheModelDefinesEveryValueInItsJavadoc() throws Exception {
    ModelDocs docs = ModelDocs.read(SOURCES);
    List<Class<?>> enums = modelEnumerations();
    List<String> problems = new ArrayList<>();
    for (Class<?> type : enums) {
      if (!DefinedValue.class.isAssignableFrom(type)) {
        problems.add(type.getSimpleName() + " does not implement DefinedValue");
        continue;
      }
      for (Object constant : type.getEnumConstants()) {
        DefinedValue value = (DefinedValue) constant;
        String javadoc = docs.ofConstant(type, value.name()).orElse("");
        if (value.getDefinition().isBlank() || value.getLabel().isBlank()) {
          problems.add(type.getSimpleName() + "." + value.name() + " has no label or definition");
        } else if (!javadoc.equals(value.getDefinition())) {
          problems.add(type.getSimpleName() + "." + value.name() + "'s javadoc is not its definition");
        }
      }
    }
    assertThat(enums).hasSizeGreaterThan(30);
    assertThat(problems).isEmpty();
  }

  @Test
  void theSchemasDescribeEveryValue() throws Exception {
    JsonNode definitions =
        JsonMapper.shared().readTree(new SchemaGenerator(SOURCES).generate().get("definitions.schema.json")).get("$defs");
    for (Class<?> type : modelEnumerations()) {
      JsonNode schema = definitions.get(type.getSimpleName());
      JsonNode values = schema.get("enum");
      List<String> lines = List.of(schema.get("description").asString().split("\n"));
      for (Object constant : type.getEnumConstants()) {
        DefinedValue value = (DefinedValue) constant;
        assertThat(lines).as(type.getSimpleName()).contains(value.name() + ": " + value.getDefinition());
        assertThat(values.valueStream().map(JsonNode::asString)).as(type.getSimpleName()).contains(value.name());
      }
    }
  }

  /** The enumerations of the model package, from its sources; DocumentType names the schema files and is a constant there. */
  private static List<Class<?>> modelEnumerations() throws IOException, ClassNotFoundException {
    List<Class<?>> enums = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES.resolve("org/safeguarding/review"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        if (file.toString().endsWith(".java") && !name.endsWith("-info")) {
          Class<?> type = Class.forName("org.safeguarding.review." + name);
          if (type.isEnum() && !type.getSimpleName().equals("FormRule") && !type.getSimpleName().equals("DocumentType")) {
            enums.add(type);
          }
        }
      }
    }
    return enums;
  }
}
