package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Checks {@link UnknownPropertyNames}, reporting each clashing name at its own place. */
public final class UnknownPropertyNamesValidator
    implements ConstraintValidator<UnknownPropertyNames, Extensible> {

  private static final ClassValue<Set<String>> NAMES =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          return Stream.of(type.getMethods())
              .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
              .filter(m -> !m.isAnnotationPresent(JsonAnyGetter.class))
              .map(Method::getName)
              .filter(name -> name.startsWith("get") && name.length() > 3 && !name.equals("getClass"))
              .map(name -> Character.toLowerCase(name.charAt(3)) + name.substring(4))
              .collect(Collectors.toUnmodifiableSet());
        }
      };

  /** Creates the validator; Bean Validation providers call this. */
  public UnknownPropertyNamesValidator() {}

  @Override
  public boolean isValid(Extensible part, ConstraintValidatorContext context) {
    if (part == null) {
      return true;
    }
    Set<String> taken = NAMES.get(part.getClass());
    boolean valid = true;
    for (String name : part.getUnknownProperties().keySet()) {
      if (taken.contains(name)) {
        if (valid) {
          context.disableDefaultConstraintViolation();
        }
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode(name)
            .addConstraintViolation();
        valid = false;
      }
    }
    return valid;
  }
}
