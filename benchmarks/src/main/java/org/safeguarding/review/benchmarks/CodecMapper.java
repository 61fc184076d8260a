package org.safeguarding.review.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson mapper configured as {@link org.safeguarding.review.json.ReviewJson}'s own (which is
 * not public): strict about duplicates, trailing tokens, unknown properties and numbers for
 * enumerations. It binds and writes without any of the codec's checks, so the benchmarks can
 * measure binding alone.
 */
final class CodecMapper {

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
          .changeDefaultPropertyInclusion(
              incl ->
                  JsonInclude.Value.construct(
                      JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
          .build();

  private CodecMapper() {}
}
