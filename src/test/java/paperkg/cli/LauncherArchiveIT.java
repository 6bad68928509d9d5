package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperkg.neo4j.GraphStore;
import paperkg.neo4j.StoreSettings;

/**
 * The launcher's class-data archive for short commands: recorded by the first {@code query}, mapped
 * by the next (Eclipse Collections' classes among the mapped ones: they are only archivable because
 * the build strips their jars' signatures), recorded anew when it is stale, and never in the way of
 * the command when the JVM cannot use it. The launcher runs on this build's jar and target/lib, in
 * a build directory of its own (PAPERKG_BUILD_DIR), so the archive of target/ is not touched.
 */
class LauncherArchiveIT {
  private static final String QUERY = "MATCH (p:Paper) RETURN count(p) AS n";
  private static final String ONE_PAPER = "n\n-\n1\n(1 row)\n";

  @TempDir Path dir;
  private Path build;
  private Path archive;
  private Path db;

  @BeforeEach
  void buildDirAndStore() throws Exception {
    Path target =
        Path.of(LauncherArchiveIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getParent();
    build = Files.createDirectories(dir.resolve("build"));
    // a copy is newer than the sources, so the launcher does not rebuild it
    Files.copy(target.resolve("paperkg.jar"), build.resolve("paperkg.jar"));
    Files.createSymbolicLink(build.resolve("lib"), target.resolve("lib"));
    archive = build.resolve("paperkg-short.jsa");
    db = dir.resolve("db");
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(db));
        var session = store.session()) {
      session.run("CREATE (:Paper {id: '2501.00001'})").consume();
    }
  }

  private LauncherRun query(Map<String, String> env) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of("paperkg").toAbsolutePath().toString(), "query", "--db", db.toString(), QUERY);
    pb.environment().put("PAPERKG_BUILD_DIR", build.toString());
    pb.environment().putAll(env);
    return LauncherRun.of(pb, dir);
  }

  private void assertAnswered(LauncherRun run) {
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(ONE_PAPER, run.out());
    assertEquals("", run.err());
  }

  /** Bytes the JVM cannot map, recorded (says the file beside them) by {@code java}. */
  private byte[] unusableArchive(String java) throws Exception {
    byte[] junk = new byte[64 * 1024];
    new Random(13).nextBytes(junk);
    Files.write(archive, junk);
    Files.writeString(build.resolve("paperkg-short.jsa.jvm"), java + "\n");
    return junk;
  }

  private String javaOnPath() throws Exception {
    Process p = new ProcessBuilder("bash", "-c", "readlink -f \"$(command -v java)\"").start();
    assertTrue(p.waitFor(10, TimeUnit.SECONDS));
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  @Test
  void theFirstQueryRecordsTheArchiveAndTheNextMapsIt() throws Exception {
    assertAnswered(query(Map.of()));
    assertTrue(Files.size(archive) > 1_000_000, "no archive recorded");
    assertEquals(
        javaOnPath(),
        Files.readString(build.resolve("paperkg-short.jsa.jvm"), StandardCharsets.UTF_8).strip());

    Path classes = dir.resolve("classes.txt");
    assertAnswered(query(Map.of("PAPERKG_JAVA_OPTS", "-Xmx4g -Xlog:class+load:file=" + classes)));
    String loaded = Files.readString(classes, StandardCharsets.UTF_8);
    assertTrue(
        loaded.contains(
            "org.eclipse.collections.impl.factory.Sets source: shared objects file (top)"),
        "Eclipse Collections were not mapped from the archive");
    assertTrue(
        loaded.contains("org.neo4j.kernel.database.Database source: shared objects file (top)"),
        "Neo4j was not mapped from the archive");
  }

  @Test
  void anArchiveOlderThanTheJarIsRecordedAnew() throws Exception {
    byte[] junk = unusableArchive(javaOnPath());
    Files.setLastModifiedTime(archive, FileTime.fromMillis(0));
    assertAnswered(query(Map.of()));
    assertFalse(Arrays.equals(junk, Files.readAllBytes(archive)), "the stale archive was kept");
    assertTrue(Files.size(archive) > 1_000_000);
  }

  @Test
  void anArchiveOfAnotherJavaIsRecordedAnew() throws Exception {
    byte[] junk = unusableArchive("/opt/another-jdk/bin/java");
    assertAnswered(query(Map.of()));
    assertFalse(
        Arrays.equals(junk, Files.readAllBytes(archive)), "the other JVM's archive was kept");
    assertEquals(
        javaOnPath(),
        Files.readString(build.resolve("paperkg-short.jsa.jvm"), StandardCharsets.UTF_8).strip());
  }

  @Test
  void anArchiveTheJvmCannotMapLeavesTheCommandWorking() throws Exception {
    unusableArchive(javaOnPath());
    assertAnswered(query(Map.of()));
  }
}
