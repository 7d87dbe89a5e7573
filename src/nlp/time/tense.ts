// The tense of the clause around a time expression, to decide whether "Wednesday" or "August" is the one before or
// after the reference date. A light cue-word reading: no parser, no tagger.
import type { TextRange } from '../../model/span.ts';
import type { Token } from '../../text/tokens.ts';
import { tokensIn, type ArticleTokens } from '../../text/article-tokens.ts';

/**
 * `future`: ahead of the reference ("will", "plans"). `prospective`: ahead of some past moment ("would",
 * "was scheduled", "by August"): in reported speech that moment may already be behind the reference, so a month
 * resolves to its nearer occurrence, while a weekday (within a week either way) still reads as the coming one.
 * `retrospective`: strictly behind the reference ("since January", "since being named Saturday"): unlike a past
 * clause, never a scheduled date reported in the past tense.
 */
export type Tense = 'past' | 'retrospective' | 'present' | 'future' | 'prospective' | 'unknown';

const FUTURE = new Set(
  ("will 'll shall won't wo gonna planning expects expect upcoming next intends " +
    'intend tomorrow prepares preparing await awaits deadline soon').split(' '),
);
// Future cues that are also common nouns: they count only followed by "to" ("plans to", "hopes to"). So does "going":
// "protesters … kept going until nearly 2 a.m. Friday" (Washington Post 2016-09-25, PolNeAR dev) is no "going to".
const FUTURE_IF_TO = new Set('plan plans schedule aims aim hopes hope going'.split(' '));
// "ahead of" / "in advance of" point to an event still to come from the clause's moment ("a letter released Tuesday
// in advance of Mr. Ryan's visit there on Thursday"); "went ahead" or "advance" alone do not.
const PROSPECTIVE_IF_OF = new Set(['ahead', 'advance']);
// "until a special election in June": "until" before an event's noun phrase points to that event, ahead of the
// clause's moment (a bare "until June" ends a span, which may be behind).
// "begin"/"resume" are as often infinitives under a past verb ("were scheduled to begin in September").
// Present-tense verbs of a thing's start or end ("a conversation that ... ends sometime in December", "the offer expires
// in June") are told of a scheduled or imagined course of events, like "begins": ahead of the clause's moment.
const PROSPECTIVE = new Set(
  ('would planned scheduled expected due set slated poised intended originally begin begins resume resumes ends starts ' +
    'opens expires closes').split(' '),
);
// Verbs that move something to a later time point ahead whatever their own tense: "deferred the debate to a
// meeting on Wednesday", "postponed the vote until Friday".
const DEFERRAL = new Set(
  ('defer defers deferred deferring postpone postpones postponed postponing delay delays delayed adjourn adjourned ' +
    'reschedule rescheduled').split(' '),
);
const PAST = new Set(
  ('was were had did ago last yesterday told met held went came made took gave left began spoke wrote found saw got ' +
    'won lost sent fell rose struck ran paid sold brought thought felt kept led became grew knew flew drew threw ' +
    'bought caught taught fought sought built spent lent meant heard stood understood laid fled fed shot swore tore ' +
    'chose froze stole woke broke rode drove arose forgave ate lay sang rang sank drank swam shook forgot stuck hung ' +
    'swung dug slept swept wept dealt knelt ground withdrew overthrew bore sprang earlier previously').split(' '),
);
// Modals whose event is not behind the clause's moment: "a candidate who can win in November", "Let's defeat her in
// November". "could" and "would" are left out ("could not attend in December" is past ability; "would" is in
// PROSPECTIVE), and "may" counts only in lower case (the month is "May").
const MODAL = new Set(['can', 'may', 'might', 'must', 'should', "let's", 'lets']);
// "is", "are" and "does not translate into a victory in November": present auxiliaries before the expression.
const PRESENT_DO = new Set(['does', 'do']);
// After a linking verb an "-ed" word is an adjective ("will stay closed until Friday", "remain closed"), no verb of
// its own: the linking verb or its auxiliary carries the tense.
const LINKING = new Set('stay stays staying remain remains remaining seem seems become becomes get gets'.split(' '));
// Present auxiliaries that make a prospective word ("scheduled", "due", "set") plainly future.
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re"]);
// Present-tense cues: a weekday in a present-tense clause ("talks are on Wednesday", "now shift to Brussels on
// Wednesday") is an upcoming one.
const PRESENT = new Set('is are am now'.split(' '));
// Attribution verbs ("..., officials said.") tell when something was said, which is the clause's tense only when
// they stand right by the time expression ("said Wednesday", "told CNN on Thursday").
const REPORTING = new Set('said says told added announced stated reported confirmed'.split(' '));
// Within this many tokens a reporting verb is the time's own verb ("told CNN on Thursday" is three tokens away).
const REPORTING_REACH = 3;
// A reporting verb before the expression with only its object between ("told Fox News on Tuesday", "said late on
// Monday") dates the saying, even past REPORTING_REACH: a name object is often two or three tokens long.
const REPORTING_OBJECT_REACH = 5;
// "began in January", "met on Monday": the verb and its preposition.
const EVENT_VERB_REACH = 2;
// A cue this close (verb, object, preposition) governs the preposition phrase holding the time expression.
const GOVERNING_REACH = 4;
// About 30 words each side: a long news sentence; beyond that a cue belongs to another clause.
const WINDOW_CHARS = 200;
// "-ed" words that are not past-tense verbs.
const NOT_PAST_ED = new Set('need speed seed feed bed red hundred based proceed exceed succeed indeed shed'.split(' '));

