package paperkg.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One paper as a reader found it. Optional fields are null (or empty lists) when the source lacks
 * them.
 *
 * @param id arXiv id when known, else {@code doi:<doi>} when a DOI is known, else {@link
 *     #titleId(String)}
 * @param authorCount number of authors; may exceed {@code authors.size()} when a listing shows only
 *     a count
 * @param submitter the listing's organisation (Hugging Face "organization"), or null
 * @param keywords keywords that came with the source (e.g. HF ai_keywords): not used as gold, kept
 *     for users
 * @param source where it came from, {@code file:line} (or {@code file#n}) for error messages and
 *     provenance
 * @param doi the DOI in lower case without resolver prefix ({@code 10.1109/tau.1965.1161805}), or
 *     null
 * @param arxivId the arXiv id without version when known (also the {@code id} then), or null
 * @param categories arXiv category codes ({@code cs.LG}, {@code hep-th}), primary first; not our
 *     topics
 * @param externalTopics topics/keywords/fields a source assigns (OpenAlex topics and keywords, S2
 *     fields of study), kept as the source's labels and never mixed into our Topic layer
 */
public record Paper(
    String id,
    String title,
    String abstractText,
    LocalDate published,
    Integer upvotes,
    List<Author> authors,
    Integer authorCount,
    Listing submitter,
    String url,
    List<String> keywords,
    String source,
    String doi,
    String arxivId,
    List<String> categories,
    List<String> externalTopics) {

  public Paper {
    Objects.requireNonNull(title, "title");
    abstractText = abstractText == null ? "" : abstractText;
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    categories = categories == null ? List.of() : List.copyOf(categories);
    externalTopics = externalTopics == null ? List.of() : List.copyOf(externalTopics);
    if (id == null || id.isBlank()) {
      id = titleId(title);
    }
    if (authorCount == null && !authors.isEmpty()) {
      authorCount = authors.size();
    }
  }

  /**
   * The fields every source has (the record before DOI, arXiv id, categories and external topics).
   */
  public Paper(
      String id,
      String title,
      String abstractText,
      LocalDate published,
      Integer upvotes,
      List<Author> authors,
      Integer authorCount,
      Listing submitter,
      String url,
      List<String> keywords,
      String source) {
    this(
        id,
        title,
        abstractText,
        published,
        upvotes,
        authors,
        authorCount,
        submitter,
        url,
        keywords,
        source,
        null,
        null,
        List.of(),
        List.of());
  }

  /** A stable id for papers without an arXiv id: a hash of the normalized title. */
  public static String titleId(String title) {
    String normalized = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return "t" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** Readers fill papers field by field; the builder keeps that readable. */
  public static final class Builder {
    private String id;
    private final String title;
    private String abstractText;
    private LocalDate published;
    private Integer upvotes;
    private final List<Author> authors = new ArrayList<>();
    private Integer authorCount;
    private Listing submitter;
    private String url;
    private final List<String> keywords = new ArrayList<>();
    private String source;
    private String doi;
    private String arxivId;
    private final List<String> categories = new ArrayList<>();
    private final List<String> externalTopics = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder abstractText(String text) {
      this.abstractText = text;
      return this;
    }

    public Builder published(LocalDate date) {
      this.published = date;
      return this;
    }

    public Builder upvotes(Integer upvotes) {
      this.upvotes = upvotes;
      return this;
    }

    public Builder author(Author author) {
      this.authors.add(author);
      return this;
    }

    public Builder authors(List<Author> list) {
      this.authors.addAll(list);
      return this;
    }

    public Builder authorCount(Integer count) {
      this.authorCount = count;
      return this;
    }

    public Builder submitter(Listing listing) {
      this.submitter = listing;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder keywords(List<String> list) {
      this.keywords.addAll(list);
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder doi(String doi) {
      this.doi = doi;
      return this;
    }

    public Builder arxivId(String arxivId) {
      this.arxivId = arxivId;
      return this;
    }

    public Builder categories(List<String> list) {
      this.categories.addAll(list);
      return this;
    }

    public Builder externalTopics(List<String> list) {
      this.externalTopics.addAll(list);
      return this;
    }

    /** The paper; a title or abstract over {@link InputLimits} makes the record bad input. */
    public Paper build() {
      String where = source == null ? "input" : source;
      if (title.length() > InputLimits.MAX_TITLE_CHARS) {
        throw paperkg.PaperkgException.badInput(
            where,
            0,
            "title longer than the limit of " + InputLimits.MAX_TITLE_CHARS + " characters");
      }
      if (abstractText != null && abstractText.length() > InputLimits.MAX_ABSTRACT_CHARS) {
        throw paperkg.PaperkgException.badInput(
            where,
            0,
            "abstract longer than the limit of " + InputLimits.MAX_ABSTRACT_CHARS + " characters");
      }
      String arxiv = arxivId != null ? arxivId : SourceFields.arxivUrl(id) != null ? id : null;
      // One paper per work across sources: the arXiv id, else the DOI, else (in the record) the
      // title hash.
      String paperId =
          id != null && !id.isBlank()
              ? id
              : arxiv != null ? arxiv : doi != null ? "doi:" + doi : null;
      return new Paper(
          paperId,
          title,
          abstractText,
          published,
          upvotes,
          authors,
          authorCount,
          submitter,
          url,
          keywords,
          source,
          doi,
          arxiv,
          categories,
          externalTopics);
    }
  }
}
