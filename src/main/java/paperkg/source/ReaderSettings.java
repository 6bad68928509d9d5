package paperkg.source;

import java.time.Year;

/**
 * Settings that change what readers produce.
 *
 * @param year the year given to dates the hf-text listing shows without one ("Mar 13"): the page
 *     leaves out the current year, so only the user knows which year the saved page is from
 */
public record ReaderSettings(int year) {
  public ReaderSettings {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }

  public static ReaderSettings defaults() {
    return new ReaderSettings(Year.now().getValue());
  }
}
