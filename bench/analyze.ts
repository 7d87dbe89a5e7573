import { pathToFileURL } from 'node:url';
import { loadNerModel } from '../src/nlp/ner/index.ts';
import { withDefaults } from '../src/pipeline/options.ts';
import { runPipeline } from '../src/pipeline/pipeline.ts';
import { ducArticles, withCopies } from './lib/duc.ts';

/**
 * End-to-end `analyze` throughput: DUC 2004's 500 articles, then the same with three copies each (2,000), through
 * every stage (extract, clean, sentences, entities, quotes, times, quantities, clustering, briefs). Peer in the same
 * run: compromise (a popular JS NLP library) reading the same texts for people, places and organizations only.
 */
export async function run(): Promise<void> {
  const t0 = performance.now();
  const ner = loadNerModel();
  const loadMs = performance.now() - t0;
  const base = ducArticles();
  console.log(`analyze bench (one core): NER model load ${loadMs.toFixed(0)} ms`);
  for (const copies of [0, 3]) {
    const raws = withCopies(base, copies);
    const start = performance.now();
    const result = runPipeline(raws, withDefaults({}), { ner });
    const ms = performance.now() - start;
    const rate = raws.length / (ms / 1000);
    console.log(`  ${raws.length} articles → ${result.brief.stories.length} stories in ${(ms / 1000).toFixed(1)} s: ${rate.toFixed(1)} articles/s, peak RSS ${peakMb()} MB`);
    if (copies === 0) await peer(raws.map((r) => r.text ?? ''), rate);
  }
}

async function peer(texts: readonly string[], ours: number): Promise<void> {
  let nlp: ((text: string) => { people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown } }) | undefined;
  try {
    nlp = (await import('compromise')).default as unknown as typeof nlp;
  } catch {
    console.log('  peer: compromise not installed; no ratio');
    return;
  }
  if (!nlp) return;
  const start = performance.now();
  for (const t of texts) {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const rate = texts.length / ((performance.now() - start) / 1000);
  console.log(`  peer compromise (entities only) on the same ${texts.length}: ${rate.toFixed(1)} articles/s; Crosscheck full pipeline / compromise entities = ${(ours / rate).toFixed(2)}×`);
}

function peakMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
