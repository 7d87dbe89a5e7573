// Only the in-process part of bench/analyze.ts (per-stage CPU shares, compromise beside), for a machine too busy for
// the CLI runs: node --import tsx bench/analyze-shares.ts
import { ducArticles } from './lib/duc.ts';
import { peer, stageShares } from './analyze.ts';

const base = ducArticles();
stageShares(base);
await peer(base);
