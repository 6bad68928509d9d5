package paperkg.source;

/**
 * Size limits on input, so that an oversized record is a clear error instead of an OutOfMemoryError
 * or a CoreNLP run of minutes. Real values are far below them: arXiv caps abstracts at 1,920
 * characters, the 9,868-paper corpus has titles of at most 175 characters, lines of at most 13,253
 * bytes. Documented in docs/RELIABILITY.md.
 */
final class InputLimits {
  /** A line of a line-based format (jsonl, hf-text); longer lines are bad records. */
  static final int MAX_LINE_BYTES = 1 << 20;

  /** A whole-document format (hf-json, hf-html, arxiv-atom) is parsed in memory. */
  static final int MAX_DOCUMENT_BYTES = 256 << 20;

  static final int MAX_TITLE_CHARS = 1_000;

  static final int MAX_ABSTRACT_CHARS = 20_000;

  private InputLimits() {}
}
