package org.safeguarding.review.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.review.Age;
import org.safeguarding.review.Age_;
import org.safeguarding.review.Block;
import org.safeguarding.review.FormRule;
import org.safeguarding.review.Item;
import org.safeguarding.review.Item_;
import org.safeguarding.review.ItemList;
import org.safeguarding.review.ItemList_;
import org.safeguarding.review.Organisation;
import org.safeguarding.review.Organisation_;
import org.safeguarding.review.Property;
import org.safeguarding.review.Resource;
import org.safeguarding.review.Resource_;
import org.safeguarding.review.TimeSpan;
import org.safeguarding.review.TimeSpan_;
import org.safeguarding.review.When;
import org.safeguarding.review.When_;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.pointer.Pointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link FormRule}s in the published schemas, written with standard keywords only: {@code if}
 * an {@code anyOf} of {@code required}, {@code else false}, for "at least one of"; {@code
 * dependentSchemas} with {@code not} for "only one of"; {@code dependentRequired} for "this needs
 * that". The schema generator writes these keywords into the definitions of the model types;
 * {@link SchemaIssues} reads a validator's errors inside them back as the rule the model reports, at
 * the same pointer.
 *
 * <p>"At least one of" is a condition rather than an {@code anyOf} beside the type's {@code
 * properties}, which validators read alike but code generators do not: json-schema-to-typescript
 * turns such an {@code anyOf} into a union of untyped objects and drops the properties, where a
 * condition leaves the type as its properties say.
 *
 * <p>Property names come from the model's metadata ({@link org.safeguarding.review.Choice} marks
 * the parts of a choice), so the schema says exactly what {@link org.safeguarding.review.Form}
 * checks.
 */
public final class FormSchemas {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Where, inside a type's definition, each rule's keywords are. */
  private record Place(String type, String path, FormRule rule) {}

  private static final List<Place> PLACES =
      List.of(
          new Place("Block", "/else", FormRule.BLOCK_EMPTY),
          new Place("Block", "/dependentSchemas/", FormRule.BLOCK_SEVERAL),
          new Place("Item", "/dependentSchemas/" + name(Item_.LABEL) + "/", FormRule.ITEM_LABEL),
          new Place("Item", "/dependentSchemas/", FormRule.ITEM_SEVERAL),
          new Place("ItemList", "/properties/" + name(ItemList_.ITEMS) + "/items/else", FormRule.ITEM_EMPTY),
          new Place("ItemList", "/properties/" + name(ItemList_.ITEMS) + "/else", FormRule.LIST_NUMBERING),
          new Place("Age", "/", FormRule.AGE_FORM),
          new Place("TimeSpan", "/", FormRule.TIME_SPAN_FORM),
          new Place("When", "/", FormRule.WHEN_FORM),
          new Place("Organisation", "/", FormRule.ORGANISATION_UNNAMED),
          new Place("Resource", "/", FormRule.RESOURCE_FORM));

  private FormSchemas() {}

  /**
   * {@return the keywords each model type's definition gets for its form rules, by the type's
   * definition name: {@code if} and {@code else}, {@code dependentSchemas} and {@code
   * dependentRequired}} The
   * list property of {@link ItemList} gets its keywords from {@link #itemsOfList(JsonNode)}.
   */
  public static Map<String, ObjectNode> typeKeywords() {
    Map<String, ObjectNode> keywords = new LinkedHashMap<>();
    List<String> blockParts = choices(Block.class);
    ObjectNode block = atLeastOne(blockParts);
    block.set("dependentSchemas", exclusive(blockParts));
    keywords.put("Block", block);

    List<String> itemParts = choices(Item.class);
    ObjectNode item = NODES.objectNode();
    ObjectNode itemDependencies = exclusive(itemParts);
    itemDependencies.putObject(name(Item_.LABEL))
        .set("anyOf", requiredEach(List.of(name(Item_.TEXT), name(Item_.OMISSION))));
    item.set("dependentSchemas", itemDependencies);
    keywords.put("Item", item);

    keywords.put("Age", counted(List.of(name(Age_.VALUE), name(Age_.STAGE)),
        name(Age_.VALUE), name(Age_.UNIT), name(Age_.TO), name(Age_.QUALIFIER)));
    keywords.put("TimeSpan", counted(List.of(name(TimeSpan_.VALUE), name(TimeSpan_.AS_WRITTEN)),
        name(TimeSpan_.VALUE), name(TimeSpan_.UNIT), name(TimeSpan_.TO), name(TimeSpan_.QUALIFIER)));

    ObjectNode when = atLeastOne(List.of(name(When_.DATE), name(When_.FROM), name(When_.TO), name(When_.AS_WRITTEN)));
    when.putObject("dependentSchemas").putObject(name(When_.DATE)).putObject("not")
        .set("anyOf", requiredEach(List.of(name(When_.FROM), name(When_.TO))));
    keywords.put("When", when);

    keywords.put("Organisation", atLeastOne(List.of(name(Organisation_.NAME), name(Organisation_.AREA))));
    keywords.put("Resource", atLeastOne(List.of(name(Resource_.TITLE), name(Resource_.DESCRIPTION))));
    return keywords;
  }

