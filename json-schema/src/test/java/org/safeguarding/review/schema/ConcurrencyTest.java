package org.safeguarding.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.safeguarding.review.ReviewDocument;
import org.safeguarding.review.json.JsonInput;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.testing.HostileCase;
import org.safeguarding.review.testing.HostileCorpus;
import org.safeguarding.review.testing.ModelGenerators;
import org.safeguarding.review.testing.Mutations;
import org.safeguarding.review.testing.SmallDocuments;

/**
 * {@link ReviewJson}, {@link SchemaValidator} and {@link DocumentValidator} used from 8 threads at
 * once over a few hundred valid and invalid documents give, for every document, exactly what they
 * give on one thread: equal documents and equal reports (or, where an entry point throws, the same
 * exception class).
 */
@Tag("slow")
class ConcurrencyTest {

  private static final int THREADS = 8;

  /** Far above the seconds the test takes; only a deadlock or a hang breaks it. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(10);

  /** The documents: the hostile corpus, the examples, generated documents and mutations of them. */
  private static List<Input> inputs;

  /** A named input. */
  record Input(String name, byte[] json) {}

  @BeforeAll
  static void inputs() throws IOException {
    List<Input> all = new ArrayList<>();
    for (HostileCase c : HostileCorpus.handMade()) {
      all.add(new Input("hostile " + c.name(), c.input().get()));
    }
    for (Path seed : HostileCorpus.seeds()) {
      all.add(new Input("example " + seed.getFileName(), Files.readAllBytes(seed)));
    }
    ReviewJson json = ReviewJson.strict();
    collect(ModelGenerators.documents(), 10, 1L).forEach(d -> all.add(new Input("generated " + d.getId(), json.writeBytes(d))));
    collect(SmallDocuments.trees(), 100, 2L).forEach(t -> all.add(new Input("small " + t.get("id"), t.toString().getBytes(StandardCharsets.UTF_8))));
    collect(Mutations.json(SmallDocuments.trees(), 5), 20, 3L).forEach(list -> list.forEach(m -> all.add(new Input("json mutation " + m.steps(), m.json()))));
    collect(Mutations.bytes(SmallDocuments.trees(), 5), 20, 4L).forEach(list -> list.forEach(m -> all.add(new Input("byte mutation " + m.steps(), m.json()))));
    inputs = List.copyOf(all);
  }

  @Test
  void theReaderGivesWhatItGivesOnOneThread() throws Exception {
    assertSameOnEveryThread(input -> ReviewJson.strict().parse(JsonInput.of(input), ReviewDocument.class));
    assertSameOnEveryThread(input -> ReviewJson.lenient().parse(JsonInput.of(input), ReviewDocument.class));
  }

  @Test
  void theSchemaValidatorGivesWhatItGivesOnOneThread() throws Exception {
    assertSameOnEveryThread(input -> SchemaValidator.standard().validate(JsonInput.of(input)));
  }

  @Test
  void theDocumentValidatorGivesWhatItGivesOnOneThread() throws Exception {
    assertSameOnEveryThread(input -> DocumentValidator.strict().validate(JsonInput.of(input)));
    assertSameOnEveryThread(input -> DocumentValidator.lenient().validate(JsonInput.of(input)));
  }

  @Test
  void theInputsAreMixed() {
    long valid = inputs.stream().filter(i -> outcome(j -> DocumentValidator.strict().validate(JsonInput.of(j)).isValid(), i.json()).equals(true)).count();
    assertThat(inputs).hasSizeGreaterThan(300);
    assertThat(valid).isBetween(50L, inputs.size() - 50L);
  }

  /**
   * Runs {@code entryPoint} over every input on one thread, then on {@value #THREADS} threads at
   * once, each going through the inputs in its own order, and compares every result.
   */
  private static void assertSameOnEveryThread(Function<byte[], Object> entryPoint) throws Exception {
    List<Object> expected = inputs.stream().map(i -> outcome(entryPoint, i.json())).toList();
    List<String> differences = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        workers.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          start.await();
          for (int i : order) {
            Object actual = outcome(entryPoint, inputs.get(i).json());
            if (!Objects.equals(actual, expected.get(i))) {
              differences.add(inputs.get(i).name() + ": on one thread " + expected.get(i) + "\nbut on thread " + seed + " " + actual);
            }
          }
          return null;
        }));
      }
      assertTimeoutPreemptively(HANG_GUARD, () -> {
        for (Future<?> worker : workers) {
          worker.get();
        }
      });
    } finally {
      pool.shutdownNow();
    }
    assertThat(differences).isEmpty();
  }

  /** What an entry point gave: its result, or the class of what it threw. */
  private static Object outcome(Function<byte[], Object> entryPoint, byte[] input) {
    try {
      return entryPoint.apply(input);
    } catch (RuntimeException | StackOverflowError e) {
      return "threw " + e.getClass().getName();
    }
  }

  private static <T> List<T> collect(Gen<T> gen, int count, long seed) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(count).forAll(gen).checkAssert(values::add);
    return values;
  }
}
