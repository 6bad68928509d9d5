package paperkg.source;

import java.time.Year;
import java.util.Objects;

/**
 * Settings that change what readers produce.
 *
 * @param year the year given to dates the hf-text listing shows without one ("Mar 13"): the page
 *     leaves out the current year, so only the user knows which year the saved page is from
 * @param badRecords where readers report records they skip (strict unless the caller says so)
 */
public record ReaderSettings(int year, BadRecords badRecords) {
  public ReaderSettings {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    Objects.requireNonNull(badRecords, "badRecords");
  }

  /** Strict: the first bad record is fatal. */
  public ReaderSettings(int year) {
    this(year, BadRecords.strict());
  }

  public static ReaderSettings defaults() {
    return new ReaderSettings(Year.now().getValue());
  }

  public ReaderSettings withBadRecords(BadRecords bad) {
    return new ReaderSettings(year, bad);
  }
}
