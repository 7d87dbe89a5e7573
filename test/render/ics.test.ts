import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { StoryBrief } from '../../src/model/story-brief.ts';
import { renderIcs } from '../../src/render/ics.ts';

const golden = JSON.parse(readFileSync(new URL('../golden/seeds-brief.json', import.meta.url), 'utf8')) as StoryBrief;
const NOW = new Date('2022-01-11T00:00:00Z');

/** The DESCRIPTION values, unfolded and unescaped enough to read the Sources line. */
function sourcesLines(ics: string): string[] {
  const unfolded = ics.replace(/\r\n /g, '');
  return unfolded.split('\r\n').filter((l) => l.startsWith('DESCRIPTION:')).map((l) => (l.split('\\nSources: ')[1] ?? '').replace(/\\,/g, ','));
}

test('ics: each upcoming event names its sources by outlet where the brief knows it, else by article id', () => {
  const plain = sourcesLines(renderIcs(golden, NOW));
  assert.ok(plain.length > 0, 'the seeds have upcoming events');
  const ids = golden.articles.map((a) => a.id);
  for (const line of plain) for (const name of line.split(', ')) assert.ok(ids.includes(name), `${name} is an article id`);
  const withOutlets = { ...golden, articles: golden.articles.map((a, i) => (i === 0 ? { ...a, outlet: 'The Guardian' } : a)) };
  const named = sourcesLines(renderIcs(withOutlets, NOW));
  const first = ids[0] ?? '';
  assert.ok(plain.some((l) => l.split(', ').includes(first)), 'the first article is a source of an upcoming event');
  for (const line of named) assert.ok(!line.split(', ').includes(first), 'cited by outlet, not id');
  assert.ok(named.some((l) => l.split(', ').includes('The Guardian')));
});

test('ics: two articles of one outlet are numbered, as the Markdown brief cites them, never both by the outlet alone', async () => {
  const { renderMarkdown } = await import('../../src/render/markdown.ts');
  // The Brussels meeting is an upcoming event the first four seeds state in their own words; give two of them one outlet.
  const same = { ...golden, articles: golden.articles.map((a, i) => (i < 2 ? { ...a, outlet: 'nyt' } : i === 2 ? { ...a, outlet: 'The Guardian' } : a)) };
  const lines = sourcesLines(renderIcs(same, NOW));
  const all = lines.find((l) => l.split(', ').length >= 4);
  assert.ok(all, 'an event with four or more sources');
  const names = all.split(', ');
  assert.ok(!names.includes('nyt'), names.join(', '));
  assert.ok(names.includes('nyt 1') && names.includes('nyt 2') && names.includes('The Guardian'), names.join(', '));
  // The same labels the Markdown brief's citations use.
  const md = renderMarkdown(same);
  for (const n of names) assert.ok(md.includes(`[${n}]`), `${n} cited in the Markdown too`);
});

test('ics: an event whose date was worked out says so in its description; a stated one does not', () => {
  const brief = JSON.parse(readFileSync(new URL('../golden/seeds-brief.json', import.meta.url), 'utf8')) as StoryBrief;
  const story = brief.stories[0];
  assert.ok(story);
  const upcoming = story.timeline.find((t) => t.upcoming && /^\d{4}-\d{2}-\d{2}$/.test(t.date));
  assert.ok(upcoming, 'the golden brief has an upcoming dated event');
  const render = (certainty: 'stated' | 'inferred') => renderIcs({ ...brief, stories: [{ ...story, timeline: [{ ...upcoming, certainty }] }] }).replace(/\r\n /g, '');
  assert.match(render('inferred'), /\\nDate inferred\\, not stated in the text/);
  assert.doesNotMatch(render('stated'), /Date inferred/);
});
