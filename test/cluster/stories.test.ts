import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clusterArticles } from '../../src/cluster/cluster-articles.ts';
import { createClusterer } from '../../src/cluster/clusterer.ts';
import { collapseCopies } from '../../src/cluster/collapse-copies.ts';
import { loadSeeds } from './helpers.ts';
import type { ClusterInput } from '../../src/cluster/types.ts';

const seeds = loadSeeds();

// A second, unrelated event in the stream (own text, news-like) so stories have something to be separated from.
const quake: ClusterInput[] = [
  {
    id: 'quake-a',
    published: '2022-01-10',
    title: 'Magnitude 6.1 earthquake strikes off Hokkaido',
    text: 'A magnitude 6.1 earthquake struck off the coast of Hokkaido on Monday, the Japan Meteorological Agency said. No tsunami warning was issued. Residents of Kushiro reported strong shaking for about 40 seconds. Hokkaido Electric Power said its Tomari plant was undamaged.',
  },
  {
    id: 'quake-b',
    published: '2022-01-10',
    title: 'Hokkaido quake shakes Kushiro, no tsunami',
    text: 'The Japan Meteorological Agency measured the Hokkaido earthquake at magnitude 6.1. Shaking in Kushiro lasted 40 seconds, local officials in Kushiro said. Hokkaido Electric Power reported the Tomari nuclear plant had no damage and no tsunami warning followed.',
  },
];

test('the five seed reports form one story with five independent sources and an explanation', () => {
  const result = clusterArticles(seeds);
  assert.equal(result.stories.length, 1);
  const story = result.stories[0]!;
  assert.equal(story.articleIds.length, 5);
  assert.equal(story.independentSources, 5);
  assert.match(story.why, /shared: .*(Ryabkov|Sherman|Geneva)/);
});

test('an unrelated event becomes its own story', () => {
  const result = clusterArticles([...seeds, ...quake]);
  const quakeStory = result.stories.find((s) => s.articleIds.includes('quake-a'));
  assert.ok(quakeStory);
  assert.deepEqual([...quakeStory.articleIds].sort(), ['quake-a', 'quake-b']);
  assert.equal(result.stories.length, 2);
});

test('near-duplicates collapse onto their origin: independentSources counts origins (rewrites: test/stages/find-rewrites.test.ts)', () => {
  const copy: ClusterInput = { ...seeds[1]!, id: 'copy-of-1', published: '2022-01-11' };
  const result = clusterArticles([...seeds, copy]);
  const story = result.stories.find((s) => s.articleIds.includes('copy-of-1'));
  assert.ok(story);
  assert.equal(story.articleIds.length, 6);
  assert.equal(story.independentSources, 5);
  assert.ok(!story.origins.includes('copy-of-1'));
  assert.ok(result.duplicates.some((d) => d.original === seeds[1]!.id && d.copy === 'copy-of-1' && d.similarity >= 0.95));
});

test('collapseCopies follows chains and ignores a link that would close a cycle', () => {
  assert.deepEqual(collapseCopies(['a', 'b', 'c'], [{ original: 'a', copy: 'b' }, { original: 'b', copy: 'c' }]), ['a']);
  assert.deepEqual(collapseCopies(['a', 'b'], [{ original: 'a', copy: 'b' }, { original: 'b', copy: 'a' }]), ['a']);
});

test('story ids are stable across runs and input orders', () => {
  const input = [...seeds, ...quake];
  const ids = (xs: readonly ClusterInput[]) => clusterArticles(xs).stories.map((s) => s.id).sort();
  assert.deepEqual(ids(input), ids(input));
  assert.deepEqual(ids(input), ids([...input].reverse()));
});

test('every assignment explains itself', () => {
  const clusterer = createClusterer();
  for (const a of [...seeds, ...quake]) {
    const assignment = clusterer.add(a);
    assert.ok(assignment.why.length > 0);
    if (!assignment.newStory) assert.match(assignment.why, /^shared: .+; similarity \d\.\d\d/);
    else assert.match(assignment.why, /^new story/);
  }
});

test('a repeated id is reported, not added twice', () => {
  const clusterer = createClusterer();
  clusterer.add(seeds[0]!);
  const again = clusterer.add(seeds[0]!);
  assert.equal(again.diagnostics[0]?.rule, 'cluster/repeated-id');
  assert.equal(clusterer.snapshot().stories.flatMap((s) => s.articleIds).length, 1);
});

