package org.safeguarding.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema version, written as {@code MAJOR.MINOR.PATCH} ({@code 1.0.0}), and what follows from
 * it: the {@code $id}s and classpath folder of its major version's JSON Schemas, and whether this
 * library reads documents written against it.
 *
 * <p>Versions follow Semantic Versioning. A minor version only adds optional properties or
 * enumeration values; a major version changes or removes something and has its own schemas
 * ({@code .../v2/...}). This library reads documents of {@link #CURRENT}'s major version; a newer
 * minor version is read with a warning. {@link #toString()} gives the text {@link #parse(String)}
 * reads back. Instances are immutable and thread-safe.
 */
public final class SchemaVersion implements Comparable<SchemaVersion> {

  /** The version documents are written against by this version of the library. */
  public static final SchemaVersion CURRENT = new SchemaVersion(1, 0, 0);

  /** What a schema version must look like, in words. */
  public static final String MESSAGE = Constraints.SCHEMA_VERSION_MESSAGE;

  private static final Pattern FORM = Pattern.compile(Constraints.SCHEMA_VERSION_PATTERN);
  private static final String ID_HOST = "https://schemas.safeguarding-review.org/srm/";

  /** How this library reads documents of a version. */
  public enum Support {
    /** The current version or an earlier minor version of its major version: read as it is. */
    READ,
    /** A newer minor version of the current major version: read with a warning; new properties are unknown. */
    READ_NEWER_MINOR,
    /** Another major version: not read. */
    UNSUPPORTED
  }

  private final int major;
  private final int minor;
  private final int patch;

  private SchemaVersion(int major, int minor, int patch) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
  }

  /**
   * Reads a version such as {@code 1.0.0}.
   *
   * @param text the version as written
   * @return the version
   * @throws IllegalArgumentException if the text is not three numbers without leading zeros,
   *     separated by dots
   */
  @JsonCreator
  public static SchemaVersion parse(String text) {
    Matcher matcher = FORM.matcher(Objects.requireNonNull(text, "text"));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("A schema version " + MESSAGE);
    }
    return new SchemaVersion(
        Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
  }

  /**
   * {@return whether {@code text} is a version that {@link #parse(String)} reads}
   *
   * @param text the text to check, not null
   */
  public static boolean isValid(String text) {
    return FORM.matcher(text).matches();
  }

  /** {@return the major version} */
  public int getMajor() {
    return major;
  }

  /** {@return the minor version} */
  public int getMinor() {
    return minor;
  }

  /** {@return the patch version} */
  public int getPatch() {
    return patch;
  }

  /** {@return how this library, which writes {@link #CURRENT}, reads documents of this version} */
  public Support support() {
    if (major != CURRENT.major) {
      return Support.UNSUPPORTED;
    }
    return minor > CURRENT.minor ? Support.READ_NEWER_MINOR : Support.READ;
  }

  /**
   * {@return the start of the {@code $id} of every schema of this major version, such as {@code
   * https://schemas.safeguarding-review.org/srm/v1/}} It is an identifier, not a download location.
   */
  public String schemaIdBase() {
    return ID_HOST + "v" + major + "/";
  }

  /** {@return the classpath folder of this major version's schemas, such as {@code schemas/v1/}} */
  public String schemaFolder() {
    return "schemas/v" + major + "/";
  }

  /**
   * {@return the regular expression that this major version's schemas give {@code schemaVersion}:
   * any version of this major version}
   */
  public String schemaPattern() {
    return "^" + major + "\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$";
  }

  @Override
  public int compareTo(SchemaVersion other) {
    return Comparator.comparingInt(SchemaVersion::getMajor)
        .thenComparingInt(SchemaVersion::getMinor)
        .thenComparingInt(SchemaVersion::getPatch)
        .compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SchemaVersion version && compareTo(version) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(major, minor, patch);
  }

  /** The version as text, such as {@code 1.0.0}. */
  @JsonValue
  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
