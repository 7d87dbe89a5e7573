// Extraction throughput and peak memory: Crosscheck vs Readability.js (+linkedom) on the 181 benchmark pages.
// Each extractor runs in its own child process so peak RSS is its own. Decompression and loading happen before timing.
// Usage: node --import tsx bench/extract.ts
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { crosscheckText, loadPages, readabilityText } from '../scripts/eval-extract.ts';

interface Measure {
  readonly name: string;
  readonly pages: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
}

// Two passes: the first warms the JIT (as a long-running batch would be), the second is timed.
const PASSES = 2;

function measureInProcess(name: 'crosscheck' | 'readability'): Measure {
  const pages = loadPages();
  const html = pages.map((p) => new TextDecoder('utf-8').decode(p.bytes));
  let seconds = 0;
  let cpuSeconds = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < pages.length; i++) {
      const page = pages[i]!;
      if (name === 'crosscheck') crosscheckText(page);
      else readabilityText(html[i]!, page.url);
    }
    seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    cpuSeconds = (cpu.user + cpu.system) / 1e6;
  }
  return { name, pages: pages.length, seconds, cpuSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function measureChild(name: string): Measure {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', name], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child ${name} failed: ${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Measure;
}

export async function run(): Promise<void> {
  const ours = measureChild('crosscheck');
  const theirs = measureChild('readability');
  const line = (m: Measure) =>
    `${m.name.padEnd(12)} ${(m.pages / m.seconds).toFixed(1).padStart(7)} pages/s wall  ` +
    `${(m.pages / m.cpuSeconds).toFixed(1).padStart(7)} pages/s cpu  peak RSS ${m.peakRssMb.toFixed(0)} MB`;
  console.log(`extract bench: ${ours.pages} pages, pass ${PASSES} of ${PASSES} timed, one process each`);
  console.log(line(ours));
  console.log(line(theirs));
  console.log(
    `ratio crosscheck/readability: speed ${(theirs.seconds / ours.seconds).toFixed(2)}x wall, ` +
      `${(theirs.cpuSeconds / ours.cpuSeconds).toFixed(2)}x cpu; peak RSS ${(ours.peakRssMb / theirs.peakRssMb).toFixed(2)}x`,
  );
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) {
  const name = process.argv[childIndex + 1] === 'readability' ? 'readability' : 'crosscheck';
  process.stdout.write(JSON.stringify(measureInProcess(name)) + '\n');
} else if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
}
