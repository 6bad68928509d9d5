package paperkg.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods found in one paper so far. One mention per thing: "Prompt-Level Distillation (PLD)"
 * also takes the names "Prompt-Level Distillation" and "PLD"; a proposed name is never also used,
 * the first kind found stays.
 */
final class FoundMethods {
  private static final Pattern DEFINED = Pattern.compile("(.+?) \\((.+)\\)");

  private final Map<String, MethodMention> proposed = new LinkedHashMap<>();
  private final Map<String, MethodMention> used = new LinkedHashMap<>();
  private final Set<String> taken = new HashSet<>();

  void propose(String name, String kind, String evidence) {
    if (MethodNames.isNotAName(name) || OrgNames.isKnown(name)) {
      return;
    }
    List<String> keys = keys(name);
    if (keys.stream()
            .anyMatch(k -> proposed.containsKey(k) || (taken.contains(k) && !used.containsKey(k)))
        || endsAnotherProposed(name)) {
      return;
    }
    keys.forEach(used::remove);
    proposed.put(
        keys.get(0),
        new MethodMention(
            name, MethodKinds.of(name, kind), MethodMention.Relation.PROPOSES, evidence));
    taken.addAll(keys);
  }

  void use(String name, String kind, String evidence) {
    List<String> keys = keys(name);
    if (MethodNames.isNotAName(name) || keys.stream().anyMatch(taken::contains)) {
      return;
    }
    used.put(
        keys.get(0),
        new MethodMention(name, MethodKinds.of(name, kind), MethodMention.Relation.USES, evidence));
    taken.addAll(keys);
  }

  /**
   * "QKAN-FWP" after "Gated QKAN-FWP", "S2" after "Fish Audio S2": the last words of a proposed
   * name, or a name whose last words are one, are that thing.
   */
  private boolean endsAnotherProposed(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String nw = String.join(" ", n.split("[\\s-]+")) + " ";
    for (MethodMention m : proposed.values()) {
      String p = m.name().toLowerCase(Locale.ROOT);
      // "ELEVATE" and "ELEVATE-AI" after "ELEVATE-AI LLMs": its leading words
      String pw = String.join(" ", p.split("[\\s-]+")) + " ";
      if (p.endsWith(" " + n) || n.endsWith(" " + p) || (pw.startsWith(nw) && !pw.equals(nw))) {
        return true;
      }
    }
    return false;
  }

  /** "QKAN" of "QKAN-FWP": a hyphen-separated part of a proposed name, a building block of it. */
  boolean isPartOfProposed(String word) {
    for (MethodMention m : proposed.values()) {
      for (String part : m.name().split("[\\s-]+")) {
        if (part.equals(word) && !m.name().equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  List<MethodMention> proposedMentions() {
    return List.copyOf(proposed.values());
  }

  boolean isProposed(String name) {
    return keys(name).stream().anyMatch(proposed::containsKey) || proposedAlias(name);
  }

  private boolean proposedAlias(String name) {
    String k = name.toLowerCase(Locale.ROOT);
    return taken.contains(k) && !used.containsKey(k);
  }

  /** Proposed names first, then used ones, each in the order found. */
  List<MethodMention> all() {
    List<MethodMention> out = new ArrayList<>(proposed.values());
    out.addAll(used.values());
    return out;
  }

  private static List<String> keys(String name) {
    return KEYS.apply(name);
  }

  private static final WordMemo<List<String>> KEYS = new WordMemo<>(FoundMethods::computeKeys);

  private static List<String> computeKeys(String name) {
    List<String> keys = new ArrayList<>();
    keys.add(name.toLowerCase(Locale.ROOT));
    Matcher m = DEFINED.matcher(name);
    if (m.matches()) {
      keys.add(m.group(1).toLowerCase(Locale.ROOT));
      keys.add(m.group(2).toLowerCase(Locale.ROOT));
    }
    // "General Experience Maker" and "GEM" in one paper are one thing: the initials of a Title Case
    // name
    String initials = initials(m.matches() ? m.group(1) : name);
    if (initials != null) {
      keys.add(INITIALS + initials);
    }
    if (!name.contains(" ") && Text.isAcronymLike(name)) {
      keys.add(INITIALS + name.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT));
      // "MoIA" is "Molecular Iterative Adaptation": its capitals are the initials (letters only:
      // "GPT-4o" and "GPT-4o-mini" are two models)
      String capitals = name.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
      if (capitals.length() >= 3 && name.matches("[A-Za-z]+")) {
        keys.add(INITIALS + capitals);
      }
    }
    return List.copyOf(keys);
  }

  private static final String INITIALS = "\u0000";

  /** "General Experience Maker" → "gem"; null unless three or more capitalised words. */
  private static String initials(String name) {
    String[] words = name.split("[\\s-]+");
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (Text.isCapitalized(w)) {
        sb.append(Character.toLowerCase(w.charAt(0)));
      } else if (!Text.STOP.contains(w)) {
        return null;
      }
    }
    return sb.length() >= 3 ? sb.toString() : null;
  }
}
