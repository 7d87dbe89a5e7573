import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Story } from '../../src/model/story.ts';
import type { StoryBriefStory } from '../../src/model/story-brief.ts';

export type BuildBrief = (story: Story, options: { summaryBytes: number }) => StoryBriefStory;

/** The other checkout's buildBrief (A of an A/B), loaded from its source; `usage` is the bench's own command line. */
export async function otherBuildBrief(bench: string, other: string | undefined, usage: string): Promise<BuildBrief> {
  if (!other) throw new TypeError(`${bench}: give the other checkout: ${usage}`);
  const entry = join(resolve(other), 'src', 'pipeline', 'build-brief.ts');
  if (!existsSync(entry)) throw new TypeError(`${bench}: ${entry} not found (the other checkout's source)`);
  return ((await import(pathToFileURL(entry).href)) as { buildBrief: BuildBrief }).buildBrief;
}

/**
 * Runs `work` with A's and B's function (buildBrief, or any other stage) for `rounds` rounds in alternating order (so neither always runs after the
 * other's garbage) and prints each round's CPU time, the medians, the ratios and whether the two outputs are
 * byte-identical (JSON). The first call of each, for the hash, also warms its code.
 */
export function printAb<F>(what: string, other: string, rounds: number, work: (f: F) => unknown, a: F, b: F): void {
  const hash = (x: unknown) => createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 12);
  const [ha, hb] = [hash(work(a)), hash(work(b))];
  const cpuMs = (f: F): number => {
    const c0 = process.cpuUsage();
    work(f);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      ta.push(cpuMs(a));
      tb.push(cpuMs(b));
    } else {
      tb.push(cpuMs(b));
      ta.push(cpuMs(a));
    }
  }
  const median = (x: readonly number[]): number => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)] ?? 0;
  const total = (x: readonly number[]): number => x.reduce((p, q) => p + q, 0);
  const row = (x: readonly number[]): string => x.map((v) => v.toFixed(0)).join(' ');
  console.log(`${what}, CPU ms per round (A = ${other}, B = this checkout)`);
  console.log(`  A: ${row(ta)}  median ${median(ta).toFixed(0)}`);
  console.log(`  B: ${row(tb)}  median ${median(tb).toFixed(0)}`);
  // The fastest round of each is the one least disturbed by other work on a shared machine.
  console.log(`  B/A: medians ${(median(tb) / median(ta)).toFixed(3)}, totals ${(total(tb) / total(ta)).toFixed(3)}, fastest ${(Math.min(...tb) / Math.min(...ta)).toFixed(3)}`);
  console.log(`  output: ${ha === hb ? `identical (${ha})` : `DIFFERS (A ${ha}, B ${hb})`}`);
}
