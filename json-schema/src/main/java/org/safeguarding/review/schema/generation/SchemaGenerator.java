package org.safeguarding.review.schema.generation;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.impl.module.FlattenedWrapperModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.review.Constraints;
import org.safeguarding.review.DefinedValue;
import org.safeguarding.review.DocumentType;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.PartialDate;
import org.safeguarding.review.SchemaVersion;
import org.safeguarding.review.Text;
import org.safeguarding.review.Theme;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.schema.FormSchemas;
import org.safeguarding.review.schema.Schemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the published JSON Schemas from the model with victools jsonschema-generator: one
 * schema per document type and one of shared definitions, each with its {@code $id}, title and
 * description, and a description on every property taken from the model's javadoc.
 *
 * <p>Run through {@link PublishedFiles} by the drift test, which compares its output with the
 * committed schemas, and by the regeneration command in the README, which writes them. Every description comes from the model's
 * generated metamodel, which holds the doc comments of its types and getters, so the generator
 * needs no sources. Its libraries (victools jsonschema-generator and its modules) are optional
 * dependencies of this module: add them to run it in an application.
 */
public final class SchemaGenerator {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String LOCAL_THEME = "LocalTheme";

  /** A generator; descriptions come from the model's metadata, which holds its doc comments. */
  public SchemaGenerator() {}

  /** {@return the schema files, by file name, as pretty JSON text ending in a newline} */
  public Map<String, String> generate() {
    SchemaBuilder builder =
        new com.github.victools.jsonschema.generator.SchemaGenerator(config().build()).buildMultipleSchemaDefinitions();
    for (DocumentType type : DocumentType.values()) {
      builder.createSchemaReference(ModelType.documentClass(type));
    }
    ObjectNode definitions = builder.collectDefinitions("$defs");
    SchemaEdits.withoutNull(definitions);
    definitions.remove(
        definitions.propertyStream().map(Map.Entry::getKey).filter(name -> name.endsWith(SchemaEdits.NULLABLE)).toList());
    formRules(definitions);
    definitions.set(LearningTheme.class.getSimpleName(), catalogueThemes());
    definitions.set(LOCAL_THEME, localTheme());
    SchemaEdits.refsAlone(definitions);

    Map<String, String> files = new LinkedHashMap<>();
    for (DocumentType type : DocumentType.values()) {
      String name = ModelType.documentClass(type).getSimpleName();
      ObjectNode body = (ObjectNode) definitions.remove(name);
      ObjectNode schema = header(Schemas.fileName(type), body.path("title").asString(), body.path("description").asString());
      body.remove(List.of("title", "description"));
      schema.setAll(body);
      SchemaEdits.pointRefsAt(schema, Schemas.DEFINITIONS_FILE);
      files.put(Schemas.fileName(type), text(schema));
    }
    ObjectNode shared =
        header(
            Schemas.DEFINITIONS_FILE,
            "Safeguarding Review Model: shared definitions",
            "The parts that rapid reviews and learning summaries share, schema version "
                + SchemaVersion.CURRENT
                + ".");
    shared.set("$defs", SchemaEdits.sorted(definitions));
    files.put(Schemas.DEFINITIONS_FILE, text(shared));
    return files;
  }

  /**
   * Writes the model's form rules into the definitions of the types they belong to, as {@link
   * FormSchemas} words them, so that the schema checks what the model's {@code @Form} checks.
   */
  private static void formRules(ObjectNode definitions) {
    FormSchemas.typeKeywords().forEach((type, keywords) -> merge((ObjectNode) definitions.get(type), keywords));
  }

  /** Adds {@code keywords} to {@code schema}, merging the objects both have. */
  private static void merge(ObjectNode schema, ObjectNode keywords) {
    for (Map.Entry<String, JsonNode> keyword : keywords.properties()) {
      JsonNode existing = schema.get(keyword.getKey());
      if (existing instanceof ObjectNode object && keyword.getValue() instanceof ObjectNode more) {
        merge(object, more);
      } else {
        schema.set(keyword.getKey(), keyword.getValue());
      }
    }
  }

  private static ObjectNode header(String file, String title, String description) {
    ObjectNode schema = MAPPER.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", Schemas.id(file));
    schema.put("title", title);
    schema.put("description", description);
    return schema;
  }

