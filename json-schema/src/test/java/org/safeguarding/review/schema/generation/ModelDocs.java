package org.safeguarding.review.schema.generation;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ValueTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The javadoc of the model's types and getters, read from the core's sources with the JDK's
 * compiler API, so that the schemas' descriptions come from the one place they are written.
 *
 * <p>A description is the comment's first paragraph as plain text: {@code {@link}} and {@code
 * {@code}} become their text, {@code {@value}} becomes the constant's value, markup is dropped, and
 * a getter's {@code {@return the title as published}} is the sentence "The title as published.".
 */
final class ModelDocs {

  private static final String MODEL_PACKAGE = "org.safeguarding.review";

  private final Map<String, String> docs = new HashMap<>();

  private ModelDocs() {}

  /** Reads every source file of the model package under {@code sourceRoot}. */
  static ModelDocs read(Path sourceRoot) {
    Path folder = sourceRoot.resolve(MODEL_PACKAGE.replace('.', '/'));
    List<Path> sources;
    try (Stream<Path> files = Files.list(folder)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ModelDocs result = new ModelDocs();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null, units);
      DocTrees trees = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new Scanner(trees, result).scan(unit, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  /** The description of a model type, if it has javadoc. */
  Optional<String> ofType(Class<?> type) {
    return Optional.ofNullable(docs.get(type.getSimpleName()));
  }

  /**
   * The description of a getter, from the type that declares it or, for an override without
   * javadoc, from the supertype it overrides.
   */
  Optional<String> ofGetter(Class<?> type, String getter) {
    String doc = docs.get(type.getSimpleName() + "#" + getter);
    if (doc != null) {
      return Optional.of(doc);
    }
    Stream<Class<?>> supertypes =
        Stream.concat(Stream.ofNullable(type.getSuperclass()), Stream.of(type.getInterfaces()));
    return supertypes.map(s -> ofGetter(s, getter)).flatMap(Optional::stream).findFirst();
  }

  /** The description of an enumeration constant or a field, if it has javadoc. */
  Optional<String> ofConstant(Class<?> type, String name) {
    return Optional.ofNullable(docs.get(type.getSimpleName() + "#" + name));
  }

  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final DocTrees trees;
    private final ModelDocs result;
    private String type;

    Scanner(DocTrees trees, ModelDocs result) {
      this.trees = trees;
      this.result = result;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      String outer = type;
      type = node.getSimpleName().toString();
      describe(type);
      super.visitClass(node, unused);
      type = outer;
      return null;
    }

    @Override
    public Void visitMethod(MethodTree node, Void unused) {
      describe(type + "#" + node.getName());
      return null;
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
      describe(type + "#" + node.getName());
      return null;
    }

    private void describe(String key) {
      DocCommentTree comment = trees.getDocCommentTree(getCurrentPath());
      if (comment != null) {
        String text = plainText(comment.getFullBody(), type);
        if (!text.isEmpty()) {
          result.docs.putIfAbsent(key, text);
        }
      }
    }
  }

  /** The first paragraph of a doc comment as plain text. */
  private static String plainText(List<? extends DocTree> body, String type) {
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
        text.append(l.getLabel().isEmpty() ? simpleName(l.getReference().getSignature()) : plainText(l.getLabel(), type));
      } else if (tree instanceof ReturnTree r) {
        String returned = plainText(r.getDescription(), type);
        text.append(Character.toUpperCase(returned.charAt(0))).append(returned, 1, returned.length()).append('.');
      } else if (tree instanceof ValueTree v) {
        text.append(constant(v.getReference().getSignature(), type));
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

  /** The value of a constant named as {@code Type#FIELD} or {@code #FIELD}, in the model package. */
  private static String constant(String signature, String type) {
    String[] parts = signature.split("#");
    if (parts[0].isEmpty()) {
      parts[0] = type;
    }
    try {
      return String.valueOf(Class.forName(MODEL_PACKAGE + "." + parts[0]).getField(parts[1]).get(null));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot resolve {@value " + signature + "}", e);
    }
  }
}
