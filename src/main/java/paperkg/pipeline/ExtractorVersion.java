package paperkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of what turns a paper into facts: a digest of every class and resource under {@code
 * paperkg/nlp/} (annotation, extraction, models, lexicons) and {@code paperkg/rdf/} (facts →
 * triples) in this build, so any change there — code, a retrained model, a longer gazetteer —
 * re-annotates stored papers, and nothing needs bumping by hand. Computed once per JVM (~0.1 s).
 * The system property {@code paperkg.extractor.version} overrides it (tests).
 */
public final class ExtractorVersion {
  private static final List<String> PARTS = List.of("paperkg/nlp/", "paperkg/rdf/");
  private static volatile String current;

  private ExtractorVersion() {}

  public static String current() {
    String forced = System.getProperty("paperkg.extractor.version");
    if (forced != null) {
      return forced;
    }
    if (current == null) {
      current = compute();
    }
    return current;
  }

  private static String compute() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      Path where =
          Path.of(
              ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        for (String part : PARTS) {
          digestTree(digest, where, where.resolve(part));
        }
      } else {
        digestJar(digest, where);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // no digest: every import annotates everything again, which is slow but never wrong
      return "unknown-" + System.nanoTime();
    }
  }

  private static void digestTree(MessageDigest digest, Path root, Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
    }
    for (Path f : files) {
      digest.update(
          root.relativize(f)
              .toString()
              .replace('\\', '/')
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(f));
    }
  }

  private static void digestJar(MessageDigest digest, Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries =
          file.stream()
              .filter(e -> !e.isDirectory() && PARTS.stream().anyMatch(e.getName()::startsWith))
              .sorted(java.util.Comparator.comparing(JarEntry::getName))
              .toList();
      for (JarEntry e : entries) {
        digest.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream(e)) {
          digest.update(in.readAllBytes());
        }
      }
    }
  }
}
