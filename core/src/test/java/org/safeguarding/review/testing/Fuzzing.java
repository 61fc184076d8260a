package org.safeguarding.review.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;

/**
 * Runs a fuzz property over the inputs of each generated example, on every processor (the code
 * under test is thread-safe), naming the input when the property fails. QuickTheories prints the
 * seed of a failing run; replay it with {@code -DQT_SEED=<seed>}.
 */
public final class Fuzzing {

  /** Far above the time any property takes; only a hang breaks it. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(10);

  private Fuzzing() {}

  /**
   * Checks {@code property} for every input of {@code examples} examples drawn from {@code
   * inputs}, shrinking a failure for at most {@code shrinkCycles} cycles.
   *
   * @return the number of inputs checked, so that a test can assert that all of them ran
   */
  public static int check(Gen<List<Mutated>> inputs, int examples, int shrinkCycles, Consumer<Mutated> property) {
    AtomicInteger checked = new AtomicInteger();
    assertTimeoutPreemptively(HANG_GUARD, () ->
        qt().withExamples(examples).withShrinkCycles(shrinkCycles)
            .forAll(inputs)
            .checkAssert(example -> {
              example.parallelStream().forEach(input -> {
                try {
                  property.accept(input);
                } catch (AssertionError | RuntimeException e) {
                  throw new AssertionError("For the input " + input + "\n" + e, e);
                }
              });
              checked.addAndGet(example.size());
            }));
    return checked.get();
  }
}
