package org.safeguarding.review.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes content to a path that a user named, as a careful Unix tool does, whatever is at that
 * path:
 *
 * <ul>
 *   <li><b>A regular file, or nothing yet:</b> written whole or not at all. The content goes to a
 *       temporary file in the same folder, is forced to the disk and replaces the file in one
 *       atomic rename, so a reader sees the old content or the new, never part of it, and a failure
 *       leaves the file as it was. A file replaced keeps its permissions (such as 0644, so a web
 *       server can still read a published page); a new file gets the permissions any new file gets
 *       there: read and write for everyone, less the umask (or as the folder's default access
 *       control list says). The folder must be writable. A file the shell's {@code >} could not
 *       write, one without write permission for its owner, is refused as read-only; so is a file
 *       that belongs to another user, which a replacement would make the writer's (as happens in
 *       one's own folder, where a rename may replace any file).
 *   <li><b>A symbolic link:</b> written through: the chain of links is followed to the file it
 *       ends at, which is then written by its own kind; the links stay links. A link to a file
 *       that does not exist yet creates that file, as the shell's {@code >} does. A link that is a
 *       process's open file rather than a path ({@code /proc/self/fd/1}, and so {@code /dev/stdout}
 *       and {@code /dev/fd/N}) is written directly, appending to a regular file behind it, so
 *       that {@code >>} redirections and earlier output are kept.
 *   <li><b>A device, FIFO, socket or other special file</b> (such as {@code /dev/null} or a named
 *       pipe): written directly, as the shell's {@code >} does; it is never replaced. Such a write
 *       cannot be undone: a failure may leave part of the content written.
 *   <li><b>A folder:</b> refused.
 * </ul>
 *
 * <p>The owner, group, access control lists and extended attributes of a replaced file are not
 * copied: the new file belongs to whoever writes it. A replaced file with other hard links is
 * parted from them, as by any rename.
 */
public final class FileOutput {

  /** As many links as Linux follows before it gives up with "too many levels of symbolic links". */
  private static final int MAX_LINKS = 40;

  private FileOutput() {}

  /**
   * Writes {@code content} to {@code file} as the class describes.
   *
   * @param file the path to write; never null
   * @param content the bytes to write; never null
   * @throws java.nio.file.NoSuchFileException if the folder does not exist
   * @throws java.nio.file.AccessDeniedException if the folder or file cannot be written, the file
   *     is read-only or it belongs to another user; its reason says which
   * @throws FileSystemException if the path is a folder, or its links form a loop
   * @throws IOException if the content cannot be written, for example because the disk is full; a
   *     regular file is then unchanged
   */
  public static void write(Path file, byte[] content) throws IOException {
    Objects.requireNonNull(content, "content");
    write(file, out -> out.write(content));
  }

  /** Writes what {@code content} writes to {@code file} as the class describes. */
  static void write(Path file, AtomicReplacement.Content content) throws IOException {
    Objects.requireNonNull(file, "file");
    Path target = endOfLinks(file);
    BasicFileAttributes kind;
    try {
      kind = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      AtomicReplacement.write(target, Optional.empty(), content);
      return;
    }
    if (kind.isRegularFile()) {
      refuseIfNotOwnWritable(target);
      AtomicReplacement.write(target, permissions(target), content);
    } else if (kind.isDirectory()) {
      throw new FileSystemException(file.toString(), null, "is a folder");
    } else {
      writeDirectly(target, content);
    }
  }

  /**
   * The path a chain of symbolic links ends at: a path that is not a link, or a link that is a
   * process's open file (a link in the {@code proc} file system), which has no path to replace.
   */
  private static Path endOfLinks(Path file) throws IOException {
    Path path = file;
    for (int links = 0; Files.isSymbolicLink(path) && !isOpenFile(path); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
      }
      path = path.resolveSibling(Files.readSymbolicLink(path));
    }
    return path;
  }

  private static boolean isOpenFile(Path link) throws IOException {
    Path folder = link.toAbsolutePath().getParent();
    return folder != null && Files.getFileStore(folder).type().equals("proc");
  }

  /**
   * Refuses a regular file that this process should not replace: one its owner may not write (what
   * the shell's {@code >} refuses, for root too), and one another user owns.
   */
  private static void refuseIfNotOwnWritable(Path file) throws IOException {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      if (!Files.isWritable(file)) {
        throw new AccessDeniedException(file.toString(), null, "is read-only");
      }
      return;
    }
    PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Optional<UserPrincipal> user = currentUser(file);
    if (user.isPresent() && !attributes.owner().equals(user.get())) {
      throw new AccessDeniedException(
          file.toString(), null, "belongs to another user, and replacing it would make it yours; remove it first or write elsewhere");
    }
    if (!attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
      throw new AccessDeniedException(file.toString(), null, "is read-only");
    }
  }

  /**
   * The user this process runs as ({@code user.name}), as the file system names owners, or empty
   * when the system has no name for it (as in a container run with a user id of its own).
   */
  private static Optional<UserPrincipal> currentUser(Path file) throws IOException {
    try {
      return Optional.of(file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name")));
    } catch (UserPrincipalNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Optional<Set<PosixFilePermission>> permissions(Path file) throws IOException {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? Optional.of(Files.getPosixFilePermissions(file))
        : Optional.empty();
  }

  /**
   * Writes to a special file, or to the open file behind a {@code proc} link, in place. An open
   * regular file is appended to: opening it again starts at its beginning, where the shell may
   * already have written, and truncating it would lose that.
   */
  private static void writeDirectly(Path file, AtomicReplacement.Content content) throws IOException {
    boolean regular = Files.isRegularFile(file);
    OpenOption[] options =
        regular
            ? new OpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.APPEND}
            : new OpenOption[] {StandardOpenOption.WRITE};
    try (OutputStream out = Files.newOutputStream(file, options)) {
      content.writeTo(out);
    }
  }
}
