import type { StoryBrief, StoryBriefStory } from '../model/story-brief.ts';

/** The brief as Markdown for people: every line cites its sources as [article-id]. */
export function renderMarkdown(brief: StoryBrief): string {
  const titles = new Map(brief.articles.map((a) => [a.id, a.outlet ?? a.title]));
  const out: string[] = [];
  for (const story of brief.stories) out.push(...renderStory(story, titles), '');
  if (brief.diagnostics.length) {
    out.push('## Problems with the input', '');
    for (const d of brief.diagnostics) out.push(`- ${d.severity}: ${d.stage}: ${d.item}: ${d.reason}`);
    out.push('');
  }
  // A run that read no article (an empty directory, every file refused) ends at its problems, not an empty heading.
  if (brief.articles.length > 0) out.push('## Sources', '');
  for (const a of brief.articles) {
    const date = a.published ? ` (${a.published}${a.publishedInferred ? ', inferred' : ''})` : '';
    out.push(`- [${a.id}] ${a.outlet ? `${escapeMd(a.outlet)}: ` : ''}${escapeMd(a.title)}${date}${a.url ? ` <${a.url}>` : ''} — ${a.removed.length} boilerplate paragraphs removed`);
  }
  return out.join('\n') + '\n';
}

// "(word for word in [a][b])": outlets that carry the passage verbatim, which is why they count as one origin.
function verbatimNote(groups: readonly (readonly string[])[] | undefined): string {
  if (!groups || groups.length === 0) return '';
  return ` (word for word in ${groups.map((g) => g.map((id) => `[${id}]`).join('')).join(' and ')})`;
}

function renderStory(s: StoryBriefStory, titles: ReadonlyMap<string, string>): string[] {
  const cite = (ids: readonly string[]): string => ids.map((id) => `[${id}]`).join('');
  const out = [`# ${escapeMd(s.title)}`, '', `${s.articleIds.length} articles, ${s.independentSources} independent sources. Why one story: ${escapeMd(s.why)}`, ''];
  section(out, 'Summary', s.summary.map((x) => `${escapeMd(x.text)} ${cite(x.sources)}`), false);
  section(out, 'What sources agree on', s.claims.filter((c) => c.sources.length >= 2).map((c) => `${escapeMd(c.text)} — ${c.independentSources} independent${c.level === 'clause' ? ' (part of each sentence)' : ''}${verbatimNote(c.verbatimSources)} ${cite(c.sources)}`));
  section(out, 'Numbers sources agree on', s.agreed.map((a) => `${a.about}: ${a.value.toLocaleString('en-US')} (${a.texts.map((t) => `“${escapeMd(t)}”`).join(', ')}) ${cite(a.sources)}`));
  section(out, 'Where sources differ', s.discrepancies.map((d) => `${d.about}: ${d.values.map((v) => `${v.value.toLocaleString('en-US')} (“${escapeMd(v.text)}”) ${cite(v.sources)}`).join(' vs ')}`));
  section(out, 'Only one source reports', s.exclusives.slice(0, EXCLUSIVES_SHOWN).map((e) => `${escapeMd(e.text)} [${e.source}]`), true, s.exclusives.length - EXCLUSIVES_SHOWN);
  const directQuotes = s.quotes.filter((q) => q.direct);
  section(out, 'Who said what', directQuotes.slice(0, QUOTES_SHOWN).map((q) => {
    const variants = q.variants && q.wordingChanged ? ` — wording differs: ${q.variants.map((v) => `“${escapeMd(v.text)}” ${cite(v.sources)}`).join('; ')}` : '';
    const disagreement = q.speakerDisagreement ? ` — outlets differ on who said it: ${q.speakerDisagreement.map((d) => `${escapeMd(d.speaker)} ${cite(d.sources)}`).join(' vs ')}` : '';
    const who = q.speakerUndetermined ? `**speaker undetermined** (“${escapeMd(q.speaker)}”)` : `**${escapeMd(q.speaker)}**${q.speakerCertainty === 'inferred' ? ' (inferred)' : ''}`;
    return `${who}: “${escapeMd(q.text)}” ${cite(q.sources)}${variants}${disagreement}`;
  }), true, directQuotes.length - QUOTES_SHOWN);
  section(out, 'Timeline', s.timeline.map((t) => `${t.date}${t.upcoming ? ' (upcoming)' : ''}: ${escapeMd(t.text)} ${cite(t.sources)}`));
  section(out, 'People, organizations and places', s.entities.slice(0, ENTITIES_SHOWN).map((e) => `${escapeMd(e.name)} (${e.type}${e.aliases.length ? `; also ${e.aliases.map(escapeMd).join(', ')}` : ''}) ${cite(e.sources)}`), true, s.entities.length - ENTITIES_SHOWN);
  const copies = [...s.duplicates.map((d) => `[${d.copy}] duplicates [${d.original}] (similarity ${d.similarity.toFixed(2)})`), ...s.rewrites.map((r) => `[${r.copy}] rewrites [${r.original}] (score ${r.score.toFixed(2)})`)];
  section(out, 'Copies', copies);
  out.push(`Sources: ${s.articleIds.map((id) => `[${id}] ${escapeMd(titles.get(id) ?? '')}`).join('; ')}`);
  return out;
}

// Sections a reader skims are cut to their first items (the brief's order puts the best-supported first); the cut
// is said, with the count left out, so a reader does not take the list for all there is.
const EXCLUSIVES_SHOWN = 12;
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
