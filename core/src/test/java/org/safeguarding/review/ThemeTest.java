package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeTest {

  @ParameterizedTest
  @EnumSource(LearningTheme.class)
  void everyCatalogueThemeReadsBackFromItsCode(LearningTheme catalogue) {
    Theme theme = Theme.of(catalogue.getCode());

    assertThat(theme).isEqualTo(Theme.of(catalogue));
    assertThat(theme.getCatalogueTheme()).contains(catalogue);
    assertThat(theme.isLocal()).isFalse();
    assertThat(theme.getLabel()).isEqualTo(catalogue.getLabel());
    assertThat(theme.toString()).isEqualTo(catalogue.name());
  }

  @Test
  void aLocalThemeIsMarkedByItsPrefix() {
    Theme theme = Theme.of("local:CUCKOOING");

    assertThat(theme).isEqualTo(Theme.local("CUCKOOING"));
    assertThat(theme.isLocal()).isTrue();
    assertThat(theme.getCatalogueTheme()).isEmpty();
    assertThat(theme.getLabel()).isEqualTo("CUCKOOING");
    assertThat(theme.toString()).isEqualTo("local:CUCKOOING");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"GANGS", "safer_sleep", "", "local:", "local:gangs", "local:A__B", " RISK_ASSESSMENT"})
  void anUnmarkedUnknownOrMalformedThemeIsRejectedWithoutRepeatingIt(String text) {
    assertThat(Theme.isValid(text)).isFalse();
    assertThatThrownBy(() -> Theme.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> {
          if (!text.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(text);
          }
        });
  }

  @Test
  void aLocalCodeLongerThanTheLimitIsRejected() {
    String code = "A".repeat(Theme.LOCAL_CODE_MAX + 1);

    assertThatThrownBy(() -> Theme.local(code)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Theme.local("A".repeat(Theme.LOCAL_CODE_MAX)).isLocal()).isTrue();
  }

  @Test
  void catalogueThemesSortBeforeLocalThemes() {
    assertThat(Theme.of(LearningTheme.COVID_19)).isLessThan(Theme.local("AAA"));
    assertThat(Theme.of(LearningTheme.INFORMATION_SHARING))
        .isLessThan(Theme.of(LearningTheme.RISK_ASSESSMENT));
    assertThat(Theme.local("AAA")).isLessThan(Theme.local("BBB"));
  }
}
