package paperkg.nlp;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import paperkg.rdf.Facts;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;
import paperkg.rdf.RdfOutput;

/**
 * Developer tool, not a test: the RDF an import of a corpus emits, made from cached annotations
 * ({@link AnnotationCache}) instead of running CoreNLP again — the same readers, extractor and
 * mapper as {@code paperkg import}, so {@code paperkg import --db DIR out.nt} then gives the graph
 * of the corpus in minutes on a loaded machine. Usage: {@code CorpusGraphExport corpus.jsonl
 * cache.jsonl.gz out.nt}.
 */
public final class CorpusGraphExport {
  public static void main(String[] args) throws Exception {
    Map<String, Annotated> annotated =
        AnnotationCache.load(AnnotationCache.papers(Path.of(args[0])), Path.of(args[1]), 2);
    Extractor extractor = Extractor.create();
    RdfMapper mapper = new RdfMapper(OntologyMapping.standard());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])))) {
      StreamRDF rdf =
          RdfOutput.open(out, RdfOutput.Syntax.valueOf(System.getProperty("syntax", "nt")));
      rdf.start();
      for (Annotated a : annotated.values()) {
        Facts facts = mapper.toFacts(extractor.extract(a), null);
        facts.triples().forEach(rdf::triple);
      }
      rdf.finish();
    }
    System.err.printf("%d papers written to %s%n", annotated.size(), args[2]);
  }
}
