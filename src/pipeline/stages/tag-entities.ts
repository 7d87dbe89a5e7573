import type { AnalyzedArticle, EntityMention } from '../../model/analyzed-article.ts';
import { articleTokens, tokensIn, type ArticleTokens } from '../../text/article-tokens.ts';
import { isSpaceCode } from '../../text/whitespace.ts';
import { TITLE_WORDS, isRoleWord, stripHonorific, titleBefore } from '../../nlp/entities/titles.ts';
import { tagEntities as tagWithModel, NER_RULE, type EntitySpan, type NerModel } from '../../nlp/ner/index.ts';
import { correctEntityTypes, isStateAbbreviation } from '../../nlp/entities/correct-entity-types.ts';
import { isListedFirstName } from '../../nlp/ner/first-names.ts';
import { nameSeatsOfGovernment } from '../../nlp/entities/name-seats-of-government.ts';

/**
 * Stage: named entities from the trained tagger, with titles and honorifics split from the names and types a reader
 * would accept (landmarks are places, "on Twitter" is a medium, "D-N.Y." and "Feb" are no entities, "the Kremlin said"
 * is an institution).
 */
export function tagEntities(
  article: AnalyzedArticle,
  model: NerModel | undefined,
  tokens: ArticleTokens = articleTokens(article.text, article.sentences),
): AnalyzedArticle {
  // Captions repeat the body's people and add photographers and agencies ("Getty Images"): body and headings only.
  const tagged = article.sentences.filter((s) => s.kind !== 'caption');
  if (!model || tagged.length === 0) return article;
  const sentences = tagged.map((s) => tokensIn(tokens, article.text, s.start, s.end));
  const spans = tagWithModel(model, sentences);
  // Names and surnames the tagger saw as people in this article.
  const people = new Set(spans.filter((s) => s.type === 'person').flatMap((s) => [s.text, lastWord(s.text)]));
  const isFirstName = (word: string) => isListedFirstName(model, word);
  const corrected = correctEntityTypes(article.text, spans.map((span) => retype(span, people)), { isFirstName });
  const entities = nameSeatsOfGovernment(article.text, corrected).flatMap((span) => toMention(article.text, span));
  return { ...article, entities: withoutHeadlineCaseGuesses(article, entities) };
}

// A heading with at least this share of its words capitalized is in headline case (short function words such as
// "to", "of" are lower-case in most styles, so a headline rarely reaches 100 %).
const HEADLINE_CASE_SHARE = 0.7;

/**
 * In a headline-case heading every word is capitalized, so the tagger's strongest cue for a name is gone: "Governor
 * Appoints Ex-Aide to Fill Kerry’s Seat" (NYT, basil-dev) gave a person "Appoints Ex-Aide" titled governor, and "the
 * governor replied" went to him. A name found there stands only when the article writes it again outside its
 * headings ("Kerry" does; "Appoints Ex-Aide" does not).
 */
function withoutHeadlineCaseGuesses(article: AnalyzedArticle, entities: readonly EntityMention[]): EntityMention[] {
  const headlines = article.sentences.filter((s) => s.kind === 'heading' && headlineCase(article.text.slice(s.start, s.end)));
  if (headlines.length === 0) return [...entities];
  const inHeadline = (e: EntityMention) => headlines.some((s) => s.start <= e.start && e.end <= s.end);
  const elsewhere = article.sentences
    .filter((s) => s.kind !== 'heading')
    .map((s) => article.text.slice(s.start, s.end))
    .join('\n');
  return entities.filter((e) => !inHeadline(e) || elsewhere.includes(e.name));
}

function headlineCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // Two words or fewer say nothing about the style ("Site Mobile Navigation" is three).
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= HEADLINE_CASE_SHARE * words.length;
}

/**
 * "Secretary of State Wendy Sherman" is sometimes tagged as one organization: when a non-person span is title words
 * followed by a name whose full form or surname is tagged as a person elsewhere in the article, it is that person.
 */
function retype(span: EntitySpan, people: ReadonlySet<string>): EntitySpan {
  if (span.type === 'person') return span;
  // Only a span that opens with a title word can be one (few do): the others are not split into words.
  const space = span.text.search(/\s/);
  const opening = space < 0 ? '' : span.text.slice(0, space);
  if (space < 0 || (!TITLE_WORDS.has(opening.toLowerCase()) && opening !== 'of')) return span;
  const words = span.text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    // The words before `rest` must all be title words: once one is not, no later cut can qualify.
    const w = words[i - 1] ?? '';
    if (!TITLE_WORDS.has(w.toLowerCase()) && w !== 'of') break;
    const rest = words.slice(i).join(' ');
    if (people.has(rest) || people.has(words.at(-1) ?? '')) {
      const offset = span.text.lastIndexOf(rest);
      return { ...span, type: 'person', start: span.start + offset, text: rest, rule: `${span.rule}+retyped-title` };
    }
  }
  return span;
}

/** `text.split(/\s+/).at(-1)` without the pieces: what follows the last white space (the whole text without any). */
function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}

function dropLeadingTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has((words[i] ?? '').toLowerCase().replace(/\.$/, ''))) i++;
  return i === 0 ? name : name.slice(name.indexOf(words[i] ?? '', name.indexOf(words[i - 1] ?? '') + (words[i - 1]?.length ?? 0)));
}

// Not "I" (Elizabeth I, World War I), "He" (He Lifeng: a Chinese surname) nor "Us" (the magazine).
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['We', 'You', 'She', 'They', 'Him', 'Them']);

function toMention(text: string, span: EntitySpan): EntityMention[] {
  const raw = text.slice(span.start, span.end);
  // Possessives and a sentence-final period belong to the sentence, not the name ("Russia’s", "NATO.").
  const possessiveless = raw.replace(/[’']s$/u, '');
  // "Mo." and "Calif." keep their period: without it they read as a word ("Mo").
  const trimmed = (isStateAbbreviation(possessiveless) ? possessiveless : possessiveless.replace(/(?<!\.\p{L})\.$/u, '')).replace(/[,;:]+$/u, '');
  const { name: bare, honorific } = stripHonorific(trimmed);
  // The tagger sometimes takes the title into a person's span ("U.S President Joe Biden").
  const name = span.type === 'person' ? dropLeadingTitles(bare) : bare;
  // A span that is only a role ("Mr", "President") names nobody; "NATO" or "US" alone are names.
  const words = name.split(/\s+/);
  if (!name || words.every(isRoleWord)) return [];
  // "In God We Trust" gave a place "God We Trust": a personal pronoun is part of a quoted phrase or a title, never of
  // a person's or a place's name (organizations keep it: "We Energies").
  if (span.type !== 'organization' && words.some((w) => PERSONAL_PRONOUNS.has(w))) return [];
  const titled = span.type === 'person' ? titleBefore(text, span.start) : { titleStart: span.start };
  const title = [titled.title, honorific].filter(Boolean).join(' ') || undefined;
  const nameStart = span.start + raw.indexOf(name);
  return [{
    start: nameStart,
    end: nameStart + name.length,
    type: span.type,
    name,
    ...(title ? { title } : {}),
    rule: span.rule || NER_RULE,
  }];
}
