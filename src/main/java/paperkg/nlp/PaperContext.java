package paperkg.nlp;

import java.util.Map;
import java.util.Objects;

/**
 * What the finders of one paper share, computed once and in this order by {@link Extractor}: the
 * annotation, then the acronyms it defines; methods are found from these, organisations also from
 * the method names, topics from all of it (method and organisation names are never topics).
 */
record PaperContext(Annotated annotated, Map<String, Acronyms.Definition> definitions) {
  PaperContext {
    Objects.requireNonNull(annotated, "annotated");
    definitions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(definitions));
  }

  static PaperContext of(Annotated a) {
    return new PaperContext(a, Acronyms.definitions(a.sentences()));
  }
}
