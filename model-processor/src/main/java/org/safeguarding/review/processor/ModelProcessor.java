package org.safeguarding.review.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
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
 * <p>The order of a type's properties is the order JSON writes them, the order reports list issues
 * in and the order the schemas list properties in. The Java language model promises that a type's
 * enclosed elements come in source order; reflection promises no order at all, which is why the
 * order is read here, at compile time.
 *
 * <p>A model type is an abstract class or an interface that is {@code Extensible}: the model's value
 * types, whose implementations Immutables generates, and the {@code ReviewDocument} they share. Its properties are its public, non-static getters without parameters ({@code getX}
 * or {@code isX}), except {@code getUnknownProperties}. A getter it inherits without declaring it
 * has no place in the order, and is an error: declare it again in the type.
 */
@SupportedAnnotationTypes("*")
public final class ModelProcessor extends AbstractProcessor {

  private static final String EXTENSIBLE = "org.safeguarding.review.Extensible";
  private static final String CHOICE = "org.safeguarding.review.Choice";
  private static final String CONTENT_PART = "org.safeguarding.review.ContentPart";

  /** Made by the compiler, which finds the processor through its service file. */
  public ModelProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement extensible = processingEnv.getElementUtils().getTypeElement(EXTENSIBLE);
    if (extensible == null) {
      return false;
    }
    for (Element element : round.getRootElements()) {
      if (element instanceof TypeElement type
          && !type.equals(extensible)
          && (type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT))
          && processingEnv.getTypeUtils().isAssignable(processingEnv.getTypeUtils().erasure(type.asType()), extensible.asType())) {
        write(type);
      }
    }
    return false;
  }

  private void write(TypeElement type) {
    List<Getter> getters = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement method && isGetter(method)) {
        getters.add(new Getter(method, isChoice(method)));
      }
    }
    if (!inheritedGettersDeclared(type, getters) || !choicesHoldTextOrParts(getters)) {
      return;
    }
    PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
    String name = type.getSimpleName() + "_";
    String source = new MetamodelSource(pkg.getQualifiedName().toString(), type.getSimpleName().toString(), name, getters).text();
    try (Writer out = processingEnv.getFiler().createSourceFile(pkg.getQualifiedName() + "." + name, type).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Cannot write " + name + ": " + e.getMessage(), type);
    }
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
   * Every alternative of a choice object is optional text or an optional {@code ContentPart}, so
   * that a walk of the content can hand it to a visitor without a list of alternatives.
   */
  private boolean choicesHoldTextOrParts(List<Getter> getters) {
    TypeElement part = processingEnv.getElementUtils().getTypeElement(CONTENT_PART);
    TypeElement text = processingEnv.getElementUtils().getTypeElement(String.class.getName());
    boolean ok = true;
    for (Getter getter : getters) {
      if (!getter.choice()) {
        continue;
      }
      List<? extends TypeMirror> arguments =
          getter.returnType() instanceof DeclaredType declared ? declared.getTypeArguments() : List.of();
      boolean holds =
          arguments.size() == 1
              && (processingEnv.getTypeUtils().isSameType(processingEnv.getTypeUtils().erasure(arguments.get(0)), text.asType())
                  || part != null && processingEnv.getTypeUtils().isAssignable(arguments.get(0), part.asType()));
      if (!holds) {
        processingEnv.getMessager().printMessage(
            Diagnostic.Kind.ERROR, "An alternative (@Choice) holds an Optional of text or of a ContentPart", getter.method());
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
   */
  record Getter(ExecutableElement method, boolean choice) {

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
  }
}
