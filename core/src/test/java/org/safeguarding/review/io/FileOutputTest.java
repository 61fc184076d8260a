package org.safeguarding.review.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.review.testing.SpecialFiles;

class FileOutputTest {

  private static final byte[] PAGE = "<h1>Child HH and Child CC</h1>\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path folder;

  @Test
  void aNewFileHasThePermissionsTheUmaskGivesEveryNewFile() throws Exception {
    Path byTheSystem = Files.createFile(folder.resolve("made-by-the-system"));
    Path file = folder.resolve("page.html");

    FileOutput.write(file, PAGE);

    assertThat(file).hasBinaryContent(PAGE);
    assertThat(permissions(file)).isEqualTo(permissions(byTheSystem)).isNotEqualTo("rw-------");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rwxr-x---", "rw-rw-rw-"})
  void aReplacedFileKeepsItsPermissions(String mode) throws Exception {
    Path file = Files.writeString(folder.resolve("page.html"), "the old page, which is longer than the new one is");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

    FileOutput.write(file, PAGE);

    assertThat(file).hasBinaryContent(PAGE);
    assertThat(permissions(file)).isEqualTo(mode);
  }

  @Test
  void aRegularFileIsReplacedByRenameAndNoTemporaryFileIsLeft() throws Exception {
    Path file = Files.writeString(folder.resolve("page.html"), "old");
    Object before = Files.readAttributes(file, "unix:ino").get("ino");

    FileOutput.write(file, PAGE);

    assertThat(Files.readAttributes(file, "unix:ino").get("ino")).isNotEqualTo(before);
    assertThat(names(folder)).containsExactly("page.html");
  }

  @Test
  void aWriteThatFailsLeavesTheFileAsItWasAndNoTemporaryFile() throws Exception {
    Path file = Files.writeString(folder.resolve("page.html"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> FileOutput.write(file, out -> {
          out.write(PAGE, 0, 10);
          throw new IOException("No space left on device");
        }))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");

    assertThat(file).hasContent("old");
    assertThat(permissions(file)).isEqualTo("rw-r--r--");
    assertThat(names(folder)).containsExactly("page.html");
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
    Path target = Files.writeString(folder.resolve("target.html"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    Path link = Files.createSymbolicLink(folder.resolve("link.html"), Path.of("target.html"));

    FileOutput.write(link, PAGE);

    assertThat(SpecialFiles.kind(link).isSymbolicLink()).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("target.html"));
    assertThat(target).hasBinaryContent(PAGE);
    assertThat(permissions(target)).isEqualTo("rw-r--r--");
    assertThat(names(folder)).containsExactly("link.html", "target.html");
  }

  @Test
  void aChainOfRelativeLinksAcrossFoldersIsFollowedToItsEnd() throws Exception {
    Path site = Files.createDirectory(folder.resolve("site"));
    Path target = Files.writeString(site.resolve("v2.html"), "old");
    Path inSite = Files.createSymbolicLink(site.resolve("latest.html"), Path.of("v2.html"));
    Path link = Files.createSymbolicLink(folder.resolve("page.html"), Path.of("site/latest.html"));

    FileOutput.write(link, PAGE);

    assertThat(target).hasBinaryContent(PAGE);
    assertThat(SpecialFiles.kind(link).isSymbolicLink()).isTrue();
    assertThat(SpecialFiles.kind(inSite).isSymbolicLink()).isTrue();
  }

  @Test
  void aLinkToAFileNotYetThereCreatesTheFile() throws Exception {
    Path link = Files.createSymbolicLink(folder.resolve("link.html"), Path.of("new.html"));

    FileOutput.write(link, PAGE);

    assertThat(folder.resolve("new.html")).hasBinaryContent(PAGE);
    assertThat(SpecialFiles.kind(link).isSymbolicLink()).isTrue();
  }

  @Test
  void linksInALoopAreRefused() throws Exception {
    Path a = Files.createSymbolicLink(folder.resolve("a"), Path.of("b"));
    Files.createSymbolicLink(folder.resolve("b"), Path.of("a"));

    assertThatThrownBy(() -> FileOutput.write(a, PAGE))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("too many levels of symbolic links");
    assertThat(names(folder)).containsExactly("a", "b");
  }

  @Test
  void aFifoIsWrittenDirectlyAndStaysAFifo() throws Exception {
    Path fifo = SpecialFiles.fifo(folder.resolve("pipe"));
    CompletableFuture<byte[]> read = SpecialFiles.readInBackground(fifo);

    FileOutput.write(fifo, PAGE);

    assertThat(read.get(1, TimeUnit.MINUTES)).isEqualTo(PAGE);
    assertThat(SpecialFiles.kind(fifo).isOther()).isTrue();
    assertThat(names(folder)).containsExactly("pipe");
  }

  @Test
  void aFullDeviceIsAnErrorAndStaysADevice() throws Exception {
    assertThatThrownBy(() -> FileOutput.write(SpecialFiles.FULL_DEVICE, PAGE))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");

    assertThat(SpecialFiles.kind(SpecialFiles.FULL_DEVICE).isOther()).isTrue();
  }

  @Test
  void theNullDeviceTakesTheContentAndStaysADevice() throws Exception {
    Path nullDevice = Path.of("/dev/null");

    FileOutput.write(nullDevice, PAGE);

    assertThat(SpecialFiles.kind(nullDevice).isOther()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/proc/self/fd", "/dev/fd"})
  void anOpenFileIsAppendedToInPlaceAsDevStdoutIs(String descriptors) throws Exception {
    Path log = Files.writeString(folder.resolve("log.txt"), "earlier output\n");
    Object inode = Files.readAttributes(log, "unix:ino").get("ino");
    try (FileChannel open = FileChannel.open(log, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      Path descriptor = Path.of(descriptors).resolve(SpecialFiles.openFileLink(open, log).getFileName());

      FileOutput.write(descriptor, PAGE);
    }

    assertThat(log).hasContent("earlier output\n" + new String(PAGE, StandardCharsets.UTF_8));
    assertThat(Files.readAttributes(log, "unix:ino").get("ino")).isEqualTo(inode);
  }

  /** The shell's {@code >} refuses a file without write permission; so does srm, even for root (issue 25). */
  @ParameterizedTest
  @ValueSource(strings = {"r--r--r--", "r--rw-rw-"})
  void aReadOnlyFileIsRefusedAndLeftAlone(String mode) throws Exception {
    Path file = Files.writeString(folder.resolve("page.html"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

    assertThatThrownBy(() -> FileOutput.write(file, PAGE))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("read-only");
    assertThat(file).hasContent("old");
    assertThat(permissions(file)).isEqualTo(mode);
    assertThat(names(folder)).containsExactly("page.html");
  }

  /**
   * A file of another user in one's own folder could be replaced by a rename, which would make it
   * the writer's; it is refused instead (issue 25). Giving a file away needs root, so the writer
   * takes another user's name ({@code user.name}) instead: the file is then another's to it.
   */
  @Test
  void aFileOfAnotherUserIsRefusedAndLeftAlone() throws Exception {
    Path file = Files.writeString(folder.resolve("page.html"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
    UserPrincipal owner = Files.getOwner(file);
    String user = System.getProperty("user.name");
    String other = owner.getName().equals("nobody") ? "root" : "nobody";

    System.setProperty("user.name", other);
    try {
      assertThatThrownBy(() -> FileOutput.write(file, PAGE))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("another user");
    } finally {
      System.setProperty("user.name", user);
    }
    assertThat(file).hasContent("old");
    assertThat(Files.getOwner(file)).isEqualTo(owner);
    FileOutput.write(file, PAGE);
    assertThat(file).hasBinaryContent(PAGE);
  }

  @Test
  void aFolderIsRefusedAndLeftAlone() throws Exception {
    Path site = Files.createDirectory(folder.resolve("site"));

    assertThatThrownBy(() -> FileOutput.write(site, PAGE))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("is a folder");
    assertThat(site).isDirectory().isEmptyDirectory();
  }

  @Test
  void aMissingFolderIsNoSuchFile() {
    assertThatThrownBy(() -> FileOutput.write(folder.resolve("no/such/folder/page.html"), PAGE))
        .isInstanceOf(NoSuchFileException.class);
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  private static java.util.List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
