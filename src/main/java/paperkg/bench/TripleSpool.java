package paperkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The import's triples kept on disk (RDF Thrift) for the later load-from-rows pass, one group per
 * paper as the import emitted them. Held in memory instead, they were part of the peak RSS that
 * {@code bench} reports for the import (2.6 million triples at N = 9,868), so the memory figure
 * grew with N for a reason no user's import has.
 */
final class TripleSpool implements Consumer<List<Triple>>, AutoCloseable {
  private final Path file;
  private final OutputStream out;
  private final StreamRDF writer;
  private final List<Integer> groupSizes = new ArrayList<>();
  private boolean finished;

  TripleSpool(Path file) {
    this.file = file;
    try {
      this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
    writer.start();
  }

  @Override
  public synchronized void accept(List<Triple> triples) {
    triples.forEach(writer::triple);
    groupSizes.add(triples.size());
  }

  /**
   * Closes the file and reads the groups back, in order, into {@code sink}; the spool is empty
   * after.
   */
  synchronized void drain(Consumer<List<Triple>> sink) {
    finish();
    List<Triple> all = new ArrayList<>();
    RDFParser.source(file)
        .lang(Lang.RDFTHRIFT)
        .parse(
            new StreamRDFBase() {
              @Override
              public void triple(Triple t) {
                all.add(t);
              }
            });
    int from = 0;
    for (int size : groupSizes) {
      sink.accept(all.subList(from, from + size));
      from += size;
    }
    groupSizes.clear();
  }

  private void finish() {
    if (!finished) {
      finished = true;
      writer.finish();
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public synchronized void close() {
    finish();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temp file is not worth failing the benchmark for
    }
  }
}