  private SchemaGeneratorConfigBuilder config() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(MAPPER, com.github.victools.jsonschema.generator.SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonSchemaModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
            .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            // An absent optional is left out, never null: Option.FLATTENED_OPTIONALS would allow null.
            .with(new FlattenedWrapperModule<>(Optional.class))
            .with(
                Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                Option.FLATTENED_ENUMS,
                Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.PLAIN_DEFINITION_KEYS)
            .without(
                Option.SCHEMA_VERSION_INDICATOR,
                Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT,
                Option.NULLABLE_FIELDS_BY_DEFAULT);
    config.forFields().withIgnoreCheck(field -> true);
    config.forMethods()
        .withIgnoreCheck(method -> property(method).isEmpty())
        .withPropertyNameOverrideResolver(method -> property(method).map(ModelProperty::name).orElse(null))
        .withRequiredCheck(method -> property(method).map(ModelProperty::required).orElse(false))
        .withCustomDefinitionProvider(SchemaGenerator::documentTypeConstant)
        .withDescriptionResolver(this::describe)
        .withStringMaxLengthResolver(method -> text(method).map(Text::max).orElse(null))
        .withStringPatternResolver(method -> text(method).map(t -> Constraints.NOT_BLANK_PATTERN).orElse(null));
    config.forTypesInGeneral()
        .withCustomDefinitionProvider(SchemaGenerator::valueTypes)
        .withTitleResolver(type -> isModelType(type.getType()) ? type.getType().getErasedType().getSimpleName() : null)
        .withDescriptionResolver(type -> isModelType(type.getType()) ? typeDescription(type.getType().getErasedType()) : null)
        .withPropertySorter(Comparator.comparingInt(SchemaGenerator::position));
    return config;
  }

  /**
   * The model property a getter of the type being described reads, as the model's metadata gives
   * it, or empty for any other method.
   */
  private static Optional<ModelProperty> property(MethodScope method) {
    Class<?> owner = method.getDeclaringType().getErasedType();
    if (!Extensible.class.isAssignableFrom(owner) || owner == Extensible.class) {
      return Optional.empty();
    }
    return ModelType.of(owner).property(method.getRawMember());
  }

  private String describe(MethodScope method) {
    if (method.isFakeContainerItemScope()) {
      return null;
    }
    return property(method)
        .map(ModelProperty::description)
        .orElseThrow(() -> new IllegalStateException("No description for " + method.getRawMember()));
  }

  /** The {@link Text} constraint on a text property, on its optional value or on its list items. */
  private static Optional<Text> text(MemberScope<?, ?> member) {
    Text text = member.isFakeContainerItemScope()
        ? member.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(Text.class)
        : member.getAnnotationConsideringFieldAndGetterIfSupported(Text.class);
    if (text == null && !member.isFakeContainerItemScope()) {
      text = member.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(Text.class);
    }
    return Optional.ofNullable(text);
  }

  /** Each document's {@code documentType} is the one constant of its type. */
  private static CustomPropertyDefinition documentTypeConstant(MethodScope method, SchemaGenerationContext context) {
    if (method.getRawMember().getReturnType() != DocumentType.class) {
      return null;
    }
    DocumentType type = ModelType.of(method.getDeclaringType().getErasedType()).documentType().orElseThrow();
    ObjectNode constant =
        MAPPER.createObjectNode()
            .put("const", type.getJsonName())
            .put("description", "The type of the document, always \"" + type.getJsonName() + "\".");
    return new CustomPropertyDefinition(constant, CustomDefinition.EXCLUDING_ATTRIBUTES);
  }

