package org.safeguarding.review.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes the static metamodel of each model type: for a type {@code Finding}, a class {@code
 * Finding_} with one typed {@code Property} constant per getter, in the order the getters are
 * declared in the source, the list of them all, and the list of the alternatives ({@code @Choice})
 * of a choice object.
 *
 * <p>Each property carries its getter's doc comment, the type its own, as the descriptions the
 * published schemas give. For an enumeration of {@code DefinedValue}s it writes, as {@code
 * HarmType_} for {@code HarmType}, the definition of each value: the value's doc comment, so that
 * the definition is written once.
 *
 * <p>The order of a type's properties is the order JSON writes them, the order reports list issues
 * in and the order the schemas list properties in. The Java language model promises that a type's
 * enclosed elements come in source order; reflection promises no order at all, which is why the
 * order is read here, at compile time.
 *
 * <p>A model type is an abstract class or an interface that is {@code Extensible}: the model's value
 * types, whose implementations Immutables generates, and the {@code ReviewDocument} they share. Its properties are its public, non-static getters without parameters ({@code getX}
 * or {@code isX}), except {@code getUnknownProperties}. A getter it inherits without declaring it
 * has no place in the order, and is an error: declare it again in the type.
 *
 * <p>For a type Immutables implements ({@code @Value.Immutable}) it also writes a {@code
 * PartBinder}, {@code Finding_.BINDER}, that sets each property on the type's builder by its
 * position, so that JSON can be bound without reflection.
 */
@SupportedAnnotationTypes("*")
public final class ModelProcessor extends AbstractProcessor {

  private static final String EXTENSIBLE = "org.safeguarding.review.Extensible";
  private static final String CHOICE = "org.safeguarding.review.Choice";
  private static final String CONTENT_VISITOR = "org.safeguarding.review.ContentVisitor";
  private static final String DEFINED_VALUE = "org.safeguarding.review.DefinedValue";
  private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";

