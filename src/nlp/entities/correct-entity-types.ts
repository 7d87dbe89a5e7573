import type { EntityType } from '../../model/analyzed-article.ts';
import type { TextRange } from '../../model/span.ts';

/** What the correction needs of a tagged span. */
export interface TypedSpan extends TextRange {
  readonly type: EntityType;
  readonly text: string;
  readonly rule: string;
}

// Head nouns of places built by people: a "person" ending in one is a landmark ("Capitol Hill", "Rose Garden").
const LANDMARK_HEADS = new Set(
  'hill garden gardens street avenue square park building center centre mall plaza bridge tower memorial cemetery airport station hall'.split(' '),
);
// Month names and their abbreviations: a date fragment, never an organization ("Feb", "Sept.").
const MONTHS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(' '),
);
// Generic heads of organization names: alone, capitalized, they are a fragment of a longer name ("State of the
// Union", "the Union") the tagger cut off, not a name of their own.
const FRAGMENT_HEADS = new Set('union committee department agency council commission association institute bureau office'.split(' '));
// "D-N.Y.", "R-Ariz.", "I-Vt.": a party and state after a lawmaker's name, an affiliation rather than an entity.
const PARTY_STATE = /^[DRI]-?\s?[A-Z][A-Za-z.]{0,6}\.?$/;
// "Democrat of California", "a Republican from Ohio": a party member is an affiliation, never a person's name.
const PARTY_MEMBER = new Set(['democrat', 'democrats', 'republican', 'republicans', 'independent', 'independents', 'tory', 'tories', 'socialist', 'socialists', 'conservative', 'conservatives', 'liberal', 'liberals']);
// "D.C.", "N.Y.", "Calif.": a state or district abbreviation is a place.
const STATE_ABBREVIATION = /^(?:[A-Z]\.){2}$|^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$/;
// After "on"/"via" a one-word "person" is a medium ("posted on Twitter", "via Facebook"), unless the word is also the
// last name of a person named in full in the article ("took on Ryan" after "Paul Ryan").
const MEDIUM_BEFORE = /\b(?:on|via)\s+$/i;
// After "in"/"near"/"of" a one-word "person" is a place ("protests in Ferguson", "the people of Ferguson"), under the
// same full-name exception ("the death of Brown" after "Michael Brown").
const PLACE_BEFORE = /\b(?:in|near|outside|across|of)\s+$/i;
// "St. Louis", "Ft. Worth", "Mt. Vernon": the tagger, cutting at the period, leaves "St" and "Louis" apart.
const SAINT = /^(?:St|Ste|Ft|Mt)\.?$/;
const SAINT_BEFORE = /\b(?:St|Ste|Ft|Mt)\.\s$/;

/** True for "Mo.", "Calif.", "D.C.": a name whose final period is part of it. */
export function isStateAbbreviation(name: string): boolean {
  return STATE_ABBREVIATION.test(name);
}

/**
 * Entity types a reader would not laugh at, fixed after the tagger from the name's own shape and the words before it:
 * landmarks are places, a party member ("Democrat") is an affiliation, a one-word "person" after "on"/"via" is a medium (an organization), party-state tags, month
 * names and bare generic heads are dropped, state abbreviations are places. Returns the spans to keep, each with
 * `+retyped`/`+dropped` provenance where it changed. Pure.
 */
export function correctEntityTypes<T extends TypedSpan>(text: string, tagged: readonly T[]): T[] {
  const out: T[] = [];
  const spans = joinSaints(text, tagged);
  const surnames = new Set(spans.filter((s) => s.type === 'person' && /\s/.test(s.text.trim())).map((s) => s.text.trim().split(/\s+/).at(-1)));
  for (const span of spans) {
    const name = span.text.trim();
    const words = name.split(/\s+/);
    const lower = name.toLowerCase().replace(/\.$/, '');
    if (PARTY_STATE.test(name) || MONTHS.has(lower)) continue;
    if (span.type === 'organization' && words.length === 1 && FRAGMENT_HEADS.has(lower)) continue;
    if (span.type === 'person' && words.length === 1 && PARTY_MEMBER.has(lower)) {
      out.push({ ...span, type: 'other', rule: `${span.rule}+retyped-affiliation` });
      continue;
    }
    // "Ferguson, Mo.": the tagger leaves the period out of the state.
    if (!name.endsWith('.') && text[span.end] === '.' && STATE_ABBREVIATION.test(`${name}.`)) {
      out.push({ ...span, end: span.end + 1, text: `${name}.`, type: 'place', rule: `${span.rule}+state` });
      continue;
    }
    if (STATE_ABBREVIATION.test(name) && span.type !== 'place') {
      out.push({ ...span, type: 'place', rule: `${span.rule}+retyped-state` });
      continue;
    }
    if (span.type === 'person' && words.length >= 2 && LANDMARK_HEADS.has((words.at(-1) ?? '').toLowerCase())) {
      out.push({ ...span, type: 'place', rule: `${span.rule}+retyped-landmark` });
      continue;
    }
    if (span.type === 'person' && words.length === 1 && !surnames.has(name) && MEDIUM_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start))) {
      out.push({ ...span, type: 'organization', rule: `${span.rule}+retyped-medium` });
      continue;
    }
    if (span.type === 'person' && words.length === 1 && !surnames.has(name) && PLACE_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start))) {
      out.push({ ...span, type: 'place', rule: `${span.rule}+retyped-place` });
      continue;
    }
    out.push(span);
  }
  return out;
}

/**
 * "St" + "Louis Community College" → "St. Louis Community College"; "Louis" after an untagged "St. " → "St. Louis".
 * A joined name a tagger called a person is a place ("St. Louis", "St. Louis County"); other types are kept.
 */
function joinSaints<T extends TypedSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span === undefined) continue;
    const next = spans[i + 1];
    const saint = SAINT.test(span.text.trim()) && next !== undefined && /^\.?\s$/.test(text.slice(span.end, next.start)) ? span : undefined;
    const base = saint !== undefined && next !== undefined ? next : span;
    const start = saint?.start ?? (SAINT_BEFORE.test(text.slice(Math.max(0, span.start - 5), span.start)) ? text.lastIndexOf('S', span.start) : span.start);
    const from = start >= 0 && start < base.start && /^(?:St|Ste|Ft|Mt)\./.test(text.slice(start, base.start)) ? start : base.start;
    if (from === base.start) {
      if (!(SAINT.test(span.text.trim()) && saint === undefined)) out.push(span);
      continue;
    }
    const joined = text.slice(from, base.end);
    out.push({ ...base, start: from, text: joined, type: base.type === 'person' ? 'place' : base.type, rule: `${base.rule}+joined-saint` });
    if (saint !== undefined) i++;
  }
  return out;
}
