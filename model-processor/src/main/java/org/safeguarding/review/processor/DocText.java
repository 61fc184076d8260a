package org.safeguarding.review.processor;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ValueTree;
import com.sun.source.util.DocTrees;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The first paragraph of an element's doc comment as plain text, the description the published
 * schemas give: {@code {@link}} and {@code {@code}} become their text, {@code {@value}} the
 * constant's value, markup is dropped, and a getter's {@code {@return the title as published}} is
 * the sentence "The title as published.".
 */
final class DocText {

  private final ProcessingEnvironment environment;
  private final DocTrees trees;

  DocText(ProcessingEnvironment environment) {
    this.environment = environment;
    this.trees = DocTrees.instance(environment);
  }

  /** The description of {@code element}, if it has a doc comment with text. */
  Optional<String> of(Element element) {
    DocCommentTree comment = trees.getDocCommentTree(element);
    if (comment == null) {
      return Optional.empty();
    }
    String text = plainText(comment.getFullBody(), element);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * The description of a getter: its own, or, for an override without a doc comment, the one of
   * the method it overrides.
   */
  Optional<String> ofGetter(ExecutableElement getter, TypeElement type) {
    Optional<String> own = of(getter);
    if (own.isPresent()) {
      return own;
    }
    for (TypeMirror supertype : environment.getTypeUtils().directSupertypes(type.asType())) {
      TypeElement superElement = (TypeElement) ((DeclaredType) supertype).asElement();
      for (Element member : superElement.getEnclosedElements()) {
        if (member instanceof ExecutableElement method
            && environment.getElementUtils().overrides(getter, method, type)) {
          Optional<String> inherited = ofGetter(method, superElement);
          if (inherited.isPresent()) {
            return inherited;
          }
        }
      }
    }
    return Optional.empty();
  }

  private String plainText(List<? extends DocTree> body, Element context) {
    StringBuilder text = new StringBuilder();
    for (DocTree tree : body) {
      if (tree.getKind() == DocTree.Kind.START_ELEMENT && tree.toString().startsWith("<p")) {
        break;
      }
      if (tree instanceof TextTree t) {
        text.append(t.getBody());
      } else if (tree instanceof LiteralTree l) {
        text.append(l.getBody().getBody());
      } else if (tree instanceof LinkTree l) {
        text.append(l.getLabel().isEmpty() ? simpleName(l.getReference().getSignature()) : plainText(l.getLabel(), context));
      } else if (tree instanceof ReturnTree r) {
        String returned = plainText(r.getDescription(), context);
        text.append(Character.toUpperCase(returned.charAt(0))).append(returned, 1, returned.length()).append('.');
      } else if (tree instanceof ValueTree v) {
        text.append(constant(v.getReference().getSignature(), context));
      } else if (tree instanceof EntityTree e) {
        text.append(switch (e.getName().toString()) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          default -> "";
        });
      }
    }
    return text.toString().replaceAll("\\s+", " ").trim();
  }

  private static String simpleName(String signature) {
    String name = signature.contains("#") ? signature.substring(signature.indexOf('#') + 1) : signature;
    name = name.replaceAll("\\(.*\\)", "");
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** The value of a constant named as {@code Type#FIELD} or {@code #FIELD}, in the context's package. */
  private String constant(String signature, Element context) {
    String[] parts = signature.split("#");
    TypeElement type = enclosingType(context);
    if (!parts[0].isEmpty()) {
      PackageElement pkg = environment.getElementUtils().getPackageOf(context);
      type = environment.getElementUtils().getTypeElement(pkg.getQualifiedName() + "." + parts[0]);
    }
    if (type != null) {
      for (Element member : type.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && member.getSimpleName().contentEquals(parts[1])
            && ((VariableElement) member).getConstantValue() != null) {
          return String.valueOf(((VariableElement) member).getConstantValue());
        }
      }
    }
    throw new IllegalStateException("Cannot resolve {@value " + signature + "}");
  }

  private static TypeElement enclosingType(Element element) {
    Element current = element;
    while (current != null && !(current instanceof TypeElement)) {
      current = current.getEnclosingElement();
    }
    return (TypeElement) current;
  }
}
