package paperkg.pipeline;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.Vocab;
import paperkg.source.Paper;

/**
 * What a paper's facts were made from, stored on the paper ({@code Paper.fingerprint}): {@code
 * EXTRACTOR:INPUT}, the {@link ExtractorVersion} and a hash of every input field of the paper. An
 * import annotates a paper again only when this changes (or with {@code --force}).
 */
public record Fingerprint(String extractor, String input) {
  /**
   * The paper's fields except {@code source} (where it was read: the same paper at another line of
   * another file is the same paper). Every record component counts, so a field a reader adds later
   * counts too.
   */
  public static Fingerprint of(Paper paper, String extractorVersion) {
    StringBuilder text = new StringBuilder();
    for (RecordComponent c : Paper.class.getRecordComponents()) {
      if (!c.getName().equals("source")) {
        text.append(c.getName()).append('=').append(value(c, paper)).append('\u0000');
      }
    }
    return new Fingerprint(extractorVersion, sha256(text.toString()).substring(0, 16));
  }

  /**
   * The paper's {@code pkg:fingerprint} triple, written with its facts: {@code import} and the
   * Spark job both emit it through here, so their triples stay equal.
   */
  public static Triple triple(OntologyMapping mapping, Paper paper, String extractorVersion) {
    return Triple.create(
        mapping.iri("Paper", paper.id()),
        PREDICATE,
        NodeFactory.createLiteralDT(of(paper, extractorVersion).toString(), XSDDatatype.XSDstring));
  }

  private static final org.apache.jena.graph.Node PREDICATE =
      NodeFactory.createURI(Vocab.NS + "fingerprint");

  /**
   * Back from the stored form; null for a missing or foreign value (the paper is then annotated).
   */
  public static Fingerprint parse(String stored) {
    int colon = stored == null ? -1 : stored.indexOf(':');
    return colon < 0
        ? null
        : new Fingerprint(stored.substring(0, colon), stored.substring(colon + 1));
  }

  @Override
  public String toString() {
    return extractor + ":" + input;
  }

  private static Object value(RecordComponent c, Paper paper) {
    try {
      return c.getAccessor().invoke(paper);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read Paper." + c.getName(), e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
