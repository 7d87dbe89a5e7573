/**
 * Lists the quotes crosscheck finds in articles, with the rule that found each and the rule that chose its speaker,
 * so a reader can check attributions by eye. Reads files the way `crosscheck analyze` does (samples/*.txt) or BASIL
 * article ids (`basil:<id>`).
 * Usage: node --import tsx scripts/dump-quotes.ts FILE|basil:ID ... [--pronouns]
 *   --pronouns  only quotes whose speaker phrase is he/she/they, with the text before the quote for checking.
 */
import { readFileSync } from 'node:fs';
import { parseInput } from '../src/io/load-inputs.ts';
import { analyzeExtracted } from '../src/pipeline/pipeline.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { DEFAULT_OPTIONS } from '../src/pipeline/options.ts';
import { loadResources } from '../src/pipeline/resources.ts';
import type { RawArticle } from '../src/model/raw-article.ts';
import { loadBasilArticle, toRawArticle } from './lib/basil.ts';

const args = process.argv.slice(2);
const pronounsOnly = args.includes('--pronouns');
const { resources } = loadResources();
for (const input of args.filter((a) => !a.startsWith('--'))) {
  const raws: readonly RawArticle[] = input.startsWith('basil:')
    ? [toRawArticle(loadBasilArticle(input.slice('basil:'.length)))]
    : parseInput(input, new Uint8Array(readFileSync(input))).articles;
  for (const raw of raws) {
    const a = analyzeExtracted(extractArticle(raw), new Map(), DEFAULT_OPTIONS, resources);
    console.log(`## ${raw.id}`);
    for (const q of a.quotes) {
      const phrase = q.speakerRange ? a.text.slice(q.speakerRange.start, q.speakerRange.end) : '';
      if (pronounsOnly && !/^(?:he|she|they)$/i.test(phrase)) continue;
      console.log(`${q.direct ? 'D' : 'I'} ${q.start}-${q.end} ${q.rule} | ${phrase} → ${q.speaker ?? '-'} (${q.speakerRule ?? '-'})`);
      console.log(`   «${q.text.slice(0, 140).replace(/\n/g, ' ')}»`);
      if (pronounsOnly) console.log(`   before: …${a.text.slice(Math.max(0, q.start - 500), q.start).replace(/\n\n/g, ' ¶ ')}`);
    }
  }
}
