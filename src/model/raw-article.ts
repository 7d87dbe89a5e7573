/** An article as it arrived: one file, one JSON record, one fetched page. Nothing has been interpreted yet. */
export interface RawArticle {
  readonly id: string;
  /** Where it came from (file path, URL, `-` for stdin, `file.jsonl:12`): used in error messages. */
  readonly source: string;
  readonly format: 'text' | 'html';
  /** Body as plain text (format `text`); where its headline comes from, when `title` is absent, says `headline`. */
  readonly text?: string;
  /**
   * How a `text` article without `title` gets its headline. `first-line` (the default; .txt files and stdin text): the
   * first non-empty line is the headline. `first-sentence` (JSON/JSONL records): the text is all body, so the headline
   * is derived from its first sentence, which stays in the body.
   */
  readonly headline?: 'first-line' | 'first-sentence';
  /** Raw page; bytes when read from disk or network so the extractor can detect the encoding itself. */
  readonly html?: string | Uint8Array;
  /** HTTP Content-Type header when fetched (carries the charset). */
  readonly contentType?: string;
  readonly title?: string;
  readonly url?: string;
  /** YYYY-MM-DD or any date string the record carried. */
  readonly published?: string;
  /** The outlet, stated by the record: it wins over what the page says. */
  readonly outlet?: string;
  /** An outlet only for a page that names none (og:site_name, JSON-LD publisher): a feed's title. */
  readonly outletFallback?: string;
  readonly byline?: string;
}
