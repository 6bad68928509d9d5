package paperkg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paperkg.PaperkgException;

/**
 * The metadata block under a paper in the hf-text listing:
 *
 * <pre>
 *   • 3 authors          or   openbmb OpenBMB   (organisation handle, then its name)
 * ·
 * May 30, 2022         or   Mar 13 4          (no year: the page's year; then upvotes)
 * </pre>
 */
final class HfTextMetadata {
  private static final Pattern AUTHORS = Pattern.compile("•\\s*(\\d+)\\s+authors?");
  private static final Pattern ORG = Pattern.compile("(\\S+)(?:\\s+(.+))?", Pattern.DOTALL);
  private static final Pattern DATE =
      Pattern.compile("([A-Z][a-z]{2})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?(?:\\s+(\\d+))?");
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private HfTextMetadata() {}

  /**
   * Sets author count or submitter, date and upvotes on {@code paper}.
   *
   * @param line the line number of the block's first line, for errors
   * @param year the year for dates shown without one
   */
  static void apply(List<String> lines, int line, int year, String source, Paper.Builder paper) {
    if (lines.size() != 3 || !lines.get(1).strip().equals("·")) {
      throw PaperkgException.badInput(
          source, line, "expected '• N authors' or an organisation, then '·', then a date");
    }
    String who = lines.get(0).strip();
    if (who.startsWith("•")) {
      Matcher m = AUTHORS.matcher(who);
      if (!m.matches()) {
        throw PaperkgException.badInput(
            source, line, "expected '• N authors', found '" + who + "'");
      }
      paper.authorCount(SourceFields.count(m.group(1), source, line));
    } else {
      Matcher m = ORG.matcher(who);
      if (!m.matches()) { // e.g. a control character that strip() keeps (found by fuzzing)
        throw PaperkgException.badInput(
            source, line, "expected an organisation handle and name, found '" + who + "'");
      }
      paper.submitter(new Listing(m.group(1), m.group(2) != null ? m.group(2) : m.group(1)));
    }
    date(lines.get(2).strip(), line + 2, year, source, paper);
  }

  private static void date(String text, int line, int year, String source, Paper.Builder paper) {
    Matcher m = DATE.matcher(text);
    int month = m.matches() ? MONTHS.indexOf(m.group(1)) + 1 : 0;
    if (month == 0) {
      throw PaperkgException.badInput(
          source,
          line,
          "unreadable date '"
              + text
              + "' (expected 'May 30, 2022' or 'Mar 13', optionally followed by upvotes)");
    }
    int y = m.group(3) != null ? Integer.parseInt(m.group(3)) : year;
    try {
      paper.published(LocalDate.of(y, month, Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      throw PaperkgException.badInput(
          source, line, "invalid date '" + text + "': " + e.getMessage());
    }
    if (m.group(4) != null) {
      paper.upvotes(SourceFields.count(m.group(4), source, line));
    }
  }
}
