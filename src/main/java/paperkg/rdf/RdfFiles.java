package paperkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import paperkg.PaperkgException;

/**
 * Reads RDF files (Turtle, N-Triples, JSON-LD, RDF/XML, TriG, N-Quads) as facts; syntax errors
 * become file:line.
 */
public final class RdfFiles {
  private RdfFiles() {}

  /**
   * @param name file name, used for the syntax (by extension; Turtle if unknown) and in errors
   */
  public static Facts read(InputStream in, String name) {
    Lang lang = lang(name.replaceAll("\\.gz$", ""));
    List<Triple> triples = new ArrayList<>();
    try {
      RDFParser.source(in)
          .lang(lang)
          .parse(
              new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                  triples.add(triple);
                }

                // TriG and N-Quads deliver quads, even for the default graph; our graph has one
                // graph.
                @Override
                public void quad(org.apache.jena.sparql.core.Quad quad) {
                  triples.add(quad.asTriple());
                }
              });
    } catch (RiotParseException e) {
      throw PaperkgException.badInput(name, e.getLine(), e.getOriginalMessage());
    } catch (RiotException e) {
      throw PaperkgException.badInput(name, 0, e.getMessage());
    }
    return new Facts(triples);
  }

  /**
   * The syntax by extension. Jena knows .rdf/.owl/.xml as RDF/XML but not .rdfxml, the name of our
   * own export format (`export --format rdfxml -o kg.rdfxml`), so that one is added; unknown
   * extensions are Turtle.
   */
  static Lang lang(String fileName) {
    return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".rdfxml")
        ? Lang.RDFXML
        : RDFLanguages.filenameToLang(fileName, Lang.TURTLE);
  }

  public static Facts read(java.nio.file.Path path) {
    try (InputStream in = java.nio.file.Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw PaperkgException.badInput(path, 0, "cannot read: " + e.getMessage());
    }
  }
}
