package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.json.ReadLimit;
import org.safeguarding.review.json.ReadLimits;
import picocli.CommandLine.Option;

class LimitOptionsTest {

  /** The defaults the help gives are the library's: setting each to its stated value changes nothing. */
  @Test
  void theHelpStatesEveryLimitWithItsDefault() throws NoSuchFieldException {
    String description = String.join(" ", LimitOptions.class.getDeclaredField("limits").getAnnotation(Option.class).description());
    Map<String, Long> stated = new LinkedHashMap<>();
    Matcher pair = Pattern.compile("([a-z-]+)=(\\d+)").matcher(description);
    while (pair.find()) {
      stated.put(pair.group(1), Long.parseLong(pair.group(2)));
    }

    LimitOptions options = new LimitOptions();
    options.limits.putAll(stated);

    assertThat(stated.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(ReadLimit.values()).map(ReadLimit::text).toList());
    assertThat(options.toLimits()).isEqualTo(ReadLimits.defaults());
  }

  @Test
  void eachNamedLimitChangesOnlyItsOwnValue() {
    LimitOptions options = new LimitOptions();
    options.limits.put("nesting-depth", 5L);

    assertThat(options.toLimits()).isEqualTo(ReadLimits.defaults().with(ReadLimit.NESTING_DEPTH, 5));
  }
}
