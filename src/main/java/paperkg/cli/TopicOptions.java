package paperkg.cli;

import java.nio.file.Path;
import paperkg.nlp.Extractor;
import paperkg.nlp.SharedPipeline;
import paperkg.rdf.SkosScheme;
import picocli.CommandLine.Option;

/** Where topics come from: the shipped vocabulary, or a user's SKOS concept scheme. */
final class TopicOptions {
  @Option(
      names = "--topics-scheme",
      paramLabel = "FILE",
      description =
          "A SKOS concept scheme (Turtle, RDF/XML ...) whose concepts are the topics, instead of the "
              + "shipped vocabulary: prefLabel/altLabel name them, broader links them, their IRIs are kept.")
  Path scheme;

  /**
   * A digest of the scheme file (null without one): stored papers are annotated again under another
   * scheme.
   */
  String schemeDigest() {
    if (scheme == null) {
      return null;
    }
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(java.nio.file.Files.readAllBytes(scheme));
      return java.util.HexFormat.of().formatHex(digest, 0, 6);
    } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
      return "unreadable"; // reading the scheme itself reports the problem
    }
  }

  /** The extractor for this run (the JVM's shared one unless a scheme is given). */
  Extractor extractor() {
    return scheme == null ? SharedPipeline.extractor() : Extractor.create(SkosScheme.read(scheme));
  }
}
