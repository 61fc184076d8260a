package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.metadata.Cardinality;
import org.safeguarding.review.metadata.ModelProperty;
import org.safeguarding.review.metadata.ModelType;

/**
 * Each model type's {@code Builder} says in its javadoc which properties are required, exactly as
 * the model's metadata has them: the single values {@code build()} cannot do without, and the
 * lists that must have an item. The builders behave as their javadoc says.
 */
class BuilderDocsTest {

  private static final Path MODEL = Path.of("src/main/java/org/safeguarding/review");
  private static final Pattern BUILDER_DOC =
      Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static final class Builder extends Immutable(\\w+)\\.Builder", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("\\{@code (\\w+)}");
  private static final Pattern REQUIRED = Pattern.compile("Required: ([^;.]*)[;.]");
  private static final Pattern AT_LEAST_ONE = Pattern.compile("at least one item[^:]*: ([^.]*)\\.");

  @Test
  void everyBuilderListsTheRequiredPropertiesOfTheModelMetadata() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Documented> builders = builders();
    for (Documented builder : builders) {
      Set<String> single = required(builder.type(), false);
      Set<String> lists = required(builder.type(), true);
      Set<String> documentedSingle = codes(REQUIRED, builder.doc());
      Set<String> documentedLists = codes(AT_LEAST_ONE, builder.doc());
      if (!documentedSingle.equals(single)) {
        problems.add(builder.name() + ": required " + documentedSingle + ", the model has " + single);
      }
      if (!documentedLists.equals(lists)) {
        problems.add(builder.name() + ": at least one item in " + documentedLists + ", the model has " + lists);
      }
      if (single.isEmpty() && lists.isEmpty() && !builder.doc().contains("No property is required")) {
        problems.add(builder.name() + ": does not say that no property is required");
      }
    }
    assertThat(problems).isEmpty();
    assertThat(builders).as("every immutable model type has a builder with javadoc").hasSize(immutableTypes());
  }

  @Test
  void anEmptyBuilderFailsNamingExactlyTheRequiredSingleValues() throws Exception {
    for (Documented builder : builders()) {
      Set<String> single = required(builder.type(), false);
      Object empty = builder.type().getMethod("builder").invoke(null);
      ThrowingBuild build = () -> invokeBuild(empty);
      if (single.isEmpty()) {
        assertThat(build.get()).as(builder.name()).isInstanceOf(builder.type());
      } else {
        assertThatThrownBy(build::get)
            .as(builder.name())
            .isInstanceOf(IllegalStateException.class)
            .satisfies(e -> assertThat(namesInBrackets(e.getMessage())).as(builder.name()).isEqualTo(single));
      }
    }
  }

  /** The properties JSON requires that the builder does not set itself, as single values or lists. */
  private static Set<String> required(Class<?> type, boolean lists) {
    return ModelType.of(type).properties().stream()
        .filter(ModelProperty::required)
        .filter(p -> Modifier.isAbstract(p.getter().getModifiers()))
        .filter(p -> (p.cardinality() == Cardinality.LIST) == lists)
        .map(ModelProperty::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> codes(Pattern sentence, String doc) {
    Set<String> names = new TreeSet<>();
    Matcher found = sentence.matcher(doc);
    if (found.find()) {
      Matcher code = CODE.matcher(found.group(1));
      while (code.find()) {
        names.add(code.group(1));
      }
    }
    return names;
  }

  /** Immutables names the missing attributes at the end of its message: {@code [id, kind]}. */
  private static Set<String> namesInBrackets(String message) {
    String list = message.substring(message.lastIndexOf('[') + 1, message.lastIndexOf(']'));
    return Stream.of(list.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Object invokeBuild(Object builder) throws Exception {
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static List<Documented> builders() throws IOException {
    List<Documented> builders = new ArrayList<>();
    for (Path file : modelSources()) {
      Matcher builder = BUILDER_DOC.matcher(Files.readString(file));
      if (builder.find()) {
        String doc = builder.group(1).replaceAll("\\s*\\n\\s*\\*", " ").replaceAll("\\s+", " ").strip();
        builders.add(new Documented(builder.group(2), modelClass(builder.group(2)), doc));
      }
    }
    return builders;
  }

  private static int immutableTypes() throws IOException {
    int count = 0;
    for (Path file : modelSources()) {
      if (Files.readString(file).contains("\n@Value.Immutable\n")) {
        count++;
      }
    }
    return count;
  }

  private static List<Path> modelSources() throws IOException {
    try (Stream<Path> files = Files.list(MODEL)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static Class<?> modelClass(String name) {
    try {
      return Class.forName("org.safeguarding.review." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("No model class " + name, e);
    }
  }

  private record Documented(String name, Class<?> type, String doc) {}

  @FunctionalInterface
  private interface ThrowingBuild {
    Object get() throws Exception;
  }
}
