package paperkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import paperkg.PaperkgException;
import paperkg.rdf.ImportRun;
import paperkg.rdf.OntologyMapping;
import paperkg.rdf.RdfMapper;

/**
 * The job's output directory: {@code shard-NNNNN.nt} from the tasks and {@code run.nt}, the import
 * run's start and finish triples, from the driver (what {@code paperkg import --rdf-out} writes
 * before the first and after the last paper). Written last, so a directory without {@code run.nt}
 * is a job that did not finish.
 */
final class OutputDir {
  static final String RUN_FILE = "run.nt";

  private OutputDir() {}

  /**
   * Checks and creates the directory; returns it fully qualified. Old shards would mix with new
   * ones.
   */
  static String prepare(String dir, boolean overwrite, Configuration conf) {
    Path path = new Path(dir);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (fs.exists(path)) {
        FileStatus[] inside = fs.listStatus(path);
        if (!fs.getFileStatus(path).isDirectory()) {
          throw PaperkgException.usage(dir + ": --output must be a directory");
        }
        if (inside.length > 0) {
          if (!overwrite) {
            throw PaperkgException.usage(
                dir + ": --output is not empty (use --overwrite to replace it)");
          }
          fs.delete(path, true);
        }
      }
      fs.mkdirs(path);
      return fs.makeQualified(path).toString();
    } catch (IOException e) {
      throw PaperkgException.badInput(dir, 0, "cannot write: " + e.getMessage());
    }
  }

  static void writeRun(String dir, ImportRun started, ImportRun finished, Configuration conf) {
    Path path = new Path(dir, RUN_FILE);
    RdfMapper mapper = new RdfMapper(OntologyMapping.standard());
    try (OutputStream os = path.getFileSystem(conf).create(path, true)) {
      StreamRDF nt = StreamRDFWriter.getWriterStream(os, RDFFormat.NTRIPLES);
      nt.start();
      mapper.runFacts(started).triples().forEach(nt::triple);
      mapper.runFacts(finished).triples().forEach(nt::triple);
      nt.finish();
    } catch (IOException e) {
      throw PaperkgException.badInput(path.toString(), 0, "cannot write: " + e.getMessage());
    }
  }
}
