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
 * The methods found in one paper so far. One mention per thing: "Prompt-Level Distillation (PLD)" also takes the
 * names "Prompt-Level Distillation" and "PLD"; a proposed name is never also used, the first kind found stays.
 */
final class FoundMethods {
  private static final Pattern DEFINED = Pattern.compile("(.+?) \\((.+)\\)");

  private final Map<String, MethodMention> proposed = new LinkedHashMap<>();
  private final Map<String, MethodMention> used = new LinkedHashMap<>();
  private final Set<String> taken = new HashSet<>();

  void propose(String name, String kind, String evidence) {
    if (MethodNames.isNotAName(name)) {
      return;
    }
    List<String> keys = keys(name);
    if (keys.stream().anyMatch(k -> proposed.containsKey(k) || (taken.contains(k) && !used.containsKey(k)))) {
      return;
    }
    keys.forEach(used::remove);
    proposed.put(keys.get(0), new MethodMention(name, MethodKinds.of(name, kind), MethodMention.Relation.PROPOSES,
        evidence));
    taken.addAll(keys);
  }

  void use(String name, String kind, String evidence) {
    List<String> keys = keys(name);
    if (MethodNames.isNotAName(name) || keys.stream().anyMatch(taken::contains)) {
      return;
    }
    used.put(keys.get(0), new MethodMention(name, MethodKinds.of(name, kind), MethodMention.Relation.USES, evidence));
    taken.addAll(keys);
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
    List<String> keys = new ArrayList<>();
    keys.add(name.toLowerCase(Locale.ROOT));
    Matcher m = DEFINED.matcher(name);
    if (m.matches()) {
      keys.add(m.group(1).toLowerCase(Locale.ROOT));
      keys.add(m.group(2).toLowerCase(Locale.ROOT));
    }
    return keys;
  }
}
