package org.safeguarding.review.schema.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.review.DefinedValue;
import org.safeguarding.review.LearningTheme;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;
import org.safeguarding.review.metadata.ValueKind;
import org.safeguarding.review.national.CodeList;
import org.safeguarding.review.national.NationalCode;
import org.safeguarding.review.national.NationalCodes;
import org.safeguarding.review.schema.Crosswalks;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the crosswalks between the model's values and the national code lists, from the lists
 * ({@link CodeList}) and the codes written on the model's values ({@link NationalCodes}): one file
 * per list, with the list's title, collection, year and sources, every entry (code, label,
 * validity) with the model values that stand for it, or the reason none does, and for each model
 * enumeration involved the properties that hold it.
 */
public final class CrosswalkGenerator {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A generator; everything it writes comes from the core's model and lists. */
  public CrosswalkGenerator() {}

  /** {@return the crosswalk files, by file name, as pretty JSON text ending in a newline} */
  public Map<String, String> generate() {
    Map<CodeList, List<Placed>> placed = placements();
    Map<String, String> files = new LinkedHashMap<>();
    for (CodeList list : CodeList.values()) {
      files.put(Crosswalks.fileName(list), text(crosswalk(list, placed.getOrDefault(list, List.of()))));
    }
    return files;
  }

  private record Placed(Enum<?> value, NationalCodes.Placement placement) {}

  private static ObjectNode crosswalk(CodeList list, List<Placed> placed) {
    ObjectNode file = MAPPER.createObjectNode();
    file.put("list", list.getFileName());
    file.put("title", list.getTitle());
    file.put("collection", list.getCollection());
    file.put("year", list.getYear());
    ArrayNode sources = file.putArray("sources");
    list.getSources().forEach(sources::add);
    if (!list.getNote().isEmpty()) {
      file.put("note", list.getNote());
    }
    ObjectNode types = file.putObject("modelTypes");
    placed.stream().map(p -> p.value().getDeclaringClass()).distinct().forEach(type -> {
      ArrayNode properties = types.putArray(type.getSimpleName());
      holders(type).forEach(properties::add);
    });
    ArrayNode entries = file.putArray("entries");
    for (NationalCode code : list.entries()) {
      ObjectNode entry = entries.addObject();
      entry.put("code", code.code());
      entry.put("label", code.label());
      entry.put("validity", code.validity().name());
      code.notPlaced().ifPresent(reason -> entry.put("notPlaced", reason));
      List<Placed> here = placed.stream().filter(p -> p.placement().code().equals(code)).toList();
      if (!here.isEmpty()) {
        ArrayNode model = entry.putArray("model");
        for (Placed p : here) {
          ObjectNode value = model.addObject();
          value.put("type", p.value().getDeclaringClass().getSimpleName());
          value.put("value", p.value().name());
          value.put("label", ((DefinedValue) p.value()).getLabel());
          value.put("match", p.placement().match().name());
          if (!p.placement().when().isEmpty()) {
            value.put("when", p.placement().when());
          }
        }
      }
    }
    return file;
  }

  /** Every placement of every value a document can hold, by list, in the order of the model's enumerations. */
  private static Map<CodeList, List<Placed>> placements() {
    Map<CodeList, List<Placed>> byList = new LinkedHashMap<>();
    for (Class<?> type : ModelType.enumerations()) {
      for (Object constant : type.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        for (NationalCodes.Placement placement : NationalCodes.of(value)) {
          byList.computeIfAbsent(placement.code().list(), list -> new ArrayList<>()).add(new Placed(value, placement));
        }
      }
    }
    return byList;
  }

  /** The properties that hold values of an enumeration, as "Type.property". */
  private static List<String> holders(Class<?> enumeration) {
    List<String> holders = new ArrayList<>();
    for (Class<?> type : ModelType.types()) {
      for (ModelProperty property : ModelType.of(type).properties()) {
        boolean holds = property.kind() == ValueKind.THEME ? enumeration == LearningTheme.class : property.valueClass() == enumeration;
        if (holds) {
          holders.add(type.getSimpleName() + "." + property.name());
        }
      }
    }
    return holders;
  }

  private static String text(ObjectNode crosswalk) {
    return ReviewJson.strict().withPrettyPrinting().writeTree(crosswalk) + "\n";
  }
}
