import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../scripts/lib/data.ts';

// Each bench runs in its own process so its peak memory is its own. `npm run bench -- analyze cluster` picks some.
const ALL = ['analyze', 'brief', 'extract', 'cluster', 'summary', 'ner', 'time', 'quotes', 'api'] as const;

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : [...ALL];
let failed = 0;
for (const name of names) {
  const file = join(REPO_ROOT, 'bench', `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`\n== ${name}: no bench/${name}.ts yet`);
    continue;
  }
  console.log(`\n== ${name}`);
  // --expose-gc: memory figures are taken after a forced collection (without it they count garbage).
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], { stdio: 'inherit', cwd: REPO_ROOT });
  if (r.status !== 0) {
    failed++;
    console.log(`== ${name} failed (exit ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
