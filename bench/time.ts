// Throughput of findTimes against chrono-node on the same sentences (TempEval-3 platinum text, split into sentences).
// Usage: node --import tsx bench/time.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { findTimes } from '../src/nlp/time/index.ts';
import { parseTimeMl } from '../src/nlp/time/timeml.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { dataDir } from '../scripts/lib/data.ts';

// Long enough that timer resolution and JIT warm-up are noise, short enough for a shared 2-core machine.
const MIN_MILLISECONDS = 1500;

function sentences(): { text: string; date: string }[] {
  const dir = dataDir('tempeval3', 'te3-platinum');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .flatMap((f) => {
      const doc = parseTimeMl(readFileSync(join(dir, f), 'utf8'));
      return splitSentences(doc.text).map((r) => ({ text: doc.text.slice(r.start, r.end), date: doc.dct }));
    });
}

// Rates are per CPU second of this process, not wall time: the machine is shared, and wall time mostly measures
// the neighbours.
function rate(items: readonly { text: string; date: string }[], run: (s: { text: string; date: string }) => unknown): number {
  for (const s of items) run(s); // warm-up
  let n = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < MIN_MILLISECONDS) {
    for (const s of items) run(s);
    n += items.length;
  }
  const used = process.cpuUsage(cpu);
  return n / ((used.user + used.system) / 1e6);
}

export async function run(): Promise<{ sentencesPerSecond: number; chronoSentencesPerSecond: number; ratio: number }> {
  const items = sentences();
  const ours = rate(items, (s) => findTimes(s.text, { date: s.date }));
  const peer = rate(items, (s) => chrono.parse(s.text, new Date(`${s.date}T12:00:00`)));
  const result = { sentencesPerSecond: Math.round(ours), chronoSentencesPerSecond: Math.round(peer), ratio: Math.round((ours / peer) * 100) / 100 };
  console.log(`time: ${items.length} sentences; findTimes ${result.sentencesPerSecond}/cpu-s, chrono-node ${result.chronoSentencesPerSecond}/cpu-s, ratio ${result.ratio}x`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await run();
  process.stdout.write(JSON.stringify(r) + '\n');
}
