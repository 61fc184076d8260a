package org.safeguarding.review.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.review.FormCondition;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.Property;
import org.safeguarding.review.pointer.Pointer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link FormRule}s in the published schemas, written from each rule's {@link FormCondition}s
 * with standard keywords only (each {@code required} with its property under {@code properties},
 * as Ajv's strict mode asks): {@code if} an {@code anyOf} of {@code required}, {@code else false},
 * for "at least one of"; {@code dependentSchemas} with {@code not} for "only one of" and "never
 * with"; {@code dependentRequired} and {@code dependentSchemas} for "this needs that"; keywords
 * under {@code properties} for the items of a list. The schema generator merges these keywords
 * into the definitions of the model types; {@link SchemaIssues} reads a validator's errors inside
 * them back as the rule the model reports, at the same pointer, from the same translation.
 *
 * <p>"At least one of" is a condition rather than an {@code anyOf} beside the type's {@code
 * properties}, which validators read alike but code generators do not: json-schema-to-typescript
 * turns such an {@code anyOf} into a union of untyped objects and drops the properties, where a
 * condition leaves the type as its properties say.
 */
public final class FormSchemas {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Where, inside a type's definition, the keywords of each rule are. */
  private static final List<Keywords> PLACES = places();

  private FormSchemas() {}

  /**
   * {@return the keywords each model type's definition gets for its form rules, by the type's
   * definition name, to be merged into the definition generated from the model}
   */
  public static Map<String, ObjectNode> typeKeywords() {
    Map<String, ObjectNode> keywords = new LinkedHashMap<>();
    for (FormRule rule : FormRule.values()) {
      ObjectNode type = keywords.computeIfAbsent(definition(rule), name -> NODES.objectNode());
      rule.getConditions().forEach(condition -> condition.accept(new KeywordWriter(type)));
    }
    return keywords;
  }

  /**
   * The form rule a schema error breaks, from where in the schemas it was found; empty for an error
   * outside the form rules' keywords.
   *
   * @param definition the name of the definition the error was found in, such as {@code Block}
   * @param within where inside that definition, such as {@code /dependentSchemas/text/not}
   * @return the rule whose keywords hold that place
   */
  static Optional<FormRule> ruleAt(String definition, Pointer within) {
    List<String> path = within.segments();
    Keywords found = null;
    for (Keywords place : PLACES) {
      List<String> prefix = place.at().segments();
      boolean holds = place.definition().equals(definition) && path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
      if (holds && (found == null || prefix.size() > found.at().segments().size())) {
        found = place;
      }
    }
    return Optional.ofNullable(found).map(Keywords::rule);
  }

  /** The keywords of a rule's condition, at a place inside the definition of the rule's type. */
  private record Keywords(String definition, Pointer at, FormRule rule) {}

  private static List<Keywords> places() {
    List<Keywords> places = new ArrayList<>();
    for (FormRule rule : FormRule.values()) {
      for (FormCondition condition : rule.getConditions()) {
        for (Pointer at : condition.accept(new KeywordLocator(Pointer.root()))) {
          places.add(new Keywords(definition(rule), at, rule));
        }
      }
    }
    return List.copyOf(places);
  }

  private static String definition(FormRule rule) {
    return rule.getType().getSimpleName();
  }

  /** Writes each condition's keywords into the schema of the object it is about. */
  private static final class KeywordWriter implements FormCondition.Visitor<Void> {

    private final ObjectNode schema;

    KeywordWriter(ObjectNode schema) {
      this.schema = schema;
    }

    /** {@code {"if": {"anyOf": [{"required": [a]}, ...]}, "else": false}}: at least one of them. */
    @Override
    public Void atLeastOne(FormCondition.AtLeastOne condition) {
      schema.setAll(valid(requiredEach(condition.properties())));
      return null;
    }

    /** For each property, a schema that forbids every other beside it. */
    @Override
    public Void atMostOne(FormCondition.AtMostOne condition) {
      ObjectNode dependent = object(schema, "dependentSchemas");
      for (Property<?, ?> property : condition.properties()) {
        List<Property<?, ?>> others = condition.properties().stream().filter(other -> other != property).toList();
        dependent.putObject(property.name()).putObject("not").set("anyOf", requiredEach(others));
      }
      return null;
    }

