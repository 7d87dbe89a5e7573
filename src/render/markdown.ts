import type { StoryBrief, StoryBriefStory } from '../model/story-brief.ts';
import { plural } from '../text/plural.ts';
import { quoted } from '../text/quoted.ts';
import { citationLabels, type ArticleInfo } from './citation-labels.ts';
import { claimsByOrigin } from './claims-by-origin.ts';
import { figure, figureLabel } from './figure.ts';
import { otherFigures } from './other-figures.ts';
import { named } from './named-referent.ts';

/**
 * The brief as Markdown for people: every line cites its sources, as [outlet] where the article's outlet is known and
 * no other article of the story has it, else as [article-id]; each story ends with the key from citation to article.
 */
export function renderMarkdown(brief: StoryBrief): string {
  const articles = new Map(brief.articles.map((a) => [a.id, a]));
  const out: string[] = [];
  for (const story of brief.stories) {
    out.push(...renderStory(story, articles, brief.articles.length));
    // A story ends at its last section's blank line when it has no key line: one blank line, not two.
    if (out.at(-1) !== '') out.push('');
  }
  if (brief.diagnostics.length) {
    out.push('## Problems with the input', '');
    for (const d of brief.diagnostics) out.push(`- ${d.severity}: ${d.stage}: ${d.item}: ${d.reason}`);
    out.push('');
  }
  // A run that read no article (an empty directory, every file refused) ends at its problems, not an empty heading.
  if (brief.articles.length > 0) out.push('## Sources', '');
  for (const a of brief.articles) {
    const date = a.published ? ` (${a.published}${a.publishedInferred ? ', inferred' : ''})` : '';
    out.push(`- [${a.id}] ${a.outlet ? `${escapeMd(a.outlet)}: ` : ''}${headline(a.title)}${date}${a.url ? ` <${a.url}>` : ''} — ${plural(a.removed.length, 'boilerplate paragraph')} removed`);
  }
  return out.join('\n') + '\n';
}

// "(word for word in [a][b])": outlets that carry the passage verbatim, which is why they count as one origin.
/** Sources that give a number of a summary sentence but do not state the sentence: named apart from its own. */
function figuresNote(figures: StoryBriefStory['summary'][number]['figures'], cite: (ids: readonly string[]) => string): string {
  if (!figures?.length) return '';
  return ` (${figures.map((f) => `${escapeMd(quoted(f.text))} also in ${cite(f.sources)}`).join('; ')})`;
}

function verbatimNote(groups: readonly (readonly string[])[] | undefined, cite: (ids: readonly string[]) => string): string {
  if (!groups || groups.length === 0) return '';
  return ` (word for word in ${groups.map((g) => cite(g)).join(' and ')})`;
}