const DETERMINERS = new Set('a an the his her its their our my your these those'.split(' '));
// After these a past participle is passive or progressive ("will be held"), carrying no tense of its own.
const PASSIVE_AUX = new Set(['be', 'been', 'being', 'to', 'is', 'are', 'am', 'was', 'were']);

function cue(
  token: Token,
  previous: Token | undefined,
  next: Token | undefined,
): { readonly tense: Tense; readonly reporting: boolean; readonly monthOnly?: boolean } | undefined {
  const w = token.text.toLowerCase().replace(/’/g, "'");
  // "plan", "hope", "aim" are as often nouns ("the Ryan budget plan on March 29"): a cue only as a verb, before "to".
  // The noun "plans for" a thing points to it, ahead of the clause's moment ("prompted calls to boycott the chain,
  // along with plans for a same-sex kiss-in at the restaurants on Friday", NYT 2012-08-01: the coming Friday).
  if ((w === 'plans' || w === 'plan') && (next?.text ?? '').toLowerCase() === 'for') return { tense: 'prospective', reporting: false };
  if (FUTURE_IF_TO.has(w)) return (next?.text ?? '').toLowerCase() === 'to' ? { tense: 'future', reporting: false } : undefined;
  if (FUTURE.has(w)) return { tense: 'future', reporting: false };
  if ((w === 'until' || w === 'till') && /^(?:a|an|the|next)$/i.test(next?.text ?? '')) return { tense: 'prospective', reporting: false };
  if (PROSPECTIVE_IF_OF.has(w)) return (next?.text ?? '').toLowerCase() === 'of' ? { tense: 'prospective', reporting: false } : undefined;
  // "an interview, to be shown on Tuesday": a passive infinitive of something still to happen from the clause's
  // moment ("had to be in court on Monday" is no such thing: no participle follows).
  if (w === 'be' && (previous?.text ?? '').toLowerCase() === 'to') {
    const n = (next?.text ?? '').toLowerCase();
    return /^[a-z]+(?:ed|en|wn)$/.test(n) || PAST.has(n) ? { tense: 'prospective', reporting: false } : undefined;
  }
  if (PROSPECTIVE.has(w)) {
    const before = (previous?.text ?? '').toLowerCase().replace(/’/g, "'");
    // "to begin" leaves the tense to the governing verb; "is scheduled", "are due" are plainly ahead of now.
    if (before === 'to') return undefined;
    // "canceled a scheduled television interview Monday night": after a determiner the word is an adjective, and the
    // thing was planned at some moment the clause's own verb places.
    if (DETERMINERS.has(before)) return undefined;
    return { tense: PRESENT_AUX.has(before) ? 'future' : 'prospective', reporting: false };
  }
  // A passive deferral dates the postponing itself ("was postponed on Tuesday") unless it names the new time
  // ("has been postponed until Saturday"); the active verb always points ahead.
  if (DEFERRAL.has(w)) {
    const passive = PASSIVE_AUX.has((previous?.text ?? '').toLowerCase());
    const target = /^(?:until|till|to)$/i.test(next?.text ?? '');
    return passive && !target ? undefined : { tense: 'future', reporting: false };
  }
  if (PRESENT.has(w)) return { tense: 'present', reporting: false };
  if (PRESENT_DO.has(w)) return { tense: 'present', reporting: false, monthOnly: true };
  if (MODAL.has(w) && (w !== 'may' || token.text === 'may')) return { tense: 'prospective', reporting: false, monthOnly: true };
  const before = (previous?.text ?? '').toLowerCase();
  if (PASSIVE_AUX.has(before) || LINKING.has(before)) return undefined;
  // "followed by", "hosted by": a participle phrase, not the clause's verb.
  if ((next?.text ?? '').toLowerCase() === 'by' && (w.endsWith('ed') || PAST.has(w))) return undefined;
  if (REPORTING.has(w)) return { tense: w === 'says' ? 'unknown' : 'past', reporting: true };
  if (PAST.has(w)) return { tense: 'past', reporting: false };
  // After a determiner an "-ed" word is an adjective ("a registered nurse", "the proposed rule"), not a verb.
  if (DETERMINERS.has((previous?.text ?? '').toLowerCase())) return undefined;
  if (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w)) return { tense: 'past', reporting: false };
  return undefined;
}