  /**
   * The schema of {@link ItemList}'s items, given the one generated for the property: each item
   * must hold a part or a nested list, and either every item has a number or none has.
   *
   * @param generated the schema generated for {@code items} from the model
   * @return the schema of the items with the form rules
   */
  public static ObjectNode itemsOfList(JsonNode generated) {
    ObjectNode items = ((ObjectNode) generated).deepCopy();
    List<String> parts = new ArrayList<>(choices(Item.class));
    parts.add(name(Item_.LIST));
    // Each item is an object (as Item says too), stated here for Ajv's strict mode, which checks
    // that the keywords of the condition beside it apply to objects.
    ObjectNode item = NODES.objectNode().put("type", "object");
    item.setAll((ObjectNode) items.get("items"));
    item.setAll(atLeastOne(parts));
    items.set("items", item);
    // Every item has a number (no item is an object without one), or none has; an item that is
    // not an object is another error. Each names its type, as Ajv's strict mode asks.
    String number = name(Item_.NUMBER);
    ArrayNode numbering = NODES.arrayNode();
    ObjectNode unnumbered = numbering.addObject().putObject("items").putObject("not").put("type", "object");
    unnumbered.putObject("not").putArray("required").add(number);
    ObjectNode numbered = numbering.addObject().putObject("items").putObject("not").put("type", "object");
    numbered.putArray("required").add(number);
    items.setAll(valid(numbering));
    return items;
  }

  /**
   * {@return the name of the property of {@link ItemList} whose schema {@link #itemsOfList} gives}
   */
  public static String listItemsProperty() {
    return name(ItemList_.ITEMS);
  }

  /**
   * The form rule a schema error breaks, from where in the schemas the error was found, and the
   * pointer the model reports it at; empty for an error outside the form rules' keywords.
   */
  static Optional<Broken> broken(String schemaLocation, Pointer at) {
    int defs = schemaLocation.indexOf("#/$defs/");
    if (defs < 0) {
      return Optional.empty();
    }
    String rest = schemaLocation.substring(defs + "#/$defs/".length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String type = rest.substring(0, slash);
    String path = rest.substring(slash);
    for (Place place : PLACES) {
      boolean keyword = path.startsWith("/else") || path.startsWith("/dependentSchemas/") || path.equals("/dependentRequired");
      boolean matches = place.path().equals("/") ? keyword : path.startsWith(place.path());
      if (place.type().equals(type) && matches) {
        return Optional.of(new Broken(place.rule(), at));
      }
    }
    return Optional.empty();
  }

  /** A broken form rule and where the model reports it. */
  record Broken(FormRule rule, Pointer pointer) {}

  /** The JSON names of a choice object's parts. */
  private static List<String> choices(Class<?> type) {
    return ModelType.of(type).properties().stream().filter(ModelProperty::choice).map(ModelProperty::name).toList();
  }

  /** {@code {"if": {"anyOf": [{"required": [a]}, {"required": [b]}, ...]}, "else": false}}: at least one of them. */
  private static ObjectNode atLeastOne(List<String> names) {
    return valid(requiredEach(names));
  }

  /** {@code {"if": {"anyOf": alternatives}, "else": false}}: valid as one of the alternatives. */
  private static ObjectNode valid(ArrayNode alternatives) {
    ObjectNode keywords = NODES.objectNode();
    keywords.putObject("if").set("anyOf", alternatives);
    keywords.put("else", false);
    return keywords;
  }

  /** One of the first names; a unit with a value and never without; an end and a qualifier only with a value. */
  private static ObjectNode counted(List<String> oneOf, String value, String unit, String to, String qualifier) {
    ObjectNode keywords = atLeastOne(oneOf);
    ObjectNode dependent = keywords.putObject("dependentRequired");
    dependent.putArray(value).add(unit);
    dependent.putArray(unit).add(value);
    dependent.putArray(to).add(value);
    dependent.putArray(qualifier).add(value);
    return keywords;
  }

  /** {@code [{"required": [a]}, {"required": [b]}, ...]}: at least one of them. */
  private static ArrayNode requiredEach(List<String> names) {
    ArrayNode anyOf = NODES.arrayNode();
    names.forEach(name -> anyOf.addObject().putArray("required").add(name));
    return anyOf;
  }

  /** For each part, a schema that forbids every other part beside it. */
  private static ObjectNode exclusive(List<String> parts) {
    ObjectNode dependent = NODES.objectNode();
    for (String part : parts) {
      List<String> others = parts.stream().filter(other -> !other.equals(part)).toList();
      dependent.putObject(part).putObject("not").set("anyOf", requiredEach(others));
    }
    return dependent;
  }

  private static String name(Property<?, ?> property) {
    return property.name();
  }
}
