package org.safeguarding.review.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The versions of the artifacts that decide whether the library works in an application, as found
 * on the class path (each jar's {@code META-INF/maven/.../pom.properties}), printed by the test
 * applications and checked by their tests.
 */
public final class ArtifactVersions {

  /** How an application prints each version: {@code app: version groupId:artifactId version}. */
  public static final String PREFIX = ChildJvm.APP + "version ";

  private static final String[] ARTIFACTS = {
    "tools.jackson.core:jackson-databind",
    "com.fasterxml.jackson.core:jackson-databind",
    "com.fasterxml.jackson.core:jackson-annotations",
    "org.hibernate.validator:hibernate-validator",
    "jakarta.validation:jakarta.validation-api",
    "org.jboss.logging:jboss-logging",
    "org.slf4j:slf4j-api",
  };

  private ArtifactVersions() {}

  /** Prints each artifact's version on standard output, one line each. */
  public static void print() {
    onClassPath().forEach((artifact, version) -> System.out.println(PREFIX + artifact + " " + version));
  }

  /** Each artifact and its version on the class path, or {@code absent}. */
  public static Map<String, String> onClassPath() {
    Map<String, String> versions = new LinkedHashMap<>();
    for (String artifact : ARTIFACTS) {
      versions.put(artifact, version(artifact));
    }
    return versions;
  }

  private static String version(String artifact) {
    String[] parts = artifact.split(":");
    String resource = "META-INF/maven/" + parts[0] + "/" + parts[1] + "/pom.properties";
    try (InputStream in = ArtifactVersions.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return "absent";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
