package org.safeguarding.review.processor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The Java source of one model type's metamodel class, as {@link ModelProcessor} writes it.
 *
 * @param pkg the model type's package
 * @param type the model type's simple name, such as {@code Finding}
 * @param name the metamodel class's simple name, such as {@code Finding_}
 * @param description the type's description, as a Java string literal
 * @param getters the type's getters, in source order
 * @param bound whether Immutables implements the type, whose builder a {@code PartBinder} then fills
 */
record MetamodelSource(String pkg, String type, String name, String description, List<ModelProcessor.Getter> getters, boolean bound) {

  private static final String ALL = "PROPERTIES";
  private static final String CHOICES = "CHOICES";
  private static final String DESCRIPTION = "TYPE_DESCRIPTION";
  private static final String BINDER = "BINDER";

  /** The names of the metamodel's own constants, which no property's constant may take. */
  static final Set<String> RESERVED = Set.of(ALL, CHOICES, DESCRIPTION, BINDER);

  String text() {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n");
    out.append("/**\n")
        .append(" * The properties of {@link ").append(type).append("}, each a typed {@link Property}, in the order its getters\n")
        .append(" * are declared, which is the order JSON writes them. Generated from {@code ").append(type)
        .append("}'s source by the model\n * processor: do not edit.\n */\n");
    out.append("@javax.annotation.processing.Generated(\"org.safeguarding.review.processor.ModelProcessor\")\n");
    out.append("public final class ").append(name).append(" {\n");
    out.append("\n  /** The description of {@link ").append(type).append("}: its doc comment's first paragraph. */\n");
    out.append("  public static final String ").append(DESCRIPTION).append(" =\n      ").append(description).append(";\n");
    for (ModelProcessor.Getter getter : getters) {
      out.append("\n  /** {@code ").append(getter.jsonName()).append("}, read by {@link ").append(type).append('#')
          .append(getter.name()).append("()}. */\n");
      out.append("  public static final Property<").append(type).append(", ").append(boxed(getter.returnType())).append("> ")
          .append(constant(getter)).append(" =\n      new Property<>(").append(type).append(".class, \"")
          .append(getter.jsonName()).append("\", \"").append(getter.name()).append("\", ").append(type).append("::")
          .append(getter.name()).append(",\n          ").append(getter.description()).append(");\n");
    }
    out.append("\n  /** Every property of {@link ").append(type).append("}, in the order of its getters. */\n");
    out.append("  public static final java.util.List<Property<").append(type).append(", ?>> ").append(ALL).append(" =\n      ")
        .append(list(getters)).append(";\n");
    List<ModelProcessor.Getter> choices = getters.stream().filter(ModelProcessor.Getter::choice).toList();
    if (!choices.isEmpty()) {
      out.append("\n  /** The alternative parts of {@link ").append(type).append("} ({@link Choice}), in the order of their getters. */\n");
      out.append("  public static final java.util.List<Property<").append(type).append(", ?>> ").append(CHOICES).append(" =\n      ")
          .append(list(choices)).append(";\n");
    }
    if (!choices.isEmpty()) {
      visit(out, choices);
    }
    if (bound) {
      binder(out);
    }
    out.append("\n  private ").append(name).append("() {}\n}\n");
    return out.toString();
  }

  /**
   * The dispatch of a choice object's parts: each present alternative to the {@code
   * ContentVisitor} callback named as the alternative, at its place.
   */
  private void visit(StringBuilder out, List<ModelProcessor.Getter> choices) {
    out.append("\n  /**\n")
        .append("   * Hands each alternative {@code part} holds to the {@link ContentVisitor} callback named as the\n")
        .append("   * alternative, at its place below {@code at}, without walking into it.\n   *\n")
        .append("   * @param part the ").append(type).append("\n")
        .append("   * @param visitor what to call\n")
        .append("   * @param at where the part sits\n   */\n");
    out.append("  public static void visit(").append(type).append(" part, ContentVisitor visitor, org.safeguarding.review.pointer.Pointer at) {\n");
    for (ModelProcessor.Getter choice : choices) {
      out.append("    part.").append(choice.name()).append("().ifPresent(value -> visitor.").append(choice.jsonName())
          .append("(value, at.property(\"").append(choice.jsonName()).append("\")));\n");
    }
    out.append("  }\n");
  }

