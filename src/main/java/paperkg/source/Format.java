package paperkg.source;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An input format as a value, like Jena's {@code Lang}: a name, alternative names accepted by
 * {@code --format}, and file extensions (lower case, without the dot). The known formats live in
 * {@link PaperReaders}; callers get them from {@link PaperSources}.
 */
public record Format(String name, List<String> aliases, List<String> extensions) {
  public Format {
    Objects.requireNonNull(name, "name");
    aliases = aliases.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    extensions = extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
  }

  /** True when {@code label} is this format's name or one of its aliases, ignoring case. */
  boolean isCalled(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return name.equals(l) || aliases.contains(l);
  }

  @Override
  public String toString() {
    return name;
  }
}
