// Longer fuzz run of the hostile-input properties: `npm run fuzz [-- SCALE [SEED]]` (default ×20, random seed).
// The properties are the ones in test/hostile/*-properties.test.ts etc.; only their run counts change.
import { spawnSync } from 'node:child_process';

const scale = process.argv[2] ?? '20';
const seed = process.argv[3] ?? String(Math.floor(Math.random() * 2 ** 31));
const files = [
  'test/hostile/text-properties.test.ts',
  'test/hostile/extract-properties.test.ts',
  'test/hostile/nlp-properties.test.ts',
  'test/hostile/cluster-summary-properties.test.ts',
  'test/hostile/pipeline-properties.test.ts',
  'test/hostile/loader.test.ts',
  'test/hostile/long-sentences.test.ts',
];
process.stderr.write(`fuzz: scale ${scale}, seed ${seed} (re-run a failure with: npm run fuzz -- ${scale} ${seed})\n`);
const r = spawnSync(process.execPath, ['scripts/run-tests.mjs', ...files], {
  stdio: 'inherit',
  env: { ...process.env, CROSSCHECK_FUZZ_SCALE: scale, CROSSCHECK_FUZZ_SEED: seed },
});
process.exit(r.status ?? 1);
