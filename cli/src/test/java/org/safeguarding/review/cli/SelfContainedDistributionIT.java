package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.review.cli.DistributionIT.FOLDER;
import static org.safeguarding.review.cli.DistributionIT.SUMMARY;
import static org.safeguarding.review.cli.DistributionIT.TARGET;
import static org.safeguarding.review.cli.DistributionIT.run;
import static org.safeguarding.review.cli.DistributionIT.toolsWithoutJava;
import static org.safeguarding.review.cli.DistributionIT.untar;
import static org.safeguarding.review.cli.DistributionIT.withJavaOpts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.review.cli.DistributionIT.Result;

/**
 * {@code srm-VERSION-linux-x64.tar.gz}, unpacked into a folder of its own, runs the quick start
 * with no Java on the path and no {@code JAVA_HOME}, on its own runtime, and makes its
 * class-data-sharing archive for that folder. Failsafe runs it only with {@code -Pself-contained},
 * which makes the archive.
 */
@EnabledOnOs(OS.LINUX)
class SelfContainedDistributionIT {

  @Test
  void theSelfContainedTarballNeedsNoJavaAndMakesItsArchiveForItsFolder(@TempDir Path unpacked) throws Exception {
    Path tarball = TARGET.resolve(FOLDER + "-linux-x64.tar.gz");
    Path home = untar(tarball, unpacked.resolve("srm"));
    Map<String, String> noJava = Map.of("PATH", toolsWithoutJava(unpacked.resolve("tools")).toString(), "HOME", unpacked.toString());
    assertThat(run(home, noJava, "/bin/sh", "-c", "command -v java").status()).as("no java on the path").isNotZero();

    Result first = run(home, noJava, home.resolve("bin/srm").toString(), "validate", "examples");
    Result second = run(home, withJavaOpts(noJava, "-Xlog:class+load=info"), home.resolve("bin/srm").toString(), "validate", "examples");
    Result javaHome = run(home, withJavaOpts(noJava, "-XshowSettings:properties"), home.resolve("bin/srm").toString(), "--version");

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).endsWith(SUMMARY);
    assertThat(first.err()).isEmpty();
    assertThat(Files.readString(home.resolve("lib/srm.jsa.folder")).strip()).isEqualTo(home.resolve("lib").toRealPath().toString());
    assertThat(second.out()).containsPattern("org\\.safeguarding\\.review\\.cli\\.\\S+ source: shared objects file \\(top\\)");
    assertThat(javaHome.err()).contains("java.home = " + home.resolve("runtime").toRealPath());
  }

}
