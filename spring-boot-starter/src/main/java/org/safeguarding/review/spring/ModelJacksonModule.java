package org.safeguarding.review.spring;

import org.safeguarding.review.Extensible;
import org.safeguarding.review.json.JsonMappers;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that writes every part of the model, documents included, as the library's
 * codec does, whatever the mapper's own settings: in the model's order, absent values and empty
 * lists left out. Spring Boot 4 registers it with the mappers it makes.
 */
final class ModelJacksonModule extends SimpleModule {

  ModelJacksonModule() {
    super("srm-model");
    addSerializer(Extensible.class, new WrittenByTheLibrary());
  }

  /** A part, written by the library's own mapper into the generator in use. */
  private static final class WrittenByTheLibrary extends StdSerializer<Extensible> {

    WrittenByTheLibrary() {
      super(Extensible.class);
    }

    @Override
    public void serialize(Extensible value, JsonGenerator generator, SerializationContext context) {
      JsonMappers.standard().writeValue(generator, value);
    }
  }
}
