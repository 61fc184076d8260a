package org.safeguarding.review.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguarding.review.check.DocumentCheck;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;

/**
 * The registry holds every code once, a custom code cannot take a library code's text, and the
 * list of codes in the documentation ({@code docs/issue-codes.md}) is the registry's, written from
 * it: regenerate it with {@code mvn -pl core test -Dtest=IssueCodesTest -Dsrm.docs.update=true}.
 */
class IssueCodesTest {

  private static final Path LIST = Path.of("..", "docs", "issue-codes.md");

  @Test
  void everyCodeIsListedOnceWithACategoryAndADescription() {
    List<IssueCode> codes = IssueCodes.all();
    Set<String> texts = new HashSet<>();
    for (IssueCode code : codes) {
      assertThat(texts.add(code.text())).as(code.text()).isTrue();
      assertThat(code.description()).as(code.text()).isNotBlank();
      assertThat(IssueCodes.fromText(code.text())).contains(code);
    }
    assertThat(codes).extracting(IssueCode::category).doesNotContain(IssueCategory.CUSTOM);
    assertThat(IssueCodes.fromText("acme.own")).isEmpty();
  }

  @Test
  void everyCodeAStandardCheckDeclaresIsAmongItsCodes() throws IllegalAccessException {
    for (DocumentCheck check : Standard.checks()) {
      for (Field field : check.getClass().getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == IssueCode.class) {
          assertThat(check.codes()).as("%s.%s", check.getClass().getSimpleName(), field.getName()).contains((IssueCode) field.get(null));
        }
      }
    }
  }

  @Test
  void aCustomCodeCannotTakeALibraryCodesText() {
    assertThat(IssueCodes.custom("acme.findingWithoutTheme", Severity.WARNING).category()).isEqualTo(IssueCategory.CUSTOM);
    assertThatThrownBy(() -> IssueCodes.custom("id.duplicate", Severity.WARNING)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IssueCodes.custom("nodots", Severity.WARNING)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDocumentedListIsTheRegistrys() throws IOException {
    String written = IssueCodesPage.markdown();
    if (Boolean.getBoolean("srm.docs.update")) {
      Files.writeString(LIST, written, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(LIST, StandardCharsets.UTF_8))
        .as("docs/issue-codes.md; regenerate it with -Dsrm.docs.update=true")
        .isEqualTo(written);
  }
}
