/**
 * Passages one outlet took word for word from another. Two reporters who saw the same event independently do not
 * write the same long sentence; when they do, one copied the other (a wire story run as is, or an outlet quoting a
 * rival's report: "The Times reported: ..."). Such a claim has one origin however many outlets carry it.
 * A speaker's words are the exception: every outlet quotes them verbatim, so a passage that is mostly inside
 * quotation marks is never counted as a copy.
 */

export interface WordedMember {
  readonly docId: string;
  readonly text: string;
}

// Below this many words identical wording happens by chance ("Talks will resume on Wednesday."); above it, it doesn't.
const MIN_COPY_WORDS = 12;
// A passage more than this share of whose letters is inside quotation marks is someone's speech, not the writer's.
const MAX_QUOTED_SHARE = 0.5;

/**
 * How many independent origins stand behind a set of aligned passages: articles that are copies or rewrites of one
 * another count once (`originOf`), and so do articles whose passages are word-for-word the same long narrative text.
 * Also returns the groups of sources that carry the passage verbatim (two or more sources each), for display.
 */
export function independentOrigins(
  members: readonly WordedMember[],
  originOf: (docId: string) => string,
): { readonly count: number; readonly verbatim: readonly (readonly string[])[] } {
  // Union-find over origins: a verbatim pair joins its two origins.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while ((parent.get(r) ?? r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  for (const m of members) parent.set(originOf(m.docId), originOf(m.docId));
  const byWording = new Map<string, Set<string>>();
  for (const m of members) {
    const key = copyKey(m.text);
    if (key === undefined) continue;
    byWording.set(key, (byWording.get(key) ?? new Set()).add(m.docId));
  }
  const verbatim: string[][] = [];
  for (const docs of byWording.values()) {
    if (docs.size < 2) continue;
    const list = [...docs].sort();
    verbatim.push(list);
    const [first, ...rest] = list.map(originOf);
    for (const o of rest) if (first !== undefined) parent.set(find(o), find(first));
  }
  const roots = new Set([...parent.keys()].map(find));
  return { count: roots.size, verbatim };
}

/** The passage's words, case and punctuation aside, when it is long narrative text; undefined otherwise. */
function copyKey(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_COPY_WORDS) return undefined;
  if (quotedShare(text) > MAX_QUOTED_SHARE) return undefined;
  return words.join(' ');
}

function quotedShare(text: string): number {
  // A passage that opens inside a quote begun in an earlier sentence shows a closing mark first.
  const firstMark = /[“”]/.exec(text)?.[0];
  let inside = firstMark === '”';
  let quoted = 0;
  let letters = 0;
  // The letters between quotation marks, a stretch at a time (the marks are single UTF-16 units, so no cut splits a
  // letter); most passages have no mark and are one stretch.
  const marks = /[“”"]/g;
  let from = 0;
  for (let m = marks.exec(text); ; m = marks.exec(text)) {
    const n = letterCount(text.slice(from, m ? m.index : text.length));
    letters += n;
    if (inside) quoted += n;
    if (!m) break;
    const ch = m[0];
    inside = ch === '“' ? true : ch === '”' ? false : !inside;
    from = m.index + 1;
  }
  return letters === 0 ? 0 : quoted / letters;
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
