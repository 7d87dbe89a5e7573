// Development only (the CLI bundle starts dist/cli/worker.mjs): starts the worker from its TypeScript source.
// Node 20 does not apply `--import tsx` to a worker's own entry file, so tsx is registered here first, as
// bin/crosscheck.js does when it falls back to the sources.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