  /** Made by the compiler, which finds the processor through its service file. */
  public ModelProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement extensible = processingEnv.getElementUtils().getTypeElement(EXTENSIBLE);
    TypeElement definedValue = processingEnv.getElementUtils().getTypeElement(DEFINED_VALUE);
    if (extensible == null || definedValue == null) {
      return false;
    }
    DocText docs = new DocText(processingEnv);
    for (Element element : round.getRootElements()) {
      if (!(element instanceof TypeElement type)) {
        continue;
      }
      if (type.getKind() == ElementKind.ENUM && implementsType(type, definedValue)) {
        writeDefinitions(type, docs);
      } else if (!type.equals(extensible)
          && (type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT))
          && implementsType(type, extensible)) {
        write(type, docs);
      }
    }
    return false;
  }

  private boolean implementsType(TypeElement type, TypeElement supertype) {
    return processingEnv.getTypeUtils().isAssignable(processingEnv.getTypeUtils().erasure(type.asType()), supertype.asType());
  }

  private void write(TypeElement type, DocText docs) {
    List<Getter> getters = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement method && isGetter(method)) {
        String description = docs.ofGetter(method, type).orElse(null);
        if (description == null) {
          error("A getter of the model has a doc comment, which the schemas give as its description", method);
          return;
        }
        getters.add(new Getter(method, isChoice(method), literal(description)));
      }
    }
    if (!inheritedGettersDeclared(type, getters) || !choicesHaveCallbacks(getters)) {
      return;
    }
    for (Getter getter : getters) {
      if (MetamodelSource.RESERVED.contains(MetamodelSource.constant(getter))) {
        error("A property's constant would take a name the metamodel keeps for itself", getter.method());
        return;
      }
    }
    String description = literal(docs.of(type).orElse(""));
    boolean bound = type.getAnnotationMirrors().stream()
        .anyMatch(mirror -> mirror.getAnnotationType().toString().equals(IMMUTABLE));
    writeSource(type, new MetamodelSource(packageOf(type), type.getSimpleName().toString(), type.getSimpleName() + "_", description, getters, bound).text());
  }

  /** The definitions of an enumeration's values: the first paragraph of each value's doc comment. */
  private void writeDefinitions(TypeElement type, DocText docs) {
    List<String[]> values = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        Optional<String> definition = docs.of(member);
        if (definition.isEmpty()) {
          error("A value of a DefinedValue enumeration is defined by its doc comment", member);
          return;
        }
        values.add(new String[] {member.getSimpleName().toString(), literal(definition.get())});
      }
    }
    String description = literal(docs.of(type).orElse(""));
    writeSource(type, DefinitionsSource.text(packageOf(type), type.getSimpleName().toString(), description, values));
  }

  private void writeSource(TypeElement type, String source) {
    String name = packageOf(type) + "." + type.getSimpleName() + "_";
    try (Writer out = processingEnv.getFiler().createSourceFile(name, type).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      error("Cannot write " + name + ": " + e.getMessage(), type);
    }
  }

  private String packageOf(TypeElement type) {
    return processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
  }

  /** A Java string literal of {@code text}. */
  private String literal(String text) {
    return processingEnv.getElementUtils().getConstantExpression(text);
  }

  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  /** Every getter the type inherits is declared in it too, so that it has a place in the order. */
  private boolean inheritedGettersDeclared(TypeElement type, List<Getter> declared) {
    boolean ok = true;
    for (Element member : processingEnv.getElementUtils().getAllMembers(type)) {
      if (member instanceof ExecutableElement method
          && !method.getEnclosingElement().equals(type)
          && isGetter(method)
          && declared.stream().noneMatch(getter -> getter.name().equals(method.getSimpleName().toString()))) {
        processingEnv.getMessager().printMessage(
            Diagnostic.Kind.ERROR,
            method.getSimpleName() + " is inherited by " + type.getSimpleName()
                + " without being declared in it: declare it there, where it takes its place in the order of the properties",
            type);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Every alternative of a choice object is optional, and {@code ContentVisitor} has a callback
   * named as the alternative that takes its value and a pointer, which the generated dispatch
   * calls: a new alternative is not walked, rendered or counted until the visitor names it.
   */
  private boolean choicesHaveCallbacks(List<Getter> getters) {
    TypeElement visitor = processingEnv.getElementUtils().getTypeElement(CONTENT_VISITOR);
    boolean ok = true;
    for (Getter getter : getters) {
      if (!getter.choice()) {
        continue;
      }
      List<? extends TypeMirror> arguments =
          getter.returnType() instanceof DeclaredType declared ? declared.getTypeArguments() : List.of();
      boolean found = arguments.size() == 1 && visitor != null && visitor.getEnclosedElements().stream()
          .anyMatch(member -> member instanceof ExecutableElement callback
              && callback.getSimpleName().contentEquals(getter.jsonName())
              && callback.getParameters().size() == 2
              && processingEnv.getTypeUtils().isAssignable(arguments.get(0), callback.getParameters().get(0).asType()));
      if (!found) {
        error("An alternative (@Choice) is an Optional, and ContentVisitor has a callback " + getter.jsonName()
            + "(value, Pointer) for it", getter.method());
        ok = false;
      }
    }
    return ok;
  }

  private static boolean isGetter(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    boolean accessor =
        method.getModifiers().contains(Modifier.PUBLIC)
            && !method.getModifiers().contains(Modifier.STATIC)
            && method.getParameters().isEmpty()
            && !name.equals("getUnknownProperties")
            && !name.equals("getClass")
            && !name.equals("getDeclaringClass")
            && method.getEnclosingElement().getKind() != ElementKind.ENUM;
    return accessor && (name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2);
  }

  private static boolean isChoice(ExecutableElement method) {
    return method.getAnnotationMirrors().stream()
        .anyMatch(mirror -> mirror.getAnnotationType().toString().equals(CHOICE));
  }

  /**
   * A getter of the type.
   *
   * @param method the getter
   * @param choice whether it is one of a choice object's alternatives
   * @param description its description, as a Java string literal
   */
  record Getter(ExecutableElement method, boolean choice, String description) {

    String name() {
      return method.getSimpleName().toString();
    }

    String jsonName() {
      String getter = name();
      String rest = getter.startsWith("get") ? getter.substring(3) : getter.substring(2);
      return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    TypeMirror returnType() {
      return method.getReturnType();
    }

    /** Whether the builder sets it: a final getter's value is fixed by the type, such as a document's type. */
    boolean settable() {
      return !method.getModifiers().contains(Modifier.FINAL);
    }
  }
}
