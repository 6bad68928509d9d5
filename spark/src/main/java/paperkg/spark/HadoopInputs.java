package paperkg.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import paperkg.PaperkgException;
import paperkg.source.Format;
import paperkg.source.PaperSources;

/**
 * The job's inputs on any file system Hadoop reads (local, HDFS, S3 ...), typed by the same rules
 * as the CLI ({@link PaperSources}): a forced format, else the extension (after {@code .gz}), else
 * a sniff of the first bytes; directories expand to their files with a known extension, recursively
 * and sorted, skipping hidden ones. The description and SHA-256 are the CLI's too, so the import
 * run (its id is in every paper's triples) is the one {@code paperkg import} would create for the
 * same inputs.
 */
final class HadoopInputs {
  private HadoopInputs() {}

  static List<InputFile> resolve(List<String> args, String forcedFormat, Configuration conf) {
    Format forced = forcedFormat == null ? null : PaperSources.format(forcedFormat);
    List<InputFile> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(PaperSources.STDIN)) {
        throw PaperkgException.usage("standard input cannot be split across tasks: give a file");
      }
      try {
        Path path = new Path(arg);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (status.isDirectory()) {
          List<InputFile> files = directory(fs, status.getPath(), path.toString(), forced);
          if (files.isEmpty()) {
            throw PaperkgException.usage(arg + ": no importable files");
          }
          out.addAll(files);
        } else {
          out.add(file(fs, status, arg, forced));
        }
      } catch (FileNotFoundException e) {
        throw PaperkgException.badInput(arg, 0, "no such file");
      } catch (IOException e) {
        throw PaperkgException.badInput(arg, 0, "cannot read: " + e.getMessage());
      }
    }
    return out;
  }

  /** The run's source, as the CLI names it: the one argument, or how many there were. */
  static String description(List<String> args) {
    return args.size() == 1 ? args.get(0) : args.size() + " inputs";
  }

  /** SHA-256 over the bytes of all inputs, in order (the CLI's import-run hash). */
  static String sha256(List<InputFile> files, Configuration conf) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (InputFile f : files) {
        Path path = new Path(f.uri());
        try (InputStream in = new DigestInputStream(path.getFileSystem(conf).open(path), digest)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
          throw PaperkgException.badInput(f.name(), 0, "cannot read: " + e.getMessage());
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<InputFile> directory(FileSystem fs, Path dir, String argName, Format forced)
      throws IOException {
    String base = dir.toUri().getPath();
    List<LocatedFileStatus> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String relative =
          f.getPath().toUri().getPath().substring(base.length()).replaceFirst("^/", "");
      if (f.isFile()
          && !isHidden(relative)
          && PaperSources.formatOfName(f.getPath().getName()) != null) {
        found.add(f);
      }
    }
    found.sort((a, b) -> a.getPath().toUri().getPath().compareTo(b.getPath().toUri().getPath()));
    List<InputFile> out = new ArrayList<>();
    for (LocatedFileStatus f : found) {
      String relative =
          f.getPath().toUri().getPath().substring(base.length()).replaceFirst("^/", "");
      out.add(file(fs, f, argName + "/" + relative, forced));
    }
    return out;
  }

  private static InputFile file(FileSystem fs, FileStatus status, String name, Format forced)
      throws IOException {
    if (status.getLen() == 0) {
      throw PaperkgException.badInput(name, 0, "empty file");
    }
    byte[] head = head(fs, status.getPath(), PaperSources.sniffBytes());
    Format format =
        forced != null
            ? forced
            : PaperSources.formatOf(
                status.getPath().getName(), () -> PaperSources.sniff(head, name));
    if (PaperSources.isRdf(format)) {
      throw PaperkgException.usage(
          name + ": already RDF; load it with 'paperkg import' (the job annotates papers)");
    }
    boolean gzip = head.length >= 2 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b;
    boolean splittable = format.name().equals("jsonl") && !gzip;
    return new InputFile(
        name, status.getPath().toString(), format.name(), status.getLen(), splittable);
  }

  private static byte[] head(FileSystem fs, Path path, int n) throws IOException {
    try (InputStream in = fs.open(path)) {
      return in.readNBytes(n);
    }
  }

  /**
   * Hidden like the CLI's rule (a part starting with a dot), and Hadoop's ({@code _SUCCESS}, {@code
   * _temporary}).
   */
  private static boolean isHidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