    @Override
    public Void needs(FormCondition.Needs condition) {
      if (condition.anyOf().size() == 1) {
        object(schema, "dependentRequired").putArray(condition.property().name()).add(condition.anyOf().get(0).name());
      } else {
        object(schema, "dependentSchemas").putObject(condition.property().name()).set("anyOf", requiredEach(condition.anyOf()));
      }
      return null;
    }

    @Override
    public Void excludes(FormCondition.Excludes condition) {
      object(schema, "dependentSchemas").putObject(condition.property().name()).putObject("not")
          .set("anyOf", requiredEach(condition.others()));
      return null;
    }

    /** The condition on each item, which is an object (as its type says too, for Ajv's strict mode). */
    @Override
    public Void eachItem(FormCondition.EachItem condition) {
      ObjectNode items = object(object(object(schema, "properties"), condition.list().name()), "items");
      items.put("type", "object");
      condition.condition().accept(new KeywordWriter(items));
      return null;
    }

    /**
     * Every item has the property (no item is an object without it), or none has; an item that is
     * not an object is another error. Each names its type, as Ajv's strict mode asks.
     */
    @Override
    public Void allOrNone(FormCondition.AllOrNone condition) {
      String name = condition.property().name();
      ArrayNode alternatives = NODES.arrayNode();
      ObjectNode without = alternatives.addObject().putObject("items").putObject("not").put("type", "object");
      requiring(without.putObject("not"), name);
      ObjectNode with = alternatives.addObject().putObject("items").putObject("not").put("type", "object");
      requiring(with, name);
      object(object(schema, "properties"), condition.list().name()).setAll(valid(alternatives));
      return null;
    }

    private static ObjectNode object(ObjectNode parent, String name) {
      return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }

    /** {@code {"if": {"anyOf": alternatives}, "else": false}}: valid as one of the alternatives. */
    private static ObjectNode valid(ArrayNode alternatives) {
      ObjectNode keywords = NODES.objectNode();
      keywords.putObject("if").set("anyOf", alternatives);
      keywords.put("else", false);
      return keywords;
    }

    /** {@code [{"required": [a], ...}, {"required": [b], ...}, ...]}: at least one of them. */
    private static ArrayNode requiredEach(List<Property<?, ?>> properties) {
      ArrayNode anyOf = NODES.arrayNode();
      properties.forEach(property -> requiring(anyOf.addObject(), property.name()));
      return anyOf;
    }

    /**
     * {@code {"required": [name], "properties": {name: true}}}: the property is there. Naming it
     * under {@code properties} too, which accepts any value, changes nothing a validator decides,
     * but lets Ajv's strict mode ({@code strictRequired}) see that the property is defined.
     */
    private static void requiring(ObjectNode schema, String name) {
      schema.putArray("required").add(name);
      schema.putObject("properties").put(name, true);
    }
  }

  /** Where inside a definition a validator reports a condition broken: the keywords {@link KeywordWriter} writes. */
  private static final class KeywordLocator implements FormCondition.Visitor<List<Pointer>> {

    private final Pointer at;

    KeywordLocator(Pointer at) {
      this.at = at;
    }

    @Override
    public List<Pointer> atLeastOne(FormCondition.AtLeastOne condition) {
      return List.of(at.property("else"));
    }

    @Override
    public List<Pointer> atMostOne(FormCondition.AtMostOne condition) {
      return condition.properties().stream().map(property -> at.property("dependentSchemas").property(property.name())).toList();
    }

    @Override
    public List<Pointer> needs(FormCondition.Needs condition) {
      return List.of(
          condition.anyOf().size() == 1
              ? at.property("dependentRequired")
              : at.property("dependentSchemas").property(condition.property().name()));
    }

    @Override
    public List<Pointer> excludes(FormCondition.Excludes condition) {
      return List.of(at.property("dependentSchemas").property(condition.property().name()));
    }

    @Override
    public List<Pointer> eachItem(FormCondition.EachItem condition) {
      return condition.condition().accept(new KeywordLocator(at.property("properties").property(condition.list().name()).property("items")));
    }

    @Override
    public List<Pointer> allOrNone(FormCondition.AllOrNone condition) {
      return List.of(at.property("properties").property(condition.list().name()).property("else"));
    }
  }
}
