package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.review.cli.DistributionIT.FOLDER;
import static org.safeguarding.review.cli.DistributionIT.SUMMARY;
import static org.safeguarding.review.cli.DistributionIT.TARGET;
import static org.safeguarding.review.cli.DistributionIT.run;
import static org.safeguarding.review.cli.DistributionIT.toolsWithoutJava;
import static org.safeguarding.review.cli.DistributionIT.untar;
import static org.safeguarding.review.cli.DistributionIT.withJavaOpts;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.cli.DistributionIT.Result;

/**
 * {@code srm-VERSION-linux-x64.tar.gz}, unpacked into a folder of its own, runs the quick start
 * with no Java on the path and no {@code JAVA_HOME}, on its own runtime, and starts from what the
 * build made for that runtime: on Java 25 or later the ahead-of-time cache {@code lib/srm.aot},
 * from the first run, wherever the archive is unpacked; before, the class-data-sharing archive the
 * first run makes for its folder. Failsafe runs it only with {@code -Pself-contained}, which makes
 * them.
 */
@EnabledOnOs(OS.LINUX)
class SelfContainedDistributionIT {

  private static final String FROM_ARCHIVE = "org\\.safeguarding\\.review\\.cli\\.\\S+ source: shared objects file";

  @Test
  void theSelfContainedTarballNeedsNoJavaAndStartsFromWhatItsRuntimeMade(@TempDir Path unpacked) throws Exception {
    Path tarball = TARGET.resolve(FOLDER + "-linux-x64.tar.gz");
    Path home = untar(tarball, unpacked.resolve("srm"));
    Map<String, String> noJava = Map.of("PATH", toolsWithoutJava(unpacked.resolve("tools")).toString(), "HOME", unpacked.toString());
    assertThat(run(home, noJava, "/bin/sh", "-c", "command -v java").status()).as("no java on the path").isNotZero();

    Result first = run(home, withJavaOpts(noJava, "-Xlog:class+load=info"), home.resolve("bin/srm").toString(), "validate", "examples");
    Result second = run(home, withJavaOpts(noJava, "-Xlog:class+load=info"), home.resolve("bin/srm").toString(), "validate", "examples");
    Result javaHome = run(home, withJavaOpts(noJava, "-XshowSettings:properties"), home.resolve("bin/srm").toString(), "--version");

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains(SUMMARY);
    assertThat(first.err()).isEmpty();
    assertThat(second.out()).containsPattern(FROM_ARCHIVE);
    assertThat(javaHome.err()).contains("java.home = " + home.resolve("runtime").toRealPath());
    if (featureVersion(home.resolve("runtime")) >= 25) {
      assertThat(first.out()).as("the build's cache, away from where it was made").containsPattern(FROM_ARCHIVE);
      assertThat(home.resolve("lib/srm.jsa.folder")).doesNotExist();
      assertThat(unpacked.resolve(".cache/srm")).as("no cache of the user's").doesNotExist();
    } else {
      assertThat(Files.readString(home.resolve("lib/srm.jsa.folder")).strip()).isEqualTo(home.resolve("lib").toRealPath().toString());
    }
  }

  /** The feature version (17, 25) in a Java runtime's {@code release} file. */
  private static int featureVersion(Path runtime) throws IOException {
    Properties release = new Properties();
    try (Reader in = Files.newBufferedReader(runtime.resolve("release"))) {
      release.load(in);
    }
    return Runtime.Version.parse(release.getProperty("JAVA_VERSION").replace("\"", "")).feature();
  }
}