  /**
   * The binder: each property set on the type's builder by its position, an optional property
   * by its value and a list by its items.
   */
  private void binder(StringBuilder out) {
    out.append("\n  /** Builds a {@link ").append(type).append("} from its properties' values by their positions, without reflection. */\n");
    out.append("  public static final PartBinder<").append(type).append("> ").append(BINDER).append(" = new Binder();\n");
    out.append("\n  private static final class Binder implements PartBinder<").append(type).append("> {\n");
    out.append("\n    @Override\n    public Object start() {\n      return ").append(type).append(".builder();\n    }\n");
    out.append("\n    @Override\n    @SuppressWarnings(\"unchecked\")\n")
        .append("    public void set(Object builder, int position, Object value) {\n")
        .append("      ").append(type).append(".Builder part = (").append(type).append(".Builder) builder;\n")
        .append("      switch (position) {\n");
    for (int i = 0; i < getters.size(); i++) {
      ModelProcessor.Getter getter = getters.get(i);
      if (!getter.settable()) {
        continue;
      }
      String json = getter.jsonName();
      out.append("        case ").append(i).append(" -> part.");
      TypeMirror returned = getter.returnType();
      String raw = returned instanceof DeclaredType declared
          ? ((TypeElement) declared.asElement()).getQualifiedName().toString() : "";
      if (raw.equals("java.util.List")) {
        out.append("addAll").append(Character.toUpperCase(json.charAt(0))).append(json.substring(1))
            .append("((java.lang.Iterable<").append(boxed(((DeclaredType) returned).getTypeArguments().get(0))).append(">) value);\n");
      } else if (raw.equals("java.util.Optional")) {
        out.append(json).append("((").append(boxed(((DeclaredType) returned).getTypeArguments().get(0))).append(") value);\n");
      } else {
        out.append(json).append("((").append(boxed(returned)).append(") value);\n");
      }
    }
    out.append("        default -> throw new IllegalArgumentException(\"").append(type)
        .append(" has no property to set at \" + position);\n      }\n    }\n");
    out.append("\n    @Override\n    public void putUnknown(Object builder, String name, tools.jackson.databind.JsonNode value) {\n")
        .append("      ((").append(type).append(".Builder) builder).putUnknownProperties(name, value);\n    }\n");
    out.append("\n    @Override\n    public ").append(type).append(" build(Object builder) {\n")
        .append("      return ((").append(type).append(".Builder) builder).build();\n    }\n  }\n");
  }

  private static String list(List<ModelProcessor.Getter> getters) {
    return getters.stream().map(MetamodelSource::constant).collect(Collectors.joining(", ", "java.util.List.of(", ")"));
  }

  /** The constant's name: the JSON name in upper case, words joined by underscores. */
  static String constant(ModelProcessor.Getter getter) {
    return getter.jsonName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The type as source, without its type-use annotations, primitives boxed. */
  private static String boxed(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return switch (type.getKind()) {
        case BOOLEAN -> "java.lang.Boolean";
        case INT -> "java.lang.Integer";
        case LONG -> "java.lang.Long";
        case DOUBLE -> "java.lang.Double";
        default -> throw new IllegalArgumentException("A model getter returns an unexpected primitive: " + type);
      };
    }
    if (type.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((WildcardType) type).getExtendsBound();
      return bound == null ? "?" : "? extends " + boxed(bound);
    }
    DeclaredType declared = (DeclaredType) type;
    String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (declared.getTypeArguments().isEmpty()) {
      return raw;
    }
    return declared.getTypeArguments().stream().map(MetamodelSource::boxed).collect(Collectors.joining(", ", raw + "<", ">"));
  }
}
