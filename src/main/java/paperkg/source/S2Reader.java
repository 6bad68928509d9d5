package paperkg.source;

import static paperkg.source.SourceFields.collapse;
import static paperkg.source.SourceFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import paperkg.PaperkgException;

/**
 * Semantic Scholar Graph API papers: one paper ({@code /paper/{id}}), a {@code /paper/batch} array
 * (a null stands for an id S2 does not know and is skipped silently, as S2 means it), or a search
 * page ({@code {total, offset, next, data: [...]}}). Authors' affiliations are read when S2 has
 * them (rarely).
 */
final class S2Reader implements PaperReader {
  private final ErrorHandler bad;

  S2Reader(ErrorHandler bad) {
    this.bad = bad;
  }

  @Override
  public void read(InputStream in, String sourceName, Consumer<Paper> sink) throws IOException {
    JsonRecords.read(in, sourceName, bad, this::map, sink);
  }

  private void map(JsonNode root, String source, long line, Consumer<Paper> sink) {
    List<JsonNode> papers = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(papers::add);
    } else if (root.path("data").isArray()) {
      root.get("data").forEach(papers::add);
    } else if (root.isObject() && (root.has("paperId") || root.has("title"))) {
      papers.add(root);
    } else {
      bad.error(
          PaperkgException.badInput(
              source,
              line,
              "not Semantic Scholar JSON (expected a paper, a batch array or {\"data\": [...]})"));
      return;
    }
    JsonRecords.each(papers, source, line, bad, S2Reader::toPaper, sink);
  }

  static Paper toPaper(JsonNode p, String where) {
    if (!p.isObject()) {
      throw PaperkgException.badInput(
          where, 0, "expected a paper object, found " + p.getNodeType());
    }
    String title = collapse(text(p, "title"));
    if (title == null) {
      throw PaperkgException.badInput(where, 0, "paper without a title");
    }
    JsonNode ids = p.path("externalIds");
    String arxiv = text(ids, "ArXiv");
    if (arxiv != null && SourceFields.arxivUrl(arxiv) == null) {
      arxiv = null;
    }
    String doi = SourceFields.doi(text(ids, "DOI"));
    if (arxiv == null) {
      arxiv = SourceFields.arxivIdOfDoi(doi);
    }
    List<String> fields = new ArrayList<>(SourceFields.strings(p, "fieldsOfStudy"));
    for (JsonNode f : p.path("s2FieldsOfStudy")) {
      String c = text(f, "category");
      if (c != null && !fields.contains(c)) {
        fields.add(c);
      }
    }
    // Only a full date: S2 often has just "year", and a made-up 1 January would look exact.
    String date = text(p, "publicationDate");
    Paper.Builder b =
        Paper.builder(title)
            .arxivId(arxiv)
            .doi(doi)
            .abstractText(collapse(text(p, "abstract")))
            .published(SourceFields.isoDate(date, where, 0))
            .url(arxiv != null ? SourceFields.arxivUrl(arxiv) : text(p, "url"))
            .externalTopics(fields)
            .source(where);
    for (JsonNode a : p.path("authors")) {
      String name = collapse(text(a, "name"));
      if (name != null) {
        b.author(
            new Author(
                name,
                SourceFields.strings(a, "affiliations"),
                text(a.path("externalIds"), "ORCID")));
      }
    }
    return b.build();
  }
}
