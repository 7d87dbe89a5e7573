import type { Certainty, TextRange } from '../../model/span.ts';
import type { QuoteMention } from '../../model/analyzed-article.ts';
import { stripTitle } from './pick-speaker.ts';
import type { NameSpan, RawAttribution } from './types.ts';
import { guessGenders, pronounGender, surname, type Gender } from './guess-genders.ts';

interface Resolved {
  readonly speaker: string;
  readonly range: TextRange;
  readonly certainty: Certainty;
}

const THIRD_PERSON = /^(?:he|she|they)$/i;

/**
 * Turns raw attributions (in text order) into QuoteMentions: titles stripped, a bare surname resolved to the full
 * name seen earlier ("Ryabkov" → "Sergei Ryabkov"), he/she/they resolved to the last named speaker (inferred),
 * untagged follow-up quotes given the speaker of the quote before them.
 */
export function resolveSpeakers(text: string, raws: readonly RawAttribution[], names: readonly NameSpan[]): QuoteMention[] {
  const out: QuoteMention[] = [];
  const ctx: ResolveContext = {
    names,
    genders: guessGenders(
      text,
      [...names, ...speakerNames(raws)],
      new Set(raws.flatMap((r) => (r.speaker?.kind === 'pronoun' ? [r.speaker.start] : []))),
    ),
    people: new Set(names.filter((n) => n.type === 'person').map((n) => surname(n.name))),
  };
  const named: Resolved[] = [];
  let previous: Resolved | undefined;
  for (const raw of [...raws].sort((a, b) => a.start - b.start)) {
    const resolved = resolveOne(ctx, raw, named, previous);
    out.push(toMention(text, raw, resolved));
    if (resolved !== undefined) {
      previous = resolved;
      if (raw.speaker?.kind === 'name') named.push(resolved);
    }
  }
  return out;
}

interface ResolveContext {
  readonly names: readonly NameSpan[];
  readonly genders: ReadonlyMap<string, Gender>;
  /** Surnames of names typed as persons: "he"/"she" never stand for "Russia" or "the Pentagon". */
  readonly people: ReadonlySet<string>;
}

// "she" cannot be Sergei Ryabkov when the text calls him "he": skip antecedents of the other gender.
function compatible(ctx: ResolveContext, speaker: string, pronoun: string): boolean {
  const want = pronounGender(pronoun);
  // A person is a name typed so, or one a he/she refers back to; "Russia" is neither.
  if (want !== undefined && !ctx.people.has(surname(speaker)) && !ctx.genders.has(surname(speaker))) return false;
  const have = ctx.genders.get(surname(speaker));
  return want === undefined || have === undefined || want === have;
}

function resolveOne(
  ctx: ResolveContext,
  raw: RawAttribution,
  named: readonly Resolved[],
  previous: Resolved | undefined,
): Resolved | undefined {
  const { names } = ctx;
  const s = raw.speaker;
  if (s === undefined) {
    return previous && { ...previous, certainty: raw.speakerCertainty ?? 'inferred' };
  }
  const range = { start: s.start, end: s.end };
  if (s.kind === 'name') return { speaker: fullName(stripTitle(s.text), names, s.start), range, certainty: 'stated' };
  if (s.kind === 'pronoun' && THIRD_PERSON.test(s.text)) {
    const antecedent =
      named.findLast((r) => compatible(ctx, r.speaker, s.text)) ??
      lastPersonBefore(names, s.start, (n) => compatible(ctx, n, s.text));
    if (antecedent !== undefined) return { speaker: antecedent.speaker, range, certainty: 'inferred' };
  }
  return { speaker: s.text, range, certainty: 'stated' };
}

/** "Ryabkov" → "Sergei Ryabkov" when the longer name occurs before `at`; otherwise the name unchanged. */
function fullName(name: string, names: readonly NameSpan[], at: number): string {
  if (name.includes(' ')) return name;
  let best: string | undefined;
  for (const n of names) {
    if (n.start >= at) break;
    const full = stripTitle(n.name);
    if (full !== name && full.endsWith(' ' + name) && n.type === 'person') best ??= full;
  }
  return best ?? name;
}

function lastPersonBefore(names: readonly NameSpan[], at: number, ok: (name: string) => boolean): Resolved | undefined {
  let found: NameSpan | undefined;
  for (const n of names) {
    if (n.start >= at) break;
    if (n.type === 'person' && ok(n.name)) found = n;
  }
  return found && { speaker: fullName(stripTitle(found.name), names, found.start), range: { start: found.start, end: found.end }, certainty: 'inferred' };
}

// Speakers found as capitalized words the name finder left out ("Blinken" opening a sentence).
function speakerNames(raws: readonly RawAttribution[]): NameSpan[] {
  return raws.flatMap((r) =>
    r.speaker?.kind === 'name' ? [{ start: r.speaker.start, end: r.speaker.end, name: r.speaker.text, type: 'other' as const }] : [],
  );
}

function toMention(text: string, raw: RawAttribution, r: Resolved | undefined): QuoteMention {
  const base = { start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), direct: raw.direct, rule: raw.rule };
  if (r === undefined) return base;
  return { ...base, speaker: r.speaker, speakerRange: r.range, speakerCertainty: r.certainty };
}
