package paperkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import paperkg.PaperkgException;

/**
 * The Hugging Face daily-papers page as copied text (the seed listing). Paragraphs are separated by
 * blank lines; each paper is a title line, an abstract paragraph and an optional metadata block
 * ({@link HfTextMetadata}). Page chrome before the first paper is skipped if present.
 */
final class HfTextReader implements PaperReader {
  /** Page chrome before the first paper; skipped when present, not required. */
  private static final Set<String> HEADER =
      Set.of(
          "new",
          "Get trending papers in your email inbox!",
          "Subscribe",
          "Daily Papers",
          "byAK and the research community");

  private static final Pattern LISTING_DATE = Pattern.compile("[A-Z][a-z]{2} \\d{1,2}(, \\d{4})?");

  private final int year;
  private final ErrorHandler bad;

  HfTextReader(ReaderSettings settings) {
    this.year = settings.year();
    this.bad = settings.badRecords();
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    // A bad line (not UTF-8, over the length limit) is fatal here: skipping it would shift the
    // title/abstract/metadata structure of everything after it.
    TextInput reader = new TextInput(in, sourceName);
    Parse parse = new Parse(sourceName, sink);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (TextInput.Line line = reader.next(); line != null; line = reader.next()) {
      if (!line.text().isBlank()) {
        if (lines.isEmpty()) {
          start = (int) line.number();
        }
        lines.add(line.text());
      } else if (!lines.isEmpty()) {
        parse.accept(new Paragraph(start, List.copyOf(lines)));
        lines.clear();
      }
    }
    if (!lines.isEmpty()) {
      parse.accept(new Paragraph(start, List.copyOf(lines)));
    }
    parse.finish();
  }

  /** A run of non-blank lines and the line number of its first line. */
  private record Paragraph(int line, List<String> lines) {
    String first() {
      return lines.get(0).strip();
    }

    /** " • 3 authors" or any block whose second line is the "·" separator. */
    boolean isMeta() {
      return first().startsWith("•") || (lines.size() >= 2 && lines.get(1).strip().equals("·"));
    }
  }

  private enum Expect {
    TITLE,
    ABSTRACT,
    META_OR_TITLE
  }

  /** The state machine over paragraphs: title → abstract → optional metadata. */
  private final class Parse {
    private final String source;
    private final Consumer<Paper> sink;
    private Expect expect = Expect.TITLE;
    private boolean seenPaper;
    private Paper.Builder paper;
    private String title;
    private int titleLine;

    Parse(String source, Consumer<Paper> sink) {
      this.source = source;
      this.sink = sink;
    }

    void accept(Paragraph p) {
      switch (expect) {
        case TITLE -> title(p);
        case ABSTRACT -> {
          if (p.isMeta()) {
            throw bad(titleLine, "paper '" + title + "' has no abstract before its metadata");
          }
          paper.abstractText(String.join(" ", p.lines().stream().map(String::strip).toList()));
          expect = Expect.META_OR_TITLE;
        }
        case META_OR_TITLE -> {
          if (p.isMeta()) {
            meta(p);
          } else {
            emit();
            title(p);
          }
        }
      }
    }

    void finish() {
      if (expect == Expect.ABSTRACT) {
        throw bad(titleLine, "paper '" + title + "' has no abstract (input ends)");
      }
      if (expect == Expect.META_OR_TITLE) {
        emit();
      }
    }

    private void title(Paragraph p) {
      boolean header =
          p.lines().size() == 1
              && (HEADER.contains(p.first()) || LISTING_DATE.matcher(p.first()).matches());
      if (!seenPaper && header) {
        return;
      }
      if (p.isMeta()) {
        throw bad(p.line(), "metadata block without a title and abstract before it");
      }
      if (p.lines().size() != 1) {
        throw bad(
            p.line(),
            "expected a one-line title followed by a blank line, found "
                + p.lines().size()
                + " lines");
      }
      title = SourceFields.collapse(p.first());
      titleLine = p.line();
      paper = Paper.builder(title).source(source + ":" + titleLine);
      expect = Expect.ABSTRACT;
    }

    /** A bad metadata block spoils only its paper: reported, and the paper is skipped. */
    private void meta(Paragraph p) {
      try {
        HfTextMetadata.apply(p.lines(), p.line(), year, source, paper);
      } catch (PaperkgException e) {
        bad.error(e);
        seenPaper = true;
        expect = Expect.TITLE;
        return;
      }
      emit();
    }

    private void emit() {
      seenPaper = true;
      expect = Expect.TITLE;
      bad.record(paper::build, sink);
    }

    private PaperkgException bad(int line, String msg) {
      return PaperkgException.badInput(source, line, msg);
    }
  }
}
