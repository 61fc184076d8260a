package org.safeguarding.review.metadata;

import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the property a {@link Getter} reads, once per method reference in the code. */
final class GetterResolver {

  private static final Map<Class<?>, ModelProperty> PROPERTIES = new ConcurrentHashMap<>();

  private GetterResolver() {}

  static ModelProperty property(Getter<?, ?> getter) {
    return PROPERTIES.computeIfAbsent(getter.getClass(), c -> resolve(getter));
  }

  /**
   * A serializable lambda describes itself: the name of the method it refers to and the type it is
   * called on.
   */
  private static ModelProperty resolve(Getter<?, ?> getter) {
    SerializedLambda lambda;
    Class<?> receiver;
    try {
      Method writeReplace = getter.getClass().getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      lambda = (SerializedLambda) writeReplace.invoke(getter);
      String signature = lambda.getInstantiatedMethodType();
      String name = signature.substring(2, signature.indexOf(';')).replace('/', '.');
      receiver = Class.forName(name, false, getter.getClass().getClassLoader());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException("A Getter must be a method reference such as Finding::getId", e);
    }
    return ModelType.of(receiver)
        .propertyOfGetter(lambda.getImplMethodName())
        .orElseThrow(() -> new IllegalArgumentException(lambda.getImplMethodName() + " is not a getter of " + receiver.getSimpleName()));
  }
}
