package org.safeguarding.review.json;

import org.safeguarding.review.Extensible;
import org.safeguarding.review.metadata.ModelType;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * Jackson's annotations as usual, with each model type's properties written in the order of its
 * metadata: the order its getters are declared in the source. Jackson's own order follows the
 * fields of the generated implementation, an order the JVM does not promise.
 */
final class ModelPropertyOrder extends JacksonAnnotationIntrospector {

  @Override
  public String[] findSerializationPropertyOrder(MapperConfig<?> config, AnnotatedClass type) {
    Class<?> raw = type.getRawType();
    if (Extensible.class.isAssignableFrom(raw) && !raw.isInterface()) {
      return ModelType.of(raw).names().toArray(String[]::new);
    }
    return super.findSerializationPropertyOrder(config, type);
  }
}
