package paperkg.source;

import static paperkg.source.SourceFields.collapse;
import static paperkg.source.SourceFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import paperkg.PaperkgException;

/**
 * OpenAlex works: a Works API page ({@code {meta, results: [...]}}), one work ({@code /works/W…}),
 * or the snapshot's JSON Lines (one work per line, optionally gzipped). The abstract is rebuilt
 * from {@code abstract_inverted_index}; authorships give authors with ORCID, the institutions
 * OpenAlex resolved (ROR id, name, country, type) and the raw affiliation strings; OpenAlex topics
 * and keywords are kept as external topics.
 */
final class OpenAlexReader implements PaperReader {
  private final ErrorHandler bad;

  OpenAlexReader(ErrorHandler bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    JsonRecords.read(in, sourceName, bad, this::map, sink);
  }

  private void map(JsonNode root, String source, long line, Consumer<Paper> sink) {
    List<JsonNode> works = new ArrayList<>();
    if (root.path("results").isArray()) {
      root.get("results").forEach(works::add);
    } else if (root.isObject() && (root.has("authorships") || root.has("display_name"))) {
      works.add(root);
    } else {
      bad.error(
          PaperkgException.badInput(
              source, line, "not OpenAlex works JSON (expected {\"results\": [...]} or a work)"));
      return;
    }
    JsonRecords.each(works, source, line, bad, OpenAlexReader::toPaper, sink);
  }

  static Paper toPaper(JsonNode w, String where) {
    if (!w.isObject()) {
      throw PaperkgException.badInput(where, 0, "expected a work object, found " + w.getNodeType());
    }
    String title = collapse(text(w, "title") != null ? text(w, "title") : text(w, "display_name"));
    if (title == null) {
      throw PaperkgException.badInput(where, 0, "work without a title");
    }
    String doi = SourceFields.doi(text(w, "doi"));
    String arxiv = SourceFields.arxivIdOfDoi(doi);
    for (JsonNode loc : w.path("locations")) {
      if (arxiv == null) {
        arxiv = SourceFields.arxivIdOfUrl(text(loc, "landing_page_url"));
      }
    }
    List<String> external = new ArrayList<>();
    for (JsonNode t : w.path("topics")) {
      addText(external, t, "display_name");
    }
    for (JsonNode k : w.path("keywords")) {
      addText(external, k, k.has("display_name") ? "display_name" : "keyword");
    }
    Paper.Builder b =
        Paper.builder(title)
            .arxivId(arxiv)
            .doi(doi)
            .abstractText(collapse(abstractOf(w.get("abstract_inverted_index"))))
            .published(SourceFields.isoDate(text(w, "publication_date"), where, 0))
            .url(
                arxiv != null
                    ? SourceFields.arxivUrl(arxiv)
                    : doi != null ? "https://doi.org/" + doi : text(w, "id"))
            .externalTopics(external.stream().distinct().toList())
            .source(where);
    for (JsonNode a : w.path("authorships")) {
      Author author = author(a);
      if (author != null) {
        b.author(author);
      }
    }
    return b.build();
  }

  private static Author author(JsonNode authorship) {
    JsonNode who = authorship.path("author");
    String name = collapse(text(who, "display_name"));
    if (name == null) {
      name = collapse(text(authorship, "raw_author_name"));
    }
    if (name == null) {
      return null;
    }
    List<Institution> institutions = new ArrayList<>();
    for (JsonNode i : authorship.path("institutions")) {
      String org = collapse(text(i, "display_name"));
      if (org != null) {
        institutions.add(
            new Institution(org, text(i, "ror"), text(i, "country_code"), text(i, "type")));
      }
    }
    List<String> raw = SourceFields.strings(authorship, "raw_affiliation_strings");
    if (raw.isEmpty() && text(authorship, "raw_affiliation_string") != null) {
      raw = List.of(text(authorship, "raw_affiliation_string"));
    }
    return new Author(name, raw, text(who, "orcid"), institutions, true);
  }

  /** The text back from {@code {word: [positions]}}; null when OpenAlex has no abstract. */
  static String abstractOf(JsonNode index) {
    if (index == null || !index.isObject()) {
      return null;
    }
    Map<Integer, String> words = new TreeMap<>();
    index
        .fields()
        .forEachRemaining(
            e ->
                e.getValue()
                    .forEach(
                        pos -> {
                          if (pos.canConvertToInt()
                              && pos.intValue() >= 0
                              && pos.intValue() < InputLimits.MAX_ABSTRACT_CHARS) {
                            words.put(pos.intValue(), e.getKey());
                          }
                        }));
    return words.isEmpty() ? null : String.join(" ", words.values());
  }

  private static void addText(List<String> out, JsonNode node, String field) {
    String s = collapse(text(node, field));
    if (s != null) {
      out.add(s);
    }
  }
}