function renderStory(s: StoryBriefStory, articles: ReadonlyMap<string, ArticleInfo>, briefArticles: number): string[] {
  const labels = citationLabels(s.articleIds, articles);
  // Ids are written as they were before outlets were used (underscores in file names stay readable); outlets escaped.
  const label = (id: string): string => {
    const l = labels.get(id) ?? id;
    return l === id ? id : escapeMd(l);
  };
  const cite = (ids: readonly string[]): string => ids.map((id) => `[${label(id)}]`).join('');
  // "6 articles, 5 independent sources" left a reader asking which one was not independent; the answer is the story's
  // last section, so the count points to it.
  const copyCount = new Set([...s.duplicates.map((d) => d.copy), ...s.rewrites.map((r) => r.copy)]).size;
  const copiesNote = copyCount === 0 ? '' : copyCount === 1 ? ' (1 article copies or rewrites another: see Copies)' : ` (${plural(copyCount, 'article')} copy or rewrite others: see Copies)`;
  const out = [`# ${headline(s.title)}`, '', `${plural(s.articleIds.length, 'article')}, ${plural(s.independentSources, 'independent source')}${copiesNote}. Why one story: ${escapeMd(s.why)}`, ''];
  section(out, 'Summary', s.summary.map((x) => `${escapeMd(named(x))} ${cite(x.sources)}${figuresNote(x.figures, cite)}`), false);
  const { agreed: agreedClaims, oneSource } = claimsByOrigin(s.claims.filter((c) => c.sources.length >= 2));
  section(out, 'What sources agree on', agreedClaims.map((c) => `${escapeMd(named(c))} — ${plural(c.independentSources, 'independent source')}${c.level === 'clause' ? ' (part of each sentence)' : ''}${verbatimNote(c.verbatimSources, cite)} ${cite(c.sources)}`));
  const othersSay = (a: StoryBriefStory['agreed'][number]): string => {
    const others = otherFigures(a, s.discrepancies);
    return others.length ? ` — not all sources: ${others.map((o) => `${cite(o.sources)} ${o.sources.length === 1 ? 'gives' : 'give'} ${figure(o.value, a.unit)}`).join(', ')} (see Where sources differ)` : '';
  };
  section(out, 'Numbers sources agree on', s.agreed.map((a) => `${labelled(a.about, a.unit)}${figure(a.value, a.unit)} (${a.texts.map((t) => escapeMd(quoted(t))).join(', ')}) ${cite(a.sources)}${othersSay(a)}`));
  section(out, 'Where sources differ', s.discrepancies.map((d) => `${figureLabel(d.about, d.values[0]?.unit ?? '') || 'money'}: ${d.values.map((v) => `${figure(v.value, v.unit)} (${escapeMd(quoted(v.text))}) ${cite(v.sources)}`).join(' vs ')}`));
  // What one source states, then what one source and its copies state (cited by every article that ran it).
  const oneSourceLines = [
    ...s.exclusives.map((e) => `${escapeMd(named(e))} ${cite([e.source])}`),
    ...oneSource.map((c) => `${escapeMd(named(c))} ${cite(c.sources)} (one source: ${c.verbatimSources?.length ? `word for word in ${c.verbatimSources.map((g) => cite(g)).join(' and ')}` : 'copies of each other'})`),
  ];
  section(out, 'Only one source reports', oneSourceLines.slice(0, EXCLUSIVES_SHOWN), true, oneSourceLines.length - EXCLUSIVES_SHOWN);
  // Quotes go through quoted() as in the web UI: an extracted quote may carry its own marks (““no progress” was made…”).
  const directQuotes = s.quotes.filter((q) => q.direct);
  section(out, 'Who said what', directQuotes.slice(0, QUOTES_SHOWN).map((q) => {
    // The quote shown is the first variant's wording: say who ran it, then only the other wordings (the first was
    // printed a second time before).
    const [shown, ...others] = q.variants ?? [];
    // Another part of the utterance that an outlet of the shown wording also ran is no change of words; a reporter's
    // paraphrase is said as one, without quotation marks of its own (they would make the reporter's words the speaker's).
    const changed = others.filter((v) => v.direct && !v.sources.some((x) => shown?.sources.includes(x)));
    const paraphrased = others.filter((v) => !v.direct);
    const variants =
      q.wordingChanged && shown && changed.length + paraphrased.length > 0
        ? ` — these words in ${cite(shown.sources)}${changed.length > 0 ? `; wording differs: ${changed.map((v) => `${escapeMd(quoted(v.text))} ${cite(v.sources)}`).join('; ')}` : ''}${paraphrased.length > 0 ? `; in other words: ${paraphrased.map((v) => `${escapeMd(v.text)} ${cite(v.sources)}`).join('; ')}` : ''}`
        : '';
    const disagreement = q.speakerDisagreement ? ` — outlets differ on who said it: ${q.speakerDisagreement.map((d) => `${escapeMd(d.speaker)} ${cite(d.sources)}`).join(' vs ')}` : '';
    // "(speaker inferred)", as the web UI says: "(inferred)" beside a quote could be read as the quote being inferred.
    const who = q.speakerUndetermined ? `**speaker undetermined** (“${escapeMd(q.speaker)}”)` : `**${escapeMd(q.speaker)}**${q.speakerCertainty === 'inferred' ? ' (speaker inferred)' : ''}`;
    return `${who}: ${escapeMd(quoted(q.text))} ${cite(q.sources)}${variants}${disagreement}`;
  }), true, directQuotes.length - QUOTES_SHOWN);
  // "(date inferred)" as the web UI says it: a date worked out from "on Monday" and the reports' dates is not one the
  // text states, and a reader checking the timeline needs to know which is which.
  section(out, 'Timeline', s.timeline.map((t) => `${t.date}${timelineNote(t.upcoming, t.certainty === 'inferred')}: ${escapeMd(named(t))} ${cite(t.sources)}`));
  section(out, 'People, organizations and places', s.entities.slice(0, ENTITIES_SHOWN).map((e) => `${escapeMd(e.name)} (${e.type}${e.aliases.length ? `; also ${e.aliases.map(escapeMd).join(', ')}` : ''}) ${cite(e.sources)}`), true, s.entities.length - ENTITIES_SHOWN);
  const copies = [...s.duplicates.map((d) => `${cite([d.copy])} duplicates ${cite([d.original])} (similarity ${d.similarity.toFixed(2)})`), ...s.rewrites.map((r) => `${cite([r.copy])} rewrites ${cite([r.original])} (score ${r.score.toFixed(2)})`)];
  section(out, 'Copies', copies);
  // The key: a citation by outlet also gives the article's id (the JSON brief and the Sources list use ids). When every
  // citation is an id and the story has every article of the brief, the key would name the same articles the same way
  // as the Sources list right below it: a reader saw the titles twice in a row.
  const keyAddsNothing = s.articleIds.every((id) => labels.get(id) === id) && s.articleIds.length === briefArticles;
  if (!keyAddsNothing) out.push(`Sources: ${s.articleIds.map((id) => `[${label(id)}] ${headline(articles.get(id)?.title ?? '')}${labels.get(id) !== id ? ` (${id})` : ''}`).join('; ')}`);
  return out;
}

