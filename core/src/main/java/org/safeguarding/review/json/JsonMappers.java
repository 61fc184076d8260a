package org.safeguarding.review.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place the library's Jackson mapper is configured, used by the codec, the JSON Schema
 * validator and the benchmarks alike: strict reading (duplicate properties, trailing content,
 * unknown properties and numbers for enumerations are errors; decimals are kept exactly), the
 * model's declared property order, and absent values and empty lists left out when writing.
 *
 * <p>Mappers are immutable and thread-safe; one is made for each set of {@link ReadLimits} in use
 * and shared.
 */
public final class JsonMappers {

  private static final Map<ReadLimits, JsonMapper> MAPPERS = new ConcurrentHashMap<>();

  private JsonMappers() {}

  /** {@return the mapper that reads within the default limits} */
  public static JsonMapper standard() {
    return of(ReadLimits.defaults());
  }

  /**
   * {@return the mapper that reads within {@code limits}}
   *
   * @param limits the read limits
   */
  public static JsonMapper of(ReadLimits limits) {
    return MAPPERS.computeIfAbsent(Objects.requireNonNull(limits, "limits"), JsonMappers::build);
  }

  private static JsonMapper build(ReadLimits limits) {
    return JsonMapper.builder(
            JsonFactory.builder()
                .streamReadConstraints(limits.streamReadConstraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
        .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .annotationIntrospector(new ModelPropertyOrder())
        .changeDefaultPropertyInclusion(
            incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
  }
}
