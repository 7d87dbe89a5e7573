// Where tests find evaluation data: ../shared beside the repo (CROSSCHECK_DATA overrides the data folder), as CI has
// it. A fresh clone has nothing beside it: tests then fall back to the bundled samples/ or skip with a reason that
// node:test records and scripts/run-tests.mjs counts and prints.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/data.ts';

const SHARED = join(REPO_ROOT, '..', 'shared');
const DATA = process.env['CROSSCHECK_DATA'] ?? join(SHARED, 'data');

/** The five seed reports: ../shared/seeds when present, else samples/ (the same five files, bundled). */
export const SEEDS_DIR = existsSync(join(SHARED, 'seeds')) ? join(SHARED, 'seeds') : join(REPO_ROOT, 'samples');

/**
 * For node:test's `{ skip }`: false when every named path under the data folder exists, else the reason
 * ("../shared/data not found", or the missing file), so the runner can count and print it.
 */
export function needsData(...paths: readonly (readonly string[])[]): string | false {
  if (!existsSync(DATA)) return `${shown(DATA)} not found`;
  const missing = paths.map((p) => join(DATA, ...p)).find((p) => !existsSync(p));
  return missing ? `${shown(missing)} not found` : false;
}

function shown(path: string): string {
  const rel = relative(REPO_ROOT, path);
  return rel.startsWith('..') && !rel.startsWith('../..') ? rel : path;
}