// Sections a reader skims are cut to their first items (the brief's order puts the best-supported first); the cut
// is said, with the count left out, so a reader does not take the list for all there is.
const EXCLUSIVES_SHOWN = 12;

// "2022-01-12 (upcoming, date inferred)": one parenthesis, not two in a row.
function timelineNote(upcoming: boolean, inferred: boolean): string {
  const notes = [...(upcoming ? ['upcoming'] : []), ...(inferred ? ['date inferred'] : [])];
  return notes.length ? ` (${notes.join(', ')})` : '';
}
const QUOTES_SHOWN = 20;
const ENTITIES_SHOWN = 25;

function section(out: string[], title: string, lines: readonly string[], bullets = true, notShown = 0): void {
  if (lines.length === 0) return;
  out.push(`## ${title}`, '');
  for (const l of lines) out.push(bullets ? `- ${l}` : l);
  if (notShown > 0) out.push('', `… and ${notShown} more in the JSON brief (\`--format json\`, or the story's .json export).`);
  out.push('');
}

/** Article text is untrusted: neutralize Markdown/HTML so it renders as the words it is. */
export function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`).replace(/\n+/g, ' ');
}

// A page with no <title> or <h1> (a saved fragment, a frame) gave a story headed "# " and a blank in Sources.
const NO_HEADLINE = '(no headline)';

function headline(title: string): string {
  return title.trim() ? escapeMd(title) : NO_HEADLINE;
}

/** "troops: " before a figure; nothing where the figure names itself ("$716 billion"). */
function labelled(about: string, unit: string): string {
  const label = figureLabel(about, unit);
  return label ? `${label}: ` : '';
}
