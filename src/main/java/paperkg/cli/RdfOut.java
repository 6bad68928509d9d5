package paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import paperkg.PaperkgException;

/**
 * Streams the emitted triples to a file (import --rdf-out): N-Triples, or Turtle written in blocks.
 */
final class RdfOut implements AutoCloseable {
  private final OutputStream out;
  private final StreamRDF stream;

  private RdfOut(OutputStream out, StreamRDF stream) {
    this.out = out;
    this.stream = stream;
  }

  static RdfOut open(Path path) {
    if (path == null) {
      return null;
    }
    Lang lang = RDFLanguages.filenameToLang(path.toString(), Lang.TURTLE);
    RDFFormat format = lang.equals(Lang.NTRIPLES) ? RDFFormat.NTRIPLES : RDFFormat.TURTLE_BLOCKS;
    try {
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(path));
      StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
      stream.start();
      paperkg.rdf.Prefixes.standard().forEach(stream::prefix);
      return new RdfOut(out, stream);
    } catch (IOException e) {
      throw PaperkgException.badInput(path, 0, "cannot write: " + e.getMessage());
    }
  }

  void write(List<Triple> triples) {
    triples.forEach(stream::triple);
  }

  @Override
  public void close() {
    stream.finish();
    try {
      out.close();
    } catch (IOException e) {
      throw PaperkgException.jobFailed("cannot finish the RDF output: " + e.getMessage());
    }
  }
}
