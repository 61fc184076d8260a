package org.safeguarding.review.spring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.safeguarding.review.Extensible;
import org.safeguarding.review.json.JsonMappers;

/**
 * A Jackson 2 module that writes every part of the model, documents included, as the library's
 * codec does: in the model's order, absent values and empty lists left out. The model is annotated
 * for Jackson 3, which Jackson 2 does not read, so the library writes each part and its tokens are
 * copied, numbers exactly, into the generator in use. Spring Boot 3 registers it with the mappers
 * it makes.
 */
final class ModelJackson2Module extends SimpleModule {

  ModelJackson2Module() {
    super("srm-model");
    addSerializer(Extensible.class, new WrittenByTheLibrary());
  }

  /** A part, written by the library's own mapper and copied into the generator in use. */
  private static final class WrittenByTheLibrary extends StdSerializer<Extensible> {

    private static final JsonFactory TOKENS = new JsonFactory();

    WrittenByTheLibrary() {
      super(Extensible.class);
    }

    @Override
    public void serialize(Extensible value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      try (JsonParser parser = TOKENS.createParser(JsonMappers.standard().writeValueAsBytes(value))) {
        while (parser.nextToken() != null) {
          generator.copyCurrentEventExact(parser);
        }
      }
    }
  }
}