test('bad options and bad input are TypeErrors; an empty article is a diagnostic', () => {
  assert.throws(() => createClusterer({ joinThreshold: 2 }), TypeError);
  assert.throws(() => clusterArticles('x' as unknown as ClusterInput[]), TypeError);
  const result = clusterArticles([{ id: 'empty', title: '', text: '' }]);
  assert.equal(result.stories.length, 1);
  assert.ok(result.diagnostics.some((d) => d.rule === 'cluster/empty-text'));
});

const WORDS = 'Geneva Ryabkov Sherman NATO troops border talks quake Hokkaido magnitude tsunami election Turkmen vote ballot'.split(' ');

test('partition invariant: every article lands in exactly one story', () => {
  const article = fc.record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 30 }),
    day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
  });
  fc.assert(
    fc.property(fc.array(article, { maxLength: 25 }), (specs) => {
      const articles: ClusterInput[] = specs.map((s, i) => ({
        id: `a${i}`,
        title: s.words.slice(0, 4).join(' '),
        text: s.words.join(' ') + '.',
        ...(s.day !== undefined ? { published: `2022-01-${String(s.day).padStart(2, '0')}` } : {}),
      }));
      const result = clusterArticles(articles);
      const placed = result.stories.flatMap((s) => s.articleIds).sort();
      assert.deepEqual(placed, articles.map((a) => a.id).sort());
      for (const s of result.stories) {
        assert.ok(s.origins.every((o) => s.articleIds.includes(o)));
        assert.equal(s.independentSources, s.origins.length);
        assert.ok(s.independentSources >= 1);
      }
    }),
    { numRuns: 60 },
  );
});

test('two levels: every story has a topic, topics partition the stories, related events share a topic', () => {
  // Two quakes in one region (same kind of event, different details) and the seed story.
  const quake2: ClusterInput[] = [
    {
      id: 'quake-c',
      published: '2022-01-10',
      title: 'Earthquake of magnitude 5.2 hits Hokkaido coast, no tsunami',
      text: 'A second earthquake, magnitude 5.2, struck near Hokkaido and shaking was felt in coastal towns. The Japan Meteorological Agency issued no tsunami warning. Officials reported no damage to power plants.',
    },
  ];
  const result = clusterArticles([...seeds, ...quake, ...quake2], { storyThreshold: 0.9, storyDatedThreshold: 0.9, topicThreshold: 0.1 });
  const topics = result.topics ?? [];
  const storyIds = result.stories.map((s) => s.id).sort();
  assert.deepEqual(topics.flatMap((t) => t.storyIds).sort(), storyIds);
  for (const s of result.stories) assert.ok(topics.some((t) => t.id === s.topicId && t.storyIds.includes(s.id)));
  const topicOf = (articleId: string) => result.stories.find((s) => s.articleIds.includes(articleId))?.topicId;
  assert.equal(topicOf('quake-a'), topicOf('quake-c'));
  assert.notEqual(topicOf('quake-a'), topicOf(seeds[0]!.id));
  for (const t of topics) assert.ok(t.why.length > 0);
  // The quake topic says what its stories share and what tells each apart (its own names and numbers).
  const quakeTopic = topics.find((t) => t.id === topicOf('quake-a'));
  assert.match(quakeTopic?.why ?? '', /^related stories \(3 events of one kind\): shared: .*; told apart by: s\w+: .*; s\w+: /);
  assert.match(quakeTopic?.why ?? '', /5\.2/);
  assert.match(result.stories.find((s) => s.articleIds.includes('quake-a'))?.why ?? '', /; published 2022-01-10$/);
});

test('a near-duplicate stays with its original whatever the story threshold', () => {
  const copy: ClusterInput = { ...seeds[1]!, id: 'copy-of-1', published: '2022-01-11' };
  for (const storyThreshold of [0.1, 0.25, 0.99]) {
    const result = clusterArticles([...seeds, ...quake, copy], { storyThreshold });
    const story = result.stories.find((s) => s.articleIds.includes('copy-of-1'));
    assert.ok(story?.articleIds.includes(seeds[1]!.id));
    assert.equal(result.stories.flatMap((s) => s.articleIds).length, 8);
  }
});
