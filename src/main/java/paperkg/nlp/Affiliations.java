package paperkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisation names in an affiliation string ("Dept. of Control Science and Engineering, Harbin
 * Institute of Technology, P. R. China" → "Harbin Institute of Technology"): the comma-separated
 * parts that name an institution — a university, institute, hospital, company, agency or an
 * all-capitals acronym (CNRS, INFN) — and not a department, lab unit or address. Measured on
 * GROBID's hand-labelled affiliations ({@code paperkg eval affiliations}); no CoreNLP needed, so it
 * is cheap on every author.
 */
public final class Affiliations {
  private Affiliations() {}

  private static final Pattern MARKER =
      Pattern.compile("^\\s*(?:\\d+|[*†‡§¶#]+|[a-z])\\s*[:.)]?\\s+");
  private static final Pattern PARTS = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");

  /**
   * Word stems that make a part an institution (lower case; a word matches when it starts with
   * one).
   */
  private static final List<String> INSTITUTION =
      List.of(
          "universit",
          "univ.",
          "college",
          "coll.",
          "institut",
          "istituto",
          "inst.",
          "hospital",
          "klinik",
          "clinic",
          "academy",
          "akadem",
          "foundation",
          "corporation",
          "corp.",
          "inc.",
          "inc",
          "ltd",
          "gmbh",
          "company",
          "laboratories",
          "consorzio",
          "centrum",
          "council",
          "agency",
          "ministry",
          "polytechn",
          "politecnico",
          "école",
          "ecole",
          "escuela",
          "hochschule",
          "observatory",
          "museum",
          "organization",
          "organisation",
          "association",
          "society",
          "bank",
          "school",
          "medical center",
          "health",
          "national",
          "federal",
          "research center",
          "research centre",
          "cnrs",
          "inria",
          "inserm",
          "riken",
          "csiro",
          "infn",
          "nasa",
          "google",
          "microsoft",
          "ibm",
          "labs");

  /** First words of a part that names a unit inside an institution. */
  private static final Set<String> DEPARTMENT =
      Set.of(
          "department",
          "dept",
          "dept.",
          "dep.",
          "faculty",
          "division",
          "section",
          "unit",
          "group",
          "program",
          "programme",
          "chair",
          "school",
          "sch.",
          "laboratory",
          "lab",
          "lab.",
          "graduate",
          "centre",
          "center",
          "service",
          "team",
          "key");

  /**
   * The organisation names in one affiliation string, in order; empty when none is recognisable.
   */
  public static List<String> organisations(String affiliation) {
    String text = MARKER.matcher(affiliation.strip()).replaceFirst("");
    List<String> parts = new ArrayList<>();
    for (String part : PARTS.split(text)) {
      String p = trimEnd(part);
      if (!p.isEmpty() && !isDepartment(p) && !isPlace(p)) {
        parts.add(p);
      }
    }
    List<String> out = new ArrayList<>();
    boolean university = parts.stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains("univ"));
    for (String p : parts) {
      // an institute or college next to a university is one of its units
      if (isInstitution(p) && !(university && isUnitOfUniversity(p))) {
        out.addAll(splitAnd(p));
      }
    }
    // no keyword: a company or health system named first ("GlaxoSmithKline, King of Prussia, PA,
    // USA")
    if (out.isEmpty() && !parts.isEmpty() && !Text.hasDigit(parts.get(0))) {
      out.add(parts.get(0));
    }
    return out;
  }

  private static boolean isUnitOfUniversity(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    return !lower.contains("univ")
        && (lower.startsWith("institut") || lower.startsWith("college of"));
  }

  /** A country, or a place that ends in one ("Berlin Buch GERMANY"). */
  private static boolean isPlace(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    if (Places.isPlace(lower)) {
      return true;
    }
    int space = lower.lastIndexOf(' ');
    return space > 0
        && Places.isPlace(lower.substring(space + 1))
        && !isInstitution(part.substring(0, space));
  }

  /** "University of Trento and INFN Trento" is two institutions; "Eli Lilly and Company" is one. */
  private static List<String> splitAnd(String part) {
    String[] halves = AND.split(part, 2);
    if (halves.length == 2
        && isInstitution(halves[0])
        && isInstitution(halves[1])
        && !halves[1].toLowerCase(Locale.ROOT).startsWith("company")) {
      return List.of(halves[0], halves[1]);
    }
    return List.of(part);
  }

  private static boolean isDepartment(String part) {
    String first = part.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return DEPARTMENT.contains(first);
  }

  private static boolean isInstitution(String part) {
    if (Text.hasDigit(part)) {
      return false; // street addresses and postcodes
    }
    for (String w : part.split("\\s+")) {
      if (w.length() >= 3 && w.length() <= 8 && w.chars().allMatch(Character::isUpperCase)) {
        return true; // CNRS, INFN, CSIRO
      }
    }
    String lower = " " + part.toLowerCase(Locale.ROOT);
    for (String stem : INSTITUTION) {
      if (lower.contains(" " + stem)) {
        return true;
      }
    }
    return false;
  }

  /** Drops a closing sentence dot ("Institute."), keeps an abbreviation's ("Univ.", "Coll."). */
  private static String trimEnd(String part) {
    String p = part.strip();
    if (p.endsWith(".")) {
      int space = p.lastIndexOf(' ');
      String last = p.substring(space + 1, p.length() - 1);
      if (last.length() > 4) {
        p = p.substring(0, p.length() - 1);
      }
    }
    return p.strip();
  }
}
