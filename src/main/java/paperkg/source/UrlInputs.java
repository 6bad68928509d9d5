package paperkg.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import paperkg.PaperkgException;
import paperkg.source.http.FetchedPage;
import paperkg.source.http.Paging;
import paperkg.source.http.PoliteClient;

/**
 * An {@code http(s)://} argument as inputs: its pages fetched (paging followed up to {@code
 * --max-pages}), each page one input named by its URL and read by the same readers as a file. The
 * format of a page comes from {@code --format}, else a specific Content-Type (Atom, HTML), else the
 * URL (the API's host and path), else the bytes; a body none of these recognises is bad input.
 */
final class UrlInputs {
  private UrlInputs() {}

  static boolean isUrl(String arg) {
    String a = arg.toLowerCase(Locale.ROOT);
    return a.startsWith("http://") || a.startsWith("https://");
  }

  static List<PaperSources.Input> fetch(String arg, Format forced, PoliteClient client) {
    URI uri = client.polite(parse(arg));
    List<PaperSources.Input> pages = new ArrayList<>();
    int max = client.options().maxPages();
    while (true) {
      FetchedPage page = client.get(uri);
      Format format = forced != null ? forced : formatOf(page);
      pages.add(new PaperSources.Input(page.body(), format, uri.toString(), !pages.isEmpty()));
      Optional<URI> next = Paging.next(uri, format.name(), page.body());
      if (next.isEmpty()) {
        return pages;
      }
      if (pages.size() >= max) {
        System.err.println(
            "paperkg: note: "
                + arg
                + ": stopped after "
                + max
                + " pages (--max-pages); next would be "
                + next.get());
        return pages;
      }
      uri = next.get();
    }
  }

  private static URI parse(String arg) {
    try {
      URI uri = new URI(arg);
      if (uri.getHost() == null) {
        throw PaperkgException.usage(arg + ": not a URL with a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw PaperkgException.usage(arg + ": not a valid URL (" + e.getReason() + ")");
    }
  }

  static Format formatOf(FetchedPage page) {
    String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("atom+xml")) {
      return PaperReaders.ARXIV_ATOM;
    }
    if (type.contains("text/html") || type.contains("xhtml")) {
      return PaperReaders.HF_HTML;
    }
    Format byUrl = byUrl(page.uri());
    if (byUrl != null) {
      return byUrl;
    }
    Format sniffed = InputBytes.sniff(page.body());
    if (sniffed == PaperReaders.HF_TEXT && !type.startsWith("text/plain")) {
      throw PaperkgException.badInput(
          page.uri().toString(),
          0,
          "the response is not a known format (Content-Type: "
              + (type.isEmpty() ? "none" : type)
              + "; use --format to name it)");
    }
    return sniffed;
  }

  /** The public APIs by host and path. */
  private static Format byUrl(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (host.equals("api.openalex.org")) {
      return PaperReaders.OPENALEX;
    }
    if (host.equals("api.crossref.org")) {
      return PaperReaders.CROSSREF;
    }
    if (host.equals("api.semanticscholar.org")) {
      return PaperReaders.S2;
    }
    if (host.endsWith("arxiv.org") && path.startsWith("/api/query")) {
      return PaperReaders.ARXIV_ATOM;
    }
    if (host.endsWith("arxiv.org") && path.startsWith("/oai2")) {
      return PaperReaders.ARXIV_OAI;
    }
    if (host.equals("huggingface.co") && path.startsWith("/api/")) {
      return PaperReaders.HF_JSON;
    }
    if (host.equals("huggingface.co") && path.startsWith("/papers")) {
      return PaperReaders.HF_HTML;
    }
    return null;
  }
}
