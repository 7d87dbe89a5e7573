import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { StoryBrief } from '../../src/model/story-brief.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { quoted } from '../../src/text/quoted.ts';

// The reviewed golden brief of the seeds is a real StoryBrief: render it rather than a hand-made one.
const golden = JSON.parse(readFileSync(new URL('../golden/seeds-brief.json', import.meta.url), 'utf8')) as StoryBrief;

test('markdown: the seeds brief shows agreement, the duration discrepancy and exclusives', () => {
  const md = renderMarkdown(golden);
  assert.match(md, /^# /);
  assert.match(md, /## What sources agree on/);
  assert.match(md, /## Where sources differ\n\n- hour of talks: 8 .* vs 5\.5/);
  assert.match(md, /## Only one source reports/);
});

test('markdown: a clause-level claim says it is part of each sentence; a sentence-level one does not', () => {
  const story = golden.stories[0];
  assert.ok(story);
  const clause = story.claims.find((c) => c.level === 'clause');
  const sentence = story.claims.find((c) => c.level === 'sentence');
  assert.ok(clause && sentence, 'the golden brief has both levels');
  const md = renderMarkdown({ ...golden, stories: [{ ...story, claims: [clause, sentence] }] });
  const lines = md.split('\n').filter((l) => l.includes('independent') && l.startsWith('- '));
  assert.equal(lines.length, 2);
  // "— 3 independent sources (…)": the count says what it counts (it read "— 3 independent").
  assert.match(lines[0] ?? '', / — \d+ independent sources? \(part of each sentence\)/);
  assert.match(lines[1] ?? '', / — \d+ independent sources? \[/);
  assert.doesNotMatch(lines[1] ?? '', /part of each sentence/);
});

test('markdown: every claim stated by two or more sources is listed (a document has no "show all" button)', () => {
  const story = golden.stories[0];
  assert.ok(story);
  const md = renderMarkdown(golden);
  const section = md.split('## What sources agree on')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((l) => l.startsWith('- '));
  assert.ok(story.claims.length > 12, 'more claims than the old cut of 12');
  assert.equal(rows.length, story.claims.filter((c) => c.sources.length >= 2).length);
});

test('markdown: sections cut for reading say how many items are left out; the grouping reason is labelled', () => {
  const md = renderMarkdown(golden);
  const story = golden.stories[0];
  assert.ok(story);
  assert.ok(story.exclusives.length > 12, 'the golden story has more exclusives than the cut');
  assert.ok(md.includes(`… and ${story.exclusives.length - 12} more in the JSON brief`), 'the exclusives cut is said');
  assert.ok(md.includes(`Why one story: ${story.why.split(';')[0]}`), 'the why line says what it is');
  const shortStory = { ...story, exclusives: story.exclusives.slice(0, 3), quotes: [], entities: story.entities.slice(0, 2) };
  assert.doesNotMatch(renderMarkdown({ ...golden, stories: [shortStory] }), /more in the JSON brief/);
});

test('markdown: a run that read no article ends at its problems, without an empty Sources heading', () => {
  const md = renderMarkdown({ articles: [], stories: [], diagnostics: [{ stage: 'load', item: 'in/', reason: 'no articles', severity: 'error' }] } as unknown as StoryBrief);
  assert.match(md, /## Problems with the input\n\n- error: load: in\/: no articles/);
  assert.doesNotMatch(md, /## Sources/);
});

test('markdown: an article is cited by its outlet, numbered when the story has several of one outlet, else by its id; the key gives both', () => {
  const outlets = ['The Guardian', 'AP', 'AP', 'Wire <b>x</b>'];
  const articles = golden.articles.map((a, i) => (outlets[i] ? { ...a, outlet: outlets[i] } : a));
  const md = renderMarkdown({ ...golden, articles });
  const [a0, a1, a2, a3, a4] = golden.articles.map((a) => a.id);
  assert.ok(a0 && a1 && a2 && a3 && a4);
  assert.ok(md.includes('[The Guardian]'), 'a unique outlet is the citation');
  assert.doesNotMatch(md, /\[AP\]/, 'two articles of one outlet are not cited alike');
  assert.ok(md.includes('[AP 1]') && md.includes('[AP 2]'), 'two articles of one outlet are numbered in the story');
  assert.ok(md.includes(`[${a4}]`), 'an article with no outlet keeps its id');
  const body = md.slice(0, md.indexOf('## Sources'));
  assert.doesNotMatch(body, new RegExp(`\\[(${a1}|${a2})\\]`), 'numbered articles are not cited by id (the Sources list names every id)');
  assert.ok(md.includes('[Wire \\<b\\>x\\</b\\>]'), 'an outlet is untrusted text: escaped');
  assert.doesNotMatch(md, new RegExp(`\\[${a0}\\](?! The Guardian)`), 'no citation by the id of an article cited by outlet');
  const key = md.split('\n').find((l) => l.startsWith('Sources: ')) ?? '';
  assert.ok(key.includes(`[The Guardian] ${golden.articles[0]?.title ?? ''} (${a0})`), key);
});

test('markdown: a quote with changed wording says who ran the words shown and lists only the other wordings', () => {
  const md = renderMarkdown(golden);
  const changed = golden.stories.flatMap((s) => s.quotes).filter((q) => q.wordingChanged && (q.variants?.length ?? 0) > 1);
  let checked = 0;
  for (const q of changed) {
    // Quotes past the first 20 are left to the JSON brief.
    // Lines of "Who said what" (a claim inside a quotation is printed "Speaker: “…”" too).
    const line = md.split('\n').find((l) => l.startsWith('- **') && l.includes(`: ${quoted(q.text)}`));
    if (!line) continue;
    checked++;
    const [, rest = ''] = line.split(' — these words in ');
    // The shown wording was printed a second time as the first "variant".
    assert.ok(!(rest.split('wording differs: ')[1] ?? '').startsWith(`${quoted(q.text)} [`), line);
    assert.match(line, / — these words in \[/);
    const shown = q.variants?.[0];
    for (const v of q.variants?.slice(1) ?? []) {
      // A paraphrase is said as one, in the reporter's words; another part of the utterance run by an outlet of the
      // shown wording is no changed wording.
      if (!v.direct) assert.ok(rest.split('; in other words: ')[1]?.includes(v.text.slice(0, 40)), v.text);
      else if (!v.sources.some((x) => shown?.sources.includes(x))) assert.ok(rest.includes(quoted(v.text).slice(1, 41)), v.text);
    }
  }
  assert.ok(checked >= 3, `quotes shown with changed wording: ${checked}`);
});

test('markdown: a story cited by ids that holds every article of the brief does not list its sources twice', () => {
  const md = renderMarkdown(golden);
  const [first] = golden.articles;
  assert.ok(first && golden.stories.length === 1);
  // Each title once, in the Sources list; before, a "Sources: [id] title; …" key repeated them just above it.
  assert.equal(md.split(first.title).length - 1, 1 + (golden.stories[0]?.title === first.title ? 1 : 0), md.slice(-1500));
  assert.doesNotMatch(md, /^Sources: /m);
  assert.match(md, /## Sources/);
  // Cited by outlet, the key still maps each outlet to its article.
  const articles = golden.articles.map((a, i) => (i === 0 ? { ...a, outlet: 'The Guardian' } : a));
  assert.match(renderMarkdown({ ...golden, articles }), /^Sources: \[The Guardian\]/m);
});

test('markdown: the Sources list counts removed paragraphs in English ("1 boilerplate paragraph")', () => {
  const [a] = golden.articles;
  assert.ok(a);
  const one = { ...a, removed: a.removed.slice(0, 1) };
  assert.equal(one.removed.length, 1);
  const md = renderMarkdown({ ...golden, articles: [one, ...golden.articles.slice(1)] });
  assert.ok(md.includes('— 1 boilerplate paragraph removed'), md.slice(-800));
});

test('markdown: a quote that carries its own marks is marked once, inner quotes single, as the web UI shows it', () => {
  const story = golden.stories[0];
  assert.ok(story);
  const quote = { ...story.quotes.find((q) => q.direct)!, text: '“no progress” was made, although he insisted: “We have no intention to invade Ukraine.”', variants: undefined, wordingChanged: false };
  const md = renderMarkdown({ ...golden, stories: [{ ...story, quotes: [quote] }] });
  // Before: ““no progress” was made, … Ukraine.”” (the quote's own marks inside a second pair).
  assert.ok(md.includes(': “‘no progress’ was made, although he insisted: ‘We have no intention to invade Ukraine.’” ['), md.split('## Who said what')[1]?.slice(0, 300));
  assert.doesNotMatch(md, /““|””/);
});

test('markdown: a timeline date worked out rather than stated says "(date inferred)", as the web UI does; a stated one does not', () => {
  const story = golden.stories[0];
  assert.ok(story);
  const inferred = story.timeline.find((t) => t.certainty === 'inferred');
  const stated = story.timeline.find((t) => t.certainty === 'stated');
  assert.ok(inferred && stated, 'the golden timeline has both');
  const md = renderMarkdown({ ...golden, stories: [{ ...story, timeline: [stated, inferred] }] });
  const rows = (md.split('## Timeline')[1] ?? '').split('\n').filter((l) => l.startsWith('- '));
  assert.doesNotMatch(rows[0] ?? '', /date inferred/);
  assert.ok(rows[1]?.startsWith(`- ${inferred.date} (${inferred.upcoming ? 'upcoming, ' : ''}date inferred): `), rows[1]);
  const upcoming = story.timeline.find((t) => t.certainty === 'inferred' && t.upcoming);
  if (upcoming) assert.ok(renderMarkdown({ ...golden, stories: [{ ...story, timeline: [upcoming] }] }).includes(`- ${upcoming.date} (upcoming, date inferred): `));
});

test('markdown: a speaker worked out from context is marked "(speaker inferred)", as in the web UI, not a bare "(inferred)"', () => {
  const story = golden.stories[0];
  assert.ok(story);
  const q = story.quotes.find((x) => x.direct && x.speakerCertainty === 'inferred' && !x.speakerUndetermined);
  assert.ok(q, 'the golden brief has a quote with an inferred speaker');
  const md = renderMarkdown({ ...golden, stories: [{ ...story, quotes: [q] }] });
  assert.ok(md.includes(`- **${q.speaker}** (speaker inferred): `), md.split('## Who said what')[1]?.slice(0, 200));
  assert.doesNotMatch(md, /\*\* \(inferred\)/);
});

test('markdown: a summary sentence names apart the outlets that give only one of its numbers', () => {
  // The seeds' sentence with its figures as the brief gives it with a longer budget (the 665-byte summary is the
  // confirmed sentences, none of which has a figure).
  const story = golden.stories[0]!;
  const ids = story.articleIds;
  const at = (id: string | undefined, start: number): { articleId: string; start: number; end: number } => ({ articleId: id ?? '', start, end: start + 27 });
  const sentence = {
    text: 'The two sides largely spent the eight hours of talks presenting their points of view on the situation in Ukraine, currently hemmed in by some 100,000 Russian troops.',
    sources: [ids[2] ?? ''],
    spans: [{ articleId: ids[2] ?? '', start: 0, end: 160 }],
    figures: [{ text: 'some 100,000 Russian troops', sources: [ids[0] ?? '', ids[1] ?? ''], spans: [at(ids[0], 100), at(ids[1], 200)] }],
  };
  const md = renderMarkdown({ ...golden, stories: [{ ...story, summary: [...story.summary, sentence] }] });
  const summary = md.split('## Summary')[1]?.split('\n## ')[0] ?? '';
  // "… hemmed in by some 100,000 Russian troops … [3] (“some 100,000 Russian troops” also in [1][2][4][5]; …)".
  assert.match(summary, /\] \(“[^”]*100,000[^”]*” also in \[/);
});
