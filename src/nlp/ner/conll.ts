import { NER_TYPES, type TokenSpan } from './labels.ts';

export interface ConllSentence {
  readonly tokens: readonly string[];
  /** Gold entities as token spans (IOB1 or IOB2 input both end up here). */
  readonly spans: readonly TokenSpan[];
}

export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
}

/**
 * Parses CoNLL-2003 column text (word first, NER tag last). Documents split at -DOCSTART- lines; copies that had
 * those lines stripped are split before each headline, i.e. the sentence before a Reuters dateline
 * ("BRUSSELS 1996-08-22"), so document-level features still see one story at a time.
 */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let sawDocstart = false;
  const flushSentence = (): void => {
    if (words.length > 0) doc.push({ tokens: words, spans: iobToSpans(tags) });
    words = [];
    tags = [];
  };
  const flushDoc = (): void => {
    if (doc.length > 0) docs.push(doc);
    doc = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flushSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      sawDocstart = true;
      flushSentence();
      flushDoc();
      continue;
    }
    words.push(cols[0] ?? '');
    tags.push(cols[cols.length - 1] ?? 'O');
  }
  flushSentence();
  flushDoc();
  const parsed = docs.map((sentences) => ({ sentences }));
  return sawDocstart ? parsed : parsed.flatMap(splitAtDatelines);
}

// A dateline: a few tokens (place, optional country) ending in an ISO date.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DATELINE_TOKENS = 8;

function isDateline(s: ConllSentence): boolean {
  return s.tokens.length <= MAX_DATELINE_TOKENS && DATE.test(s.tokens[s.tokens.length - 1] ?? '');
}

function splitAtDatelines(doc: ConllDocument): ConllDocument[] {
  const out: ConllDocument[] = [];
  let cur: ConllSentence[] = [];
  doc.sentences.forEach((s, i) => {
    const next = doc.sentences[i + 1];
    if (next !== undefined && isDateline(next) && cur.length > 0) {
      out.push({ sentences: cur });
      cur = [];
    }
    cur.push(s);
  });
  if (cur.length > 0) out.push({ sentences: cur });
  return out;
}

/** IOB1/IOB2 tags → spans. An I- tag that does not continue an entity of its type opens one (IOB1 rule). */
export function iobToSpans(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = -1;
  let type = -1;
  tags.forEach((tag, i) => {
    const dash = tag.indexOf('-');
    const prefix = dash < 0 ? tag : tag.slice(0, dash);
    const t = dash < 0 ? -1 : NER_TYPES.indexOf(tag.slice(dash + 1) as (typeof NER_TYPES)[number]);
    const continues = prefix === 'I' && t === type && start >= 0;
    if (continues) return;
    if (start >= 0) out.push({ start, end: i, typeIndex: type });
    start = t >= 0 && (prefix === 'B' || prefix === 'I') ? i : -1;
    type = start >= 0 ? t : -1;
  });
  if (start >= 0) out.push({ start, end: tags.length, typeIndex: type });
  return out;
}
