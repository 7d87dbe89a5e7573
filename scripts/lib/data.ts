import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared/data beside the repo (override with CROSSCHECK_DATA). Evaluation data is read from there, never copied. */
export function dataDir(...parts: string[]): string {
  const base = process.env['CROSSCHECK_DATA'] ?? join(REPO_ROOT, '..', 'shared', 'data');
  const path = join(base, ...parts);
  if (!existsSync(path)) throw new Error(`data: ${path} not found (set CROSSCHECK_DATA to the shared/data folder)`);
  return path;
}

/** Prints the metrics object as the last line, the contract of every `npm run eval:*`. */
export function printMetrics(metrics: Record<string, number | string | boolean>): void {
  process.stdout.write(JSON.stringify(metrics) + '\n');
}
