/** An article as it arrived: one file, one JSON record, one fetched page. Nothing has been interpreted yet. */
export interface RawArticle {
  readonly id: string;
  /** Where it came from (file path, URL, `-` for stdin, `file.jsonl:12`): used in error messages. */
  readonly source: string;
  readonly format: 'text' | 'html';
  /** Body as plain text (format `text`): first non-empty line is the headline unless `title` is given. */
  readonly text?: string;
  /** Raw page; bytes when read from disk or network so the extractor can detect the encoding itself. */
  readonly html?: string | Uint8Array;
  /** HTTP Content-Type header when fetched (carries the charset). */
  readonly contentType?: string;
  readonly title?: string;
  readonly url?: string;
  /** YYYY-MM-DD or any date string the record carried. */
  readonly published?: string;
  readonly outlet?: string;
  readonly byline?: string;
}
