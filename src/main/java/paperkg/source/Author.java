package paperkg.source;

import java.util.List;
import java.util.Objects;

/** A paper's author as the listing names them, with the affiliations the source gives (often none). */
public record Author(String name, List<String> affiliations) {
  public Author {
    Objects.requireNonNull(name, "name");
    affiliations = List.copyOf(affiliations);
  }

  public static Author of(String name) {
    return new Author(name, List.of());
  }
}