  /** The value types written as JSON strings: dates, partial dates and themes. */
  private static CustomDefinition valueTypes(ResolvedType type, SchemaGenerationContext context) {
    Class<?> raw = type.getErasedType();
    if (raw == LocalDate.class) {
      ObjectNode date = date();
      return new CustomDefinition(date, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    }
    if (raw == PartialDate.class) {
      ObjectNode partial = MAPPER.createObjectNode();
      partial.put("title", "PartialDate");
      partial.put(
          "description",
          "A date known to the day (YYYY-MM-DD), the month (YYYY-MM), the season (YYYY-spring, YYYY-summer, YYYY-autumn,"
              + " YYYY-winter) or the year (YYYY), or a span of years (YYYY/YYYY, the later year second, for a year written"
              + " short such as 2011-12); any of them followed by ? when the document does not state it and the encoder"
              + " inferred it. A day must exist.");
      ArrayNode anyOf = partial.putArray("anyOf");
      anyOf.add(date());
      anyOf.addObject().put("type", "string").put("pattern", "^[0-9]{4}(-(0[1-9]|1[0-2])|-(spring|summer|autumn|winter)|/[0-9]{4})?$");
      anyOf.addObject().put("type", "string").put("pattern", PartialDate.PATTERN.replace("\\??$", "\\?$"));
      return new CustomDefinition(partial, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.EXCLUDING_ATTRIBUTES);
    }
    if (raw == SchemaVersion.class) {
      ObjectNode version = MAPPER.createObjectNode().put("type", "string").put("pattern", SchemaVersion.CURRENT.schemaPattern());
      return new CustomDefinition(version, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    }
    if (raw == Theme.class) {
      ObjectNode theme = MAPPER.createObjectNode();
      theme.put("title", "Theme");
      theme.put(
          "description",
          "A learning theme: a code of the catalogue (" + LearningTheme.class.getSimpleName() + "), or a local theme marked by the"
              + " prefix '" + Theme.LOCAL_PREFIX + "' (" + LOCAL_THEME + ").");
      ArrayNode anyOf = theme.putArray("anyOf");
      anyOf.addObject().put("$ref", "#/$defs/" + LearningTheme.class.getSimpleName());
      anyOf.addObject().put("$ref", "#/$defs/" + LOCAL_THEME);
      return new CustomDefinition(theme, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.EXCLUDING_ATTRIBUTES);
    }
    return null;
  }

  /**
   * The catalogue's codes, a definition of their own so that other languages get a type of them
   * (a TypeScript union of the codes, for one), described as any enumeration is.
   */
  private ObjectNode catalogueThemes() {
    ObjectNode catalogue = MAPPER.createObjectNode();
    catalogue.put("title", LearningTheme.class.getSimpleName());
    catalogue.put("description", typeDescription(LearningTheme.class));
    catalogue.put("type", "string");
    ArrayNode codes = catalogue.putArray("enum");
    Arrays.stream(LearningTheme.values()).forEach(t -> codes.add(t.getCode()));
    return catalogue;
  }

  /** A local theme's code: the prefix and upper case words joined by '_'. */
  private static ObjectNode localTheme() {
    ObjectNode local = MAPPER.createObjectNode();
    local.put("title", LOCAL_THEME);
    local.put(
        "description",
        "A local theme a partnership uses, outside the catalogue: the prefix '" + Theme.LOCAL_PREFIX
            + "' and upper case words joined by '_', such as " + Theme.LOCAL_PREFIX + "CUCKOOING.");
    local.put("type", "string");
    local.put("maxLength", Theme.LOCAL_PREFIX.length() + Theme.LOCAL_CODE_MAX);
    local.put("pattern", "^" + Theme.LOCAL_PREFIX + Theme.LOCAL_CODE_PATTERN.substring(1));
    return local;
  }


  /**
   * A date: its form as a pattern, for validators that treat {@code format} as an annotation only,
   * and {@code format: date} for those that also check the day exists.
   */
  private static ObjectNode date() {
    return MAPPER.createObjectNode().put("type", "string").put("format", "date").put("pattern", Constraints.DATE_PATTERN);
  }

  /**
   * The description of a model type: its javadoc's first paragraph and, for an enumeration, one
   * line for each value with its definition ("NEGLECT: Persistent failure to meet ..."), so that
   * the schema defines every value while {@code enum} still lists them.
   */
  private String typeDescription(Class<?> type) {
    String description = ModelType.description(type);
    if (description == null || !DefinedValue.class.isAssignableFrom(type)) {
      return description;
    }
    StringBuilder text = new StringBuilder(description).append('\n');
    for (Object constant : type.getEnumConstants()) {
      DefinedValue value = (DefinedValue) constant;
      text.append('\n').append(value.name()).append(": ").append(value.getDefinition());
    }
    return text.toString();
  }

  /** A type of the model package: its objects and enumerations get a title and description. */
  private static boolean isModelType(ResolvedType type) {
    Class<?> raw = type.getErasedType();
    return raw.getPackage() != null
        && raw.getPackage().getName().equals(Extensible.class.getPackage().getName())
        && (Extensible.class.isAssignableFrom(raw) || raw.isEnum());
  }

  /** Where a property comes in its type's JSON: the model's metadata decides, as for writing. */
  private static int position(MemberScope<?, ?> member) {
    Class<?> owner = member.getDeclaringType().getErasedType();
    ModelType type = ModelType.of(owner);
    return type.property((Method) member.getRawMember()).map(type.properties()::indexOf).orElse(Integer.MAX_VALUE);
  }




  private static String text(JsonNode schema) {
    return ReviewJson.strict().withPrettyPrinting().writeTree(schema);
  }
}
