package paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `paperkg` launcher's first run, with `mvn` on the PATH replaced by a script that behaves like
 * Debian's Maven 3.8 (colour resets on the terminal even with -B and style.color=never) and then
 * hands over the jar this build made. Before: "paperkg: building the jar ..." followed by
 * ESC[0mESC[0m and no newline.
 */
class LauncherIT {
  private static final String BUILDING =
      "paperkg: building the jar (the first build downloads ~640 MB of "
          + "dependencies, CoreNLP's models among them) ...";

  @TempDir Path dir;

  private LauncherRun launch(int mvnExit) throws Exception {
    Path builtBy =
        Path.of(LauncherIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getParent();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(
        mvn,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "printf '\\033[0m\\033[0m\\033[1mBUILD\\033[m line\\n\\033[0m\\033[0m'",
            "[ \"$STUB_EXIT\" = 0 ] || exit \"$STUB_EXIT\"",
            "cp \"$STUB_BUILT/paperkg.jar\" \"$PAPERKG_BUILD_DIR/paperkg.jar\"",
            "ln -s \"$STUB_BUILT/lib\" \"$PAPERKG_BUILD_DIR/lib\"",
            ""));
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder pb =
        new ProcessBuilder(Path.of("paperkg").toAbsolutePath().toString(), "--version");
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("PAPERKG_BUILD_DIR", dir.resolve("build").toString());
    pb.environment().put("STUB_BUILT", builtBy.toString());
    pb.environment().put("STUB_EXIT", String.valueOf(mvnExit));
    return LauncherRun.of(pb, dir);
  }

  @Test
  void theFirstBuildPrintsOneCleanLine() throws Exception {
    var run = launch(0);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(BUILDING + "\n", run.err());
    assertTrue(run.out().startsWith("paperkg "), run.out());
    String log = Files.readString(dir.resolve("build/paperkg-build.log"));
    assertEquals("BUILD line\n", log);
  }

  @Test
  void aFailedBuildSaysWhereItsOutputIs() throws Exception {
    var run = launch(1);
    assertEquals(2, run.exitCode(), run.err());
    assertFalse(run.err().contains("\u001b"), run.err());
    assertEquals(
        BUILDING
            + "\npaperkg: build failed; its output is in "
            + dir.resolve("build/paperkg-build.log")
            + " (or run 'mvn -B package' in "
            + Path.of("").toAbsolutePath()
            + ")\n",
        run.err());
  }
}
