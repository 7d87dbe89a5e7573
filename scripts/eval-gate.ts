import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT, dataDir, printMetrics } from './lib/data.ts';
import { pinFloor } from './lib/pin-floor.ts';

/**
 * The evaluation gate: runs every capability's `npm run eval:<name>`, reads the metrics JSON on its last line, and
 * fails when a pinned metric falls below its floor in bench/baseline.json (by more than EPSILON). The evaluation data
 * is hashed so a changed corpus is noticed rather than silently compared against old floors.
 *
 *   npm run eval                      check all capabilities
 *   npm run eval -- extract ner       check some
 *   npm run eval -- --raise           raise floors to what was measured (never lowers)
 *   npm run eval -- --lower "reason"  allow lowering, recording the reason in the baseline
 */

// Scores move in the third decimal between machines only through float summation order; more is a real change.
const EPSILON = 0.002;
const BASELINE = join(REPO_ROOT, 'bench', 'baseline.json');

interface Capability {
  readonly script: string;
  readonly data: readonly string[];
  readonly dataHash?: string;
  readonly floors: Record<string, number>;
  readonly history?: readonly string[];
}

type Baseline = Record<string, Capability>;

const args = process.argv.slice(2);
const raise = args.includes('--raise');
const lowerAt = args.indexOf('--lower');
const lowerReason = lowerAt >= 0 ? args[lowerAt + 1] : undefined;
if (lowerAt >= 0 && !lowerReason) {
  console.error('eval: --lower needs a reason in quotes');
  process.exit(2);
}
const names = args.filter((a, i) => !a.startsWith('--') && !(lowerAt >= 0 && i === lowerAt + 1));

const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;
const selected = names.length ? names : Object.keys(baseline);
const failures: string[] = [];
const summary: Record<string, number> = {};

for (const name of selected) {
  const cap = baseline[name];
  if (!cap) {
    failures.push(`${name}: not in bench/baseline.json`);
    continue;
  }
  const hash = hashData(cap.data); // an empty list (data inside the repo) hashes to a constant
  if (cap.dataHash && cap.dataHash !== hash && !raise && !lowerReason) {
    failures.push(`${name}: evaluation data changed (hash ${hash.slice(0, 12)} ≠ pinned ${cap.dataHash.slice(0, 12)}); re-measure and pin with --raise or --lower "reason"`);
    continue;
  }
  console.log(`\n== ${name}: npm run ${cap.script}`);
  const run = spawnSync('npm', ['run', '--silent', cap.script], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(run.stdout ?? '');
  const metrics = lastJson(run.stdout ?? '');
  if (run.status !== 0 || !metrics) {
    failures.push(`${name}: ${cap.script} ${run.status !== 0 ? `exited ${run.status}` : 'printed no metrics JSON on its last line'}`);
    continue;
  }
  const updated: Record<string, number> = { ...cap.floors };
  for (const [key, floor] of Object.entries(cap.floors)) {
    const value = metrics[key];
    if (typeof value !== 'number') {
      failures.push(`${name}: metric ${key} missing from ${cap.script}`);
      continue;
    }
    summary[`${name}.${key}`] = value;
    const status = value + EPSILON < floor ? 'BELOW FLOOR' : 'ok';
    console.log(`   ${key}: ${value.toFixed(4)} (floor ${floor.toFixed(4)}) ${status}`);
    if (status !== 'ok' && !lowerReason) failures.push(`${name}: ${key} ${value.toFixed(4)} < floor ${floor.toFixed(4)}`);
    const pinned = pinFloor(value, floor, lowerReason ? 'lower' : raise ? 'raise' : undefined);
    if (pinned !== undefined) updated[key] = pinned;
  }
  if (raise || lowerReason) {
    const history = [...(cap.history ?? [])];
    if (lowerReason && Object.entries(updated).some(([k, v]) => v < (cap.floors[k] ?? 0))) history.push(`${new Date().toISOString().slice(0, 10)} lowered: ${lowerReason}`);
    baseline[name] = { ...cap, dataHash: hash, floors: updated, ...(history.length ? { history } : {}) };
  }
}

if (raise || lowerReason) writeFileSync(BASELINE, JSON.stringify(baseline, null, 2) + '\n');
for (const f of failures) console.error(`eval: FAIL ${f}`);
printMetrics({ ...summary, failures: failures.length });
process.exit(failures.length ? 1 : 0);

function lastJson(out: string): Record<string, unknown> | undefined {
  const line = out.trim().split('\n').at(-1) ?? '';
  try {
    const v = JSON.parse(line) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function hashData(paths: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of paths) for (const file of listFiles(dataDir(p))) h.update(file.slice(file.indexOf('data/'))).update(readFileSync(file));
  return h.digest('hex');
}

function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((n) => listFiles(join(path, n)));
}

