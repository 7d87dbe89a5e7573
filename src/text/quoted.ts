// A quotation marked once, as the web UI and the Markdown brief show it.

const count = (text: string, marks: RegExp): number => (text.match(marks) ?? []).length;
const OPEN = /[“„«]/g;
const CLOSE = /[”»]/g;

/**
 * The text inside one pair of curly quotes, as a reader expects it. Extracted quotes may carry their own marks: a
 * wrapping pair, or an unmatched opening mark of a quotation that runs on (““we will not…”). Those are dropped; marks
 * that pair up inside become single quotes, the typographic quote within a quote (“Moscow ‘will judge’ the talks”).
 */
export function quoted(text: string): string {
  let t = text.trim();
  if (/^[“"„«]/.test(t) && /[”"»]$/.test(t) && !/[“”"„«»]/.test(t.slice(1, -1))) t = t.slice(1, -1);
  else {
    if (/^[“„«]/.test(t) && count(t, OPEN) > count(t, CLOSE)) t = t.slice(1);
    if (/[”»]$/.test(t) && count(t, CLOSE) > count(t, OPEN)) t = t.slice(0, -1);
    if (count(t, /"/g) % 2 === 1) t = t.startsWith('"') ? t.slice(1) : t.endsWith('"') ? t.slice(0, -1) : t;
  }
  return `“${t.trim().replace(/[“„«]/g, '‘').replace(/[”»]/g, '’')}”`;
}
