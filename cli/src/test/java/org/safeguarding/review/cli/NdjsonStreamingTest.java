package org.safeguarding.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch of 100,000 documents validates, and is counted by {@code srm stats}, in a forked JVM
 * with a 64 MB heap, reporting or counting every bad line and carrying on after it: the batch is
 * streamed, never held. Not a timing test.
 */
@Tag("slow")
class NdjsonStreamingTest {

  private static final int DOCUMENTS = 100_000;
  private static final int EVERY_BAD = 1_000;

  @Test
  void aLargeBatchValidatesInConstantMemory(@TempDir Path folder) throws Exception {
    Path batch = folder.resolve("batch.ndjson");
    int bad = writeBatch(batch);

    Path report = folder.resolve("report.json");
    assertThat(srmIn64Megabytes(folder, report, "validate", "--ndjson", "--format", "json", batch.toString())).isEqualTo(1);
    String json = Files.readString(report);
    assertThat(json.split("\"line\":", -1).length - 1).isEqualTo(bad);
    assertThat(json).contains("\"line\":1000,").contains("\"line\":100000,").contains("\"code\":\"json.malformed\"").contains("\"code\":\"value.blank\"");
  }

  @Test
  void aLargeBatchIsCountedInConstantMemory(@TempDir Path folder) throws Exception {
    Path batch = folder.resolve("batch.ndjson");
    int bad = writeBatch(batch);

    Path report = folder.resolve("stats.json");
    assertThat(srmIn64Megabytes(folder, report, "stats", "--ndjson", "--format", "json", batch.toString())).isZero();
    JsonNode stats = JsonMapper.shared().readTree(Files.readString(report));
    assertThat(stats.get("documents").get("valid").asLong()).isEqualTo(DOCUMENTS - bad);
    assertThat(stats.get("documents").get("invalid").asLong()).isEqualTo(bad);
    JsonNode themes = stats.get("statistics").get("themes").get("rows");
    assertThat(themes.get(0).get("key").asString()).isEqualTo("SAFER_SLEEP");
    assertThat(themes.get(0).get("count").asLong()).isEqualTo(DOCUMENTS - bad);
  }

  /**
   * Writes a batch of {@link #DOCUMENTS} copies of the valid fixture, every {@link #EVERY_BAD}th
   * line made invalid (a blank title or JSON cut in half, in turn); returns how many are bad.
   */
  private static int writeBatch(Path batch) throws Exception {
    String template = Files.readString(Path.of("src/test/resources/fixtures/valid-learning-summary.json")).replaceAll("\\s*\\n\\s*", "");
    int bad = 0;
    try (BufferedWriter out = Files.newBufferedWriter(batch, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= DOCUMENTS; i++) {
        String line = template.replace("\"cli-ls\"", "\"doc-" + i + "\"");
        if (i % EVERY_BAD == 0) {
          line = (i / EVERY_BAD) % 2 == 0 ? line.replace("\"Infant A\",\"format\"", "\" \",\"format\"") : line.substring(0, line.length() / 2);
          bad++;
        }
        out.write(line);
        out.write('\n');
      }
    }
    return bad;
  }

  /**
   * Runs srm with {@code arguments} in a JVM of its own with a 64 MB heap, standard output to {@code
   * out}; it must finish and write nothing to standard error.
   *
   * @return its exit status
   */
  private static int srmIn64Megabytes(Path folder, Path out, String... arguments) throws Exception {
    Path err = folder.resolve("err.txt");
    Process process = new ProcessBuilder(SrmRunner.inNewJvm("-Xmx64m", arguments)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(Files.readString(err)).isEmpty();
    return process.exitValue();
  }
}
