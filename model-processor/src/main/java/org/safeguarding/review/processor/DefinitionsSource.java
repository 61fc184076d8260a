package org.safeguarding.review.processor;

import java.util.List;

/** The Java source of the definitions of an enumeration's values, as {@link ModelProcessor} writes it. */
final class DefinitionsSource {

  private DefinitionsSource() {}

  /**
   * The source of {@code type_}.
   *
   * @param pkg the enumeration's package
   * @param type the enumeration's simple name, such as {@code HarmType}
   * @param description the enumeration's description, as a Java string literal
   * @param values each value's name and definition, as a Java string literal, in source order
   */
  static String text(String pkg, String type, String description, List<String[]> values) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n");
    out.append("/**\n * The definitions of the values of {@link ").append(type)
        .append("}: each value's doc comment. Generated from {@code ").append(type)
        .append("}'s source by the model\n * processor: do not edit.\n */\n");
    out.append("@javax.annotation.processing.Generated(\"org.safeguarding.review.processor.ModelProcessor\")\n");
    out.append("public final class ").append(type).append("_ {\n");
    out.append("\n  /** The description of {@link ").append(type).append("}: its doc comment's first paragraph. */\n");
    out.append("  public static final String TYPE_DESCRIPTION =\n      ").append(description).append(";\n");
    out.append("\n  private ").append(type).append("_() {}\n");
    out.append("\n  /**\n   * {@return the definition of {@code value}: its doc comment's first paragraph}\n   *\n")
        .append("   * @param value a value of {@link ").append(type).append("}\n   */\n");
    out.append("  public static String definition(").append(type).append(" value) {\n    return switch (value) {\n");
    for (String[] value : values) {
      out.append("      case ").append(value[0]).append(" -> ").append(value[1]).append(";\n");
    }
    out.append("    };\n  }\n}\n");
    return out.toString();
  }
}
