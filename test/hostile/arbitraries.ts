// Generators of hostile input shared by the property tests: arbitrary strings biased toward the characters and
// pieces the parsers react to, HTML-ish markup (tags, attributes, entities, unclosed tags, nesting), JSON values.
import fc from 'fast-check';

/** Characters and fragments that steer news-text parsers (quotes, sentence ends, numbers, dates, names, odd Unicode). */
const TEXT_PIECES = [
  ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2009', '\u200b', '\ufeff', '\u2028', '\0',
  '.', '. ', '!', '?', '…', ',', ';', ':', '-', '—', '–', '/', '(', ')', '[', ']', '%', '$', '€', '£', '½',
  '"', '“', '”', "'", '‘', '’', '«', '»',
  'Mr. ', 'Dr. ', 'U.S. ', 'No. ', 'J. ', 'said', ' said ', ' told reporters ', ' according to ', 'that ',
  'Sergei Ryabkov', 'Wendy Sherman', 'NATO', 'Geneva', 'Russia’s', 'the talks', 'he said', 'she added',
  '2022', '1999', '12', '0', '100,000', '3.5', '1.2m', '5-1/2', '99999999999999999999999', '1e308', '-7',
  'eight', 'twenty-five', 'half a million', 'a dozen', 'million', 'billion', 'trillion', 'troops', 'hours', 'km',
  'more than ', 'about ', 'up to ', 'at least ',
  'Monday', 'Wednesday', 'January 10', 'Jan. 10, 2022', '2022-01-12', '10/01/2022', 'last month', 'next week',
  'yesterday', 'tomorrow', '8 a.m.', 'the 1990s', 'two years ago', 'every day', '3 p.m. GMT',
  'Advertisement', 'Read more', 'Share this', 'Subscribe to our newsletter', 'Photo: Reuters', '(AP)', '© 2022',
  'GENEVA — ', 'By John Smith', 'Related:', 'é', 'ß', 'Ω', 'д', '中', 'ع', '😀', '\ud800', '\udfff', 'Ǆ', 'ﬁ',
] as const;

const piece = fc.constantFrom(...TEXT_PIECES);

/** A string made of parser-relevant pieces and arbitrary (including lone-surrogate) characters. */
export function newsText(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: maxPieces }).map((xs) => xs.join(''));
}

/** Fully arbitrary strings (every code unit, lone surrogates included). */
export const anyString = fc.string({ unit: 'binary', maxLength: 200 });

const TAGS = [
  'html', 'head', 'body', 'div', 'p', 'span', 'a', 'b', 'i', 'em', 'strong', 'script', 'style', 'noscript', 'template',
  'h1', 'h2', 'h3', 'article', 'main', 'section', 'nav', 'aside', 'header', 'footer', 'figure', 'figcaption', 'ul', 'ol',
  'li', 'table', 'tr', 'td', 'br', 'hr', 'img', 'meta', 'link', 'title', 'pre', 'code', 'blockquote', 'svg', 'math',
  'iframe', 'textarea', 'form', 'button', 'time', 'x-widget', 'DIV', 'P',
] as const;
const ATTR_NAMES = ['class', 'id', 'href', 'src', 'alt', 'lang', 'charset', 'content', 'name', 'property', 'itemprop', 'rel', 'type', 'datetime', 'style', 'hidden', 'role', 'data-x'] as const;
const ATTR_VALUES = [
  'article-body', 'content', 'story', 'related', 'newsletter', 'ad', 'share', 'comments', 'caption', 'byline', 'nav',
  'og:title', 'article:published_time', 'author', 'description', 'canonical', 'application/ld+json', 'text/html; charset=windows-1252',
  'utf-16', 'x-unknown', '2022-01-10T08:00:00Z', 'not a date', 'javascript:alert(1)', '../x', 'http://', '', ' ', '"', "'", '<', '>',
] as const;
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&#0;', '&#x0;', '&#xD800;', '&#x1F600;', '&#99999999;', '&#;', '&bogus;', '&amp', '&', '&#x;', '&rsquo;', '&mdash;', '&#8220;'] as const;

const attr = fc
  .tuple(fc.constantFrom(...ATTR_NAMES), fc.oneof(fc.constantFrom(...ATTR_VALUES), fc.string({ maxLength: 12 })), fc.constantFrom('"', "'", ''))
  .map(([name, value, q]) => (q === '' ? ` ${name}=${value.replace(/[\s>]/g, '')}` : ` ${name}=${q}${value.replaceAll(q, '')}${q}`));

const textNode = fc.oneof(
  { weight: 5, arbitrary: newsText(12) },
  { weight: 2, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- c -->', '<!--', '-->', '<![CDATA[x]]>', '<!doctype html>', '<?xml version="1.0"?>', '</', '<', '>', '<>', '</ p>', '< div>') },
);

/** HTML-ish markup: real and odd tags, attributes (some unquoted or broken), entities, comments, unclosed and stray end tags. */
export const htmlish: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), tie('nodes'), fc.constantFrom('close', 'close', 'close', 'unclosed', 'stray', 'self'))
      .map(([tag, attrs, inner, end]) =>
        end === 'self' ? `<${tag}${attrs.join('')}/>` : `<${tag}${attrs.join('')}>${inner}${end === 'close' ? `</${tag}>` : end === 'stray' ? '</div></p></html>' : ''}`,
      ),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }).map((xs) => xs.join('')),
})).nodes;

/** A page-shaped document around arbitrary markup, so the extractor's article paths (not just its "no text" exit) run. */
export const htmlPage: fc.Arbitrary<string> = fc
  .tuple(fc.option(newsText(8)), htmlish, fc.array(newsText(30), { maxLength: 4 }), htmlish)
  .map(([title, head, paras, tail]) =>
    `<!doctype html><html><head>${title === null ? '' : `<title>${title}</title>`}${head}</head><body><article>${paras.map((p) => `<p>${p}</p>`).join('')}${tail}</article></body></html>`,
  );

/** Arbitrary JSON-able values (what a record file may hold). */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 });

/** An article-record-shaped object whose fields have arbitrary types. */
export const recordish: fc.Arbitrary<unknown> = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), anyJson),
    title: fc.oneof(newsText(8), anyJson),
    text: fc.oneof(newsText(60), anyJson),
    html: fc.oneof(htmlPage, anyJson),
    published: fc.oneof(fc.constantFrom('2022-01-10', '2022-13-45', '0000-00-00', '10 Jan 2022', '', 'x'), anyJson),
    outlet: fc.oneof(fc.string(), anyJson),
    url: fc.oneof(fc.constantFrom('https://example.com/2022/01/10/story', 'not a url', ''), anyJson),
  },
  { requiredKeys: [] },
);

/**
 * Run count for a property: modest by default so the suite stays fast; `npm run fuzz` raises it through
 * CROSSCHECK_FUZZ_SCALE (and fast-check's seed through CROSSCHECK_FUZZ_SEED) for longer searches.
 */
export function runs(n: number): { numRuns: number; seed?: number } {
  const scale = Number(process.env['CROSSCHECK_FUZZ_SCALE'] ?? '1');
  const seed = process.env['CROSSCHECK_FUZZ_SEED'];
  return { numRuns: Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1))), ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}) };
}
