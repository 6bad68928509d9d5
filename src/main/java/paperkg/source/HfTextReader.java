package paperkg.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperkg.PaperkgException;

/**
 * The Hugging Face daily-papers page as copied text (the seed listing). Paragraphs are separated by
 * blank lines; each paper is a title line, an abstract paragraph and an optional metadata block:
 *
 * <pre>
 *   • 3 authors          or   openbmb OpenBMB   (organisation handle, then its name)
 * ·
 * May 30, 2022         or   Mar 13 4          (year-less dates take ReaderSettings.year; then upvotes)
 * </pre>
 */
final class HfTextReader implements PaperReader {
  /** Page chrome before the first paper; skipped when present, not required. */
  private static final Set<String> HEADER =
      Set.of("new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers",
          "byAK and the research community");

  private static final Pattern LISTING_DATE = Pattern.compile("[A-Z][a-z]{2} \\d{1,2}(, \\d{4})?");
  private static final Pattern AUTHORS = Pattern.compile("•\\s*(\\d+)\\s+authors?");
  private static final Pattern ORG = Pattern.compile("(\\S+)(?:\\s+(.+))?");
  private static final Pattern DATE =
      Pattern.compile("([A-Z][a-z]{2})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?(?:\\s+(\\d+))?");
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private final int year;

  HfTextReader(ReaderSettings settings) {
    this.year = settings.year();
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Parse parse = new Parse(sourceName, sink);
    List<String> lines = new ArrayList<>();
    int start = 0;
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (lineNo == 1) {
        line = line.replace("\uFEFF", "");
      }
      if (!line.isBlank()) {
        if (lines.isEmpty()) {
          start = lineNo;
        }
        lines.add(line);
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

    /** "  • 3 authors" or any block whose second line is the "·" separator. */
    boolean isMeta() {
      return first().startsWith("•") || (lines.size() >= 2 && lines.get(1).strip().equals("·"));
    }
  }

  private enum Expect { TITLE, ABSTRACT, META_OR_TITLE }

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
            emit();
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
      boolean header = p.lines().size() == 1
          && (HEADER.contains(p.first()) || LISTING_DATE.matcher(p.first()).matches());
      if (!seenPaper && header) {
        return;
      }
      if (p.isMeta()) {
        throw bad(p.line(), "metadata block without a title and abstract before it");
      }
      if (p.lines().size() != 1) {
        throw bad(p.line(), "expected a one-line title followed by a blank line, found "
            + p.lines().size() + " lines");
      }
      title = SourceFields.collapse(p.first());
      titleLine = p.line();
      paper = Paper.builder(title).source(source + ":" + titleLine);
      expect = Expect.ABSTRACT;
    }

    private void meta(Paragraph p) {
      if (p.lines().size() != 3 || !p.lines().get(1).strip().equals("·")) {
        throw bad(p.line(), "expected '• N authors' or an organisation, then '·', then a date");
      }
      String who = p.first();
      if (who.startsWith("•")) {
        Matcher m = AUTHORS.matcher(who);
        if (!m.matches()) {
          throw bad(p.line(), "expected '• N authors', found '" + who + "'");
        }
        paper.authorCount(Integer.parseInt(m.group(1)));
      } else {
        Matcher m = ORG.matcher(who);
        m.matches(); // \S+ always matches a stripped non-blank line
        paper.submitter(new Listing(m.group(1), m.group(2) != null ? m.group(2) : m.group(1)));
      }
      date(p.lines().get(2).strip(), p.line() + 2);
    }

    private void date(String text, int line) {
      Matcher m = DATE.matcher(text);
      int month = m.matches() ? MONTHS.indexOf(m.group(1)) + 1 : 0;
      if (month == 0) {
        throw bad(line, "unreadable date '" + text + "' (expected 'May 30, 2022' or 'Mar 13', "
            + "optionally followed by upvotes)");
      }
      int y = m.group(3) != null ? Integer.parseInt(m.group(3)) : year;
      try {
        paper.published(LocalDate.of(y, month, Integer.parseInt(m.group(2))));
      } catch (DateTimeException e) {
        throw bad(line, "invalid date '" + text + "': " + e.getMessage());
      }
      if (m.group(4) != null) {
        paper.upvotes(Integer.parseInt(m.group(4)));
      }
    }

    private void emit() {
      sink.accept(paper.build());
      seenPaper = true;
      expect = Expect.TITLE;
    }

    private PaperkgException bad(int line, String msg) {
      return PaperkgException.badInput(source, line, msg);
    }
  }
}
