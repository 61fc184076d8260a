package org.safeguarding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module the core's jar declares: every package exported, open to reflection, and the
 * libraries whose types its API carries required transitively, so that an application on the
 * module path needs only {@code requires org.safeguarding.review}.
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void everyPackageIsExportedAndOpen() throws Exception {
    ModuleDescriptor module = descriptor();

    assertThat(module.name()).isEqualTo("org.safeguarding.review");
    assertThat(module.isOpen()).isTrue();
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .isEqualTo(module.packages())
        .contains(ReviewDocument.class.getPackageName(), org.safeguarding.review.json.ReviewJson.class.getPackageName());
  }

  @Test
  void theLibrariesItsApiCarriesComeWithIt() throws Exception {
    Set<String> transitive =
        descriptor().requires().stream()
            .filter(requires -> requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());

    assertThat(transitive).containsExactlyInAnyOrder("tools.jackson.databind", "jakarta.validation");
  }
}
