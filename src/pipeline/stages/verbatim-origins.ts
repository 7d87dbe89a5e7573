/**
 * Passages one outlet took word for word from another. Two reporters who saw the same event independently do not
 * write the same long sentence; when they do, one copied the other (a wire story run as is, or an outlet quoting a
 * rival's report: "The Times reported: ..."). Such a claim has one origin however many outlets carry it.
 * A speaker's words are the exception: every outlet quotes them verbatim, so a passage that every outlet carrying it
 * puts inside quotation marks is never counted as a copy. Where one of them runs it as its own narrative and no
 * carrier attributes it to a person, the others quoted that outlet ("But, the Times reported, \"an examination of his
 * remarks ...\""): one origin. A person's statement that one outlet runs without marks (a block quote) stays speech.
 */

export interface WordedMember {
  readonly docId: string;
  readonly text: string;
  /**
   * Share of the passage that its article's quote finder put inside a direct quotation. A clause cut out of a quoted
   * sentence carries no quotation marks of its own, so its text alone cannot tell that it is someone's speech.
   */
  readonly quotedShare?: number;
  /** Share of the passage inside a direct quotation its article attributes to a person (a speaker, not an outlet). */
  readonly spokenShare?: number;
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
  const byWording = new Map<string, { docs: Set<string>; narrative: boolean; spoken: boolean }>();
  for (const m of members) {
    const key = copyKey(m.text);
    if (key === undefined) continue;
    const quoted = Math.max(m.quotedShare ?? 0, quotedShare(m.text)) > MAX_QUOTED_SHARE;
    const spoken = (m.spokenShare ?? 0) > MAX_QUOTED_SHARE;
    const seen = byWording.get(key) ?? { docs: new Set<string>(), narrative: false, spoken: false };
    byWording.set(key, { docs: seen.docs.add(m.docId), narrative: seen.narrative || !quoted, spoken: seen.spoken || spoken });
  }
  const verbatim: string[][] = [];
  for (const { docs, narrative, spoken } of byWording.values()) {
    if (docs.size < 2 || !narrative || spoken) continue;
    const list = [...docs].sort();
    verbatim.push(list);
    const [first, ...rest] = list.map(originOf);
    for (const o of rest) if (first !== undefined) parent.set(find(o), find(first));
  }
  const roots = new Set([...parent.keys()].map(find));
  return { count: roots.size, verbatim };
}

/** The passage's words, case and punctuation aside, when it is long enough that identical wording is no chance. */
function copyKey(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length < MIN_COPY_WORDS ? undefined : words.join(' ');
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
