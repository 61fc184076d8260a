package org.safeguarding.review.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.TestDocuments;
import org.safeguarding.review.testing.SpecialFiles;

/** {@code ReviewJson.write(document, Path)} writes files as {@code FileOutput} does. */
class ReviewJsonFileTest {

  private final ReviewJson json = ReviewJson.strict();

  @Test
  void aLinkedFileKeepsItsLinkAndItsPermissions(@TempDir Path folder) throws Exception {
    LearningSummary summary = TestDocuments.learningSummary();
    Path target = Files.writeString(folder.resolve("summary.json"), "{}");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    Path link = Files.createSymbolicLink(folder.resolve("latest.json"), Path.of("summary.json"));

    json.write(summary, link);

    assertThat(SpecialFiles.kind(link).isSymbolicLink()).isTrue();
    assertThat(json.read(JsonInput.of(target), LearningSummary.class)).isEqualTo(summary);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
  }

  @Test
  void aFullDeviceIsAnUncheckedIoExceptionAndStaysADevice() throws Exception {
    assertThatThrownBy(() -> json.write(TestDocuments.learningSummary(), SpecialFiles.FULL_DEVICE))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("No space left on device");

    assertThat(SpecialFiles.kind(SpecialFiles.FULL_DEVICE).isOther()).isTrue();
  }
}
