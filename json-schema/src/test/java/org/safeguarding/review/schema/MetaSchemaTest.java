package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.json.ReviewJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every committed schema is valid against the official draft 2020-12 meta-schema. */
class MetaSchemaTest {

  static Stream<String> files() {
    return Schemas.fileNames().stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  void isValidAgainstTheDraft202012MetaSchema(String file) throws Exception {
    JsonNode schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(Schemas.resource(file))) {
      assertThat(in).as(file + " is in the jar").isNotNull();
      schema = JsonMapper.shared().readTree(in);
    }
    // The meta-schemas ship with the validator; nothing is fetched from the network.
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaLoader(l -> l.fetchRemoteResources(false)));
    Schema metaSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    List<Error> errors = metaSchema.validate(schema);

    assertThat(errors).isEmpty();
    assertThat(metaSchema.validate(JsonMapper.shared().readTree("{\"type\": 5, \"required\": \"id\"}")))
        .as("the meta-schema rejects a broken schema")
        .isNotEmpty();
    assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asString()).isEqualTo(Schemas.id(file));
    assertThat(schema.path("title").asString()).isNotBlank();
    assertThat(schema.path("description").asString()).isNotBlank();
  }

  @org.junit.jupiter.api.Test
  void theSchemaFilesAloneRejectAnotherMajorVersionAndDatesOfTheWrongFormEvenWithoutFormatAssertions() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaLoader(l -> l.fetchRemoteResources(false))
                .schemaIdResolvers(ids -> ids.mapPrefix(Schemas.id(""), "classpath:" + Schemas.resource(""))));
    Schema schema = registry.getSchema(SchemaLocation.of(Schemas.id(org.safeguarding.review.DocumentType.RAPID_REVIEW)));
    tools.jackson.databind.node.ObjectNode review =
        (tools.jackson.databind.node.ObjectNode) org.safeguarding.review.json.ReviewJson.strict().toTree(org.safeguarding.review.TestDocuments.rapidReview());

    assertThat(schema.validate(review)).isEmpty();
    review.put("schemaVersion", "2.0.0");
    ((tools.jackson.databind.node.ObjectNode) review.get("timeline")).put("becameAware", "2 March 2026");
    ((tools.jackson.databind.node.ObjectNode) review.get("incident")).put("date", "March 2026");

    assertThat(schema.validate(review))
        .extracting(error -> error.getInstanceLocation().toString())
        .contains("/schemaVersion", "/timeline/becameAware", "/incident/date");
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyPropertyHasADescriptionAndEveryObjectForbidsOtherProperties(String file) throws Exception {
    JsonNode schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(Schemas.resource(file))) {
      schema = JsonMapper.shared().readTree(in);
    }
    List<String> problems = new java.util.ArrayList<>();
    check(schema, "", problems);

    assertThat(problems).isEmpty();
    assertThat(schema.toString()).doesNotContain("\"null\"").doesNotContain("\"x-").doesNotContain("nullable");
  }

  /**
   * A reference has no keywords beside it (a property's description goes beside an {@code allOf}
   * that holds it), so that code generators that copy a definition to merge such keywords in do not
   * make numbered duplicates of shared types; and a theme is one of two named definitions, the
   * catalogue's codes and the local form, which code generators turn into types of their own.
   */
  @ParameterizedTest
  @MethodSource("files")
  void referencesStandAloneAndThemesAreNamedAlternatives(String file) throws Exception {
    JsonNode schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(Schemas.resource(file))) {
      schema = JsonMapper.shared().readTree(in);
    }
    List<String> problems = new java.util.ArrayList<>();
    references(schema, "", problems);

    assertThat(problems).isEmpty();
    if (file.equals(Schemas.DEFINITIONS_FILE)) {
      assertThat(schema.at("/$defs/Theme/anyOf").valueStream().map(alternative -> alternative.path("$ref").asString()))
          .containsExactly("#/$defs/LearningTheme", "#/$defs/LocalTheme");
      assertThat(schema.at("/$defs/LearningTheme/enum").size()).isEqualTo(org.safeguarding.review.LearningTheme.values().length);
      assertThat(schema.at("/$defs/LocalTheme/pattern").asString()).startsWith("^" + org.safeguarding.review.Theme.LOCAL_PREFIX);
    }
  }

  private static void references(JsonNode node, String path, List<String> problems) {
    if (node.has("$ref") && node.size() > 1) {
      problems.add(path + " has keywords beside its $ref");
    }
    if (node.isObject()) {
      node.properties().forEach(child -> references(child.getValue(), path + "/" + child.getKey(), problems));
    } else {
      node.forEach(child -> references(child, path + "[]", problems));
    }
  }

  private static void check(JsonNode node, String path, List<String> problems) {
    if (!node.isObject()) {
      node.forEach(child -> check(child, path + "[]", problems));
      return;
    }
    if (node.has("properties") && !namesPropertiesOnly(node.get("properties"))) {
      if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean()) {
        problems.add(path + " allows other properties");
      }
      node.get("properties").properties().forEach(property -> {
        if (property.getValue().path("description").asString().isBlank()) {
          problems.add(path + "/" + property.getKey() + " has no description");
        }
      });
    }
    node.properties().forEach(child -> check(child.getValue(), path + "/" + child.getKey(), problems));
  }

  /**
   * Whether {@code properties} only names properties, each {@code true}: the form rules'
   * conditions do so beside their {@code required} for Ajv's strict mode, and define no object.
   */
  private static boolean namesPropertiesOnly(JsonNode properties) {
    return properties.valueStream().allMatch(value -> value.isBoolean() && value.booleanValue());
  }
}