/**
 * Tense of the sentence `sentence` as it bears on `range`: the nearest cue word wins; distant reporting verbs only
 * count when nothing else does.
 */
// "said on "Fox News Sunday."": a weekday closing a quoted run of capitalized words names a programme, and what was
// said or told on it was said the day it last aired, whatever the quoted words say of the future ("will appear on
// "Fox News Sunday"" keeps its own tense).
const QUOTED_NAME_BEFORE = /\b(?:said|says|told|speaking|spoke|interview|appearance|appeared|appearing)\b[^.!?"“”]{0,30}["“](?:\p{Lu}[\p{L}.'’]*\s+)+$/u;
const QUOTED_NAME_AFTER = /^[,.]?["”]/;

export function clauseTense(
  text: string,
  sentence: TextRange,
  range: TextRange,
  options: { readonly month?: boolean; readonly tokens?: ArticleTokens | undefined } = {},
): Tense {
  if (QUOTED_NAME_BEFORE.test(text.slice(Math.max(0, range.start - 80), range.start)) && QUOTED_NAME_AFTER.test(text.slice(range.end, range.end + 2))) {
    return 'past';
  }
  // Cues further than a long clause away say nothing about this expression; the cap also keeps run-on "sentences"
  // (lists, tables) from making the tagger quadratic.
  const start = Math.max(sentence.start, range.start - WINDOW_CHARS);
  const end = Math.min(sentence.end, range.end + WINDOW_CHARS);
  const tokens = tokensIn(options.tokens, text, start, end);
  let best: { tense: Tense; distance: number; before: boolean; reporting: boolean } | undefined;
  let fallback: Tense = 'unknown';
  let before = 0;
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).end <= range.start) before++;
  // "told Fox News on Tuesday he would win": the weekday is when it was told, whatever the reported clause after it
  // says; a past reporting frame right before the expression wins over every cue after it.
  const frame = reportingFrame(tokens, before);
  if (frame !== undefined) return frame;
  const when = whenClause(tokens, range);
  if (when !== undefined) return when;
  const opening = frontedTense(text, sentence, range, tokens);
  if (opening !== undefined) return opening;
  const clauseEnd = nextClauseBreak(tokens, before);
  const quoted = quotedOutside(text, { start, end }, range);
  tokens.forEach((t, i) => {
    if (t.start >= range.start && t.end <= range.end) return;
    // "“The principles they lay out won’t satisfy everybody,” Bloomberg said at a forum on Friday": words quoted
    // from a speaker have the speaker's tenses, not the narrator's.
    if (quoted(t.start)) return;
    // "claimed he would help in November by soldiering on, but admitted that ...": a verb after ", but" heads another
    // clause and says nothing of when the expression's own clause is.
    if (i >= clauseEnd) return;
    const c = cue(t, tokens[i - 1], tokens[i + 1]);
    if (!c || c.tense === 'unknown') return;
    // A present verb after the expression usually belongs to a following clause ("the announcement Wednesday that
    // it is withdrawing"); only one before it ("now shift to Brussels on Wednesday") speaks for the expression.
    if (c.tense === 'present' && i >= before) return;
    // So does a modal ("Monday's debate might not move mountains" is about the debate gone by). Modals and "do" speak
    // only for a month: a weekday is within a week either way, and news tells the one gone by ("He should also get a
    // boost from the win Tuesday"; tried on PolNeAR train/dev: 11 weekdays moved, 9 wrongly).
    if (c.monthOnly === true && (i >= before || !options.month)) return;
    // A cue after the expression is one token further than it looks: the words after a time phrase more often start
    // the next clause ("Cabinet, due to meet Tuesday, was balking") than the ones before it.
    const distance = i < before ? before - i : i - before + 1;
    if (c.reporting && distance > REPORTING_REACH) {
      if (fallback === 'unknown') fallback = c.tense;
      return;
    }
    if (!best || distance < best.distance) best = { tense: c.tense, distance, before: i < before, reporting: c.reporting };
  });
  // The preposition right before the expression speaks for it unless a verb governs the phrase from close by:
  // "for Saturday's match", "by Friday" look ahead; "following Friday's bombing", "since Monday" look back; but
  // "claimed responsibility for Friday's bombing" and "had left by Wednesday" keep their verb's tense.
  const previous = tokens[before - 1]?.text.toLowerCase() ?? '';
  const governed = best !== undefined && best.distance < GOVERNING_REACH;
  if (!governed && previous === 'for') return 'future';
  // "by Friday" is a deadline seen from some moment, which in a past narrative ("by August, the army ...") is behind.
  // "By Saturday, the president clarified ...": a fronted "by" phrase set off by a comma before a past main clause
  // is the narrative's own past moment.
  const fronted = text.slice(range.end, range.end + 2).startsWith(',') && best?.tense === 'past' && !best.before && !best.reporting;
  if (previous === 'by' && fronted) return 'past';
  if (!governed && previous === 'by') return 'prospective';
  // "since" and "following" look back even under a forward verb ("delayed action following Friday's bombing").
  if (previous === 'since' || sinceClause(tokens, before)) return 'retrospective';
  if (previous === 'following' || (!governed && previous === 'after')) return 'past';
  // A past verb of the event itself right before the expression ("sales began in January", "met on Monday") dates a
  // thing that happened: strictly behind, unlike a reporting verb whose complement may be scheduled ("said the
  // assembly opens Nov. 25").
  if (best?.tense === 'past' && best.before && !best.reporting && best.distance <= EVENT_VERB_REACH) return 'retrospective';
  return best?.tense ?? fallback;
}

/**
 * True when some word of the sentence (around `range`, WINDOW_CHARS each side) is a past cue, in any of its clauses:
 * a month named in a sentence with no past verb at all ("The election in November matters") is not one gone by.
 */
export function sentenceHasPast(text: string, sentence: TextRange, range: TextRange, articleTokens?: ArticleTokens): boolean {
  const start = Math.max(sentence.start, range.start - WINDOW_CHARS);
  const end = Math.min(sentence.end, range.end + WINDOW_CHARS);
  const tokens = tokensIn(articleTokens, text, start, end);
  return tokens.some((t, i) => !(t.start >= range.start && t.end <= range.end) && cue(t, tokens[i - 1], tokens[i + 1])?.tense === 'past');
}

// A "when" clause's subject ("Mr. Boehner", "the House speaker") stands between "when" and its verb.
const WHEN_REACH = 5;

/**
 * "a step forward from Friday, when Mr. Boehner told reporters ...": a "when" clause right after the expression says
 * what happened at that time, so its verb's tense is the expression's.
 */
function whenClause(tokens: readonly Token[], range: TextRange): Tense | undefined {
  const after = tokens.findIndex((t) => t.start >= range.end);
  if (after < 0 || tokens[after]?.text !== ',' || (tokens[after + 1]?.text ?? '').toLowerCase() !== 'when') return undefined;
  for (let i = after + 2; i < tokens.length && i <= after + 1 + WHEN_REACH; i++) {
    const t = tokens[i];
    if (!t) return undefined;
    const c = cue(t, tokens[i - 1], tokens[i + 1]);
    if (c && c.tense !== 'unknown') return c.tense === 'past' ? 'retrospective' : c.tense;
  }
  return undefined;
}

// What may stand before an expression that opens its sentence: "On Thursday,", "But late Friday,".
const OPENING = /^[\s"“‘']*(?:(?:on|by|in|at|late|early|and|but|then|also)\s+)*$/i;
// "But late on Friday," and the like: longer openings hold more than a preposition.
const OPENING_CHARS = 30;
// The main clause's subject ("he", "the Justice Department", "Mr. Obama's aides") stands before its verb; with its
// prepositional phrases it runs to a dozen words ("a woman in the audience at a Clinton campaign event in New
// Hampshire"), and a comma ends the search before a cue of another clause is read.
const OPENING_REACH = 14;

/**
 * "On Thursday, he told reporters ...": an expression opening its sentence, set off by a comma, is the time of the
 * main clause, so the main clause's first verb gives its tense (a reporting verb too: it is the clause's own verb).
 */
function frontedTense(text: string, sentence: TextRange, range: TextRange, tokens: readonly Token[]): Tense | undefined {
  // The opening words are few; the bound also keeps a run-on "sentence" from being sliced once per expression.
  if (range.start - sentence.start > OPENING_CHARS || !OPENING.test(text.slice(sentence.start, range.start))) return undefined;
  const after = tokens.findIndex((t) => t.start >= range.end);
  if (after < 0 || tokens[after]?.text !== ',') return undefined;
  for (let i = after + 1; i < tokens.length && i <= after + OPENING_REACH; i++) {
    const t = tokens[i];
    if (!t || t.text === ',') return undefined;
    const c = cue(t, tokens[i - 1], tokens[i + 1]);
    if (!c || c.tense === 'unknown') continue;
    if (c.tense !== 'past') return c.tense;
    // "In December, a woman in the audience asked her …": the main clause happened at the fronted time, so it is
    // behind the reference (a past clause about a month just ahead is otherwise read as a scheduled one), unless the
    // past verb only frames a plan ("In December, the band was scheduled to play").
    const next = tokens[i + 1];
    const plan = PLAN_AUX.has(t.text.toLowerCase()) && next ? cue(next, t, tokens[i + 2]) : undefined;
    return plan?.tense === 'prospective' || plan?.tense === 'future' ? plan.tense : 'retrospective';
  }
  return undefined;
}

// "was scheduled", "were expected to": a plan word right after a past "be" (not "said it would": the saying happened).
const PLAN_AUX = new Set(['was', 'were']);

/**
 * A test for offsets inside a quotation of the window (the sentence around the expression, at most WINDOW_CHARS each
 * side) that does not hold the expression (curly quotes pair “ with ”, straight ones alternate). An expression inside
 * a quotation keeps every cue.
 */
function quotedOutside(text: string, window: TextRange, range: TextRange): (at: number) => boolean {
  const spans: TextRange[] = [];
  let open: number | undefined;
  for (let i = window.start; i < window.end; i++) {
    // Two apostrophes are a straight double mark, as The New York Times' texts of PolNeAR write quotations ("RT is
    // ''providing a perspective you won't get …''": its "won't" made "in July" next July).
    const pair = text[i] === "'" && text[i + 1] === "'";
    const ch = pair ? '"' : text[i];
    const end = pair ? i + 2 : i + 1;
    if (ch === '“' || (ch === '"' && open === undefined)) open = i;
    else if ((ch === '”' || ch === '"') && open !== undefined) {
      spans.push({ start: open, end });
      open = undefined;
    }
    if (pair) i++;
  }
  if (spans.some((q) => q.start <= range.start && range.end <= q.end)) return () => false;
  return (at) => spans.some((q) => q.start < at && at < q.end);
}

// Conjunctions that, after a comma, open a clause of its own.
// Relative words after a comma open one too ("on Monday, where she is campaigning ahead of Thursday's debate").
const CLAUSE_CONJUNCTIONS = new Set('but and yet while although though whereas where who which'.split(' '));

/** Index of the first token that starts another clause after token `from`: "; " or ", but" and the like. */
function nextClauseBreak(tokens: readonly Token[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) {
    const w = tokens[i]?.text ?? '';
    if (w === ';') return i;
    if (w === ',' && CLAUSE_CONJUNCTIONS.has((tokens[i + 1]?.text ?? '').toLowerCase())) return i;
  }
  return tokens.length;
}

// Words the object of a reporting verb is made of besides names ("told reporters late on Tuesday", "said in an
// interview on Monday"): an audience or a setting, never the subject of a reported clause ("said talks on Tuesday").
const AUDIENCE = new Set(
  'on late early the a an in reporters journalists him her them us me news conference interview radio television'.split(' '),
);

/**
 * The tense of a reporting verb standing right before the expression (token index `before`) with nothing but its
 * object between: no other cue, no punctuation, no "that" (which opens the reported clause).
 */
function reportingFrame(tokens: readonly Token[], before: number): Tense | undefined {
  for (let i = before - 1; i >= 0 && before - i <= REPORTING_OBJECT_REACH; i--) {
    const t = tokens[i];
    if (!t) return undefined;
    const c = cue(t, tokens[i - 1], tokens[i + 1]);
    if (c) return c.reporting && c.tense === 'past' ? 'past' : undefined;
    if (!/^\p{Lu}/u.test(t.text) && !AUDIENCE.has(t.text.toLowerCase())) return undefined;
  }
  return undefined;
}

/**
 * "since being named Saturday", "since arriving on Monday": "since" heading a participle phrase that holds the
 * expression looks back like a bare "since Monday" does; only participles and "on" may stand between, so "since the talks will end Friday" (a reason clause with its own verb) is not taken.
 */
function sinceClause(tokens: readonly Token[], before: number): boolean {
  for (let i = before - 1; i >= 0 && before - i <= 4; i--) {
    const w = (tokens[i]?.text ?? '').toLowerCase();
    if (w === 'since') return i < before - 1;
    if (!(/^[a-z]+(?:ing|ed|en)$/.test(w) || PAST.has(w) || w === 'on')) return false;
  }
  return false;
}
