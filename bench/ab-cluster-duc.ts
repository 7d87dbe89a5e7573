import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { clusterArticles } from '../src/cluster/index.ts';
import type { ClusterInput } from '../src/cluster/types.ts';
import { printAb } from './lib/ab-build-brief.ts';
import { ducArticles } from './lib/duc.ts';

type ClusterArticles = typeof clusterArticles;

/**
 * A/B of clustering the 500 DUC 2004 articles (`clusterArticles`, what `crosscheck cluster` and `analyze` run) between
 * another checkout (A) and this one (B), in one process, alternating: `node --import tsx bench/ab-cluster-duc.ts ../main
 * [rounds=6]`. Reports per-round CPU, medians, the ratio and whether the results are identical (JSON).
 */
export async function run(args: readonly string[]): Promise<void> {
  const other = args[0] ?? '';
  const entry = join(resolve(other), 'src', 'cluster', 'index.ts');
  if (!other || !existsSync(entry)) throw new TypeError(`ab-cluster-duc: give the other checkout: node --import tsx bench/ab-cluster-duc.ts ../main [rounds] (${entry} not found)`);
  const a = ((await import(pathToFileURL(entry).href)) as { clusterArticles: ClusterArticles }).clusterArticles;
  const rounds = Number(args[1] ?? 6);
  const inputs: ClusterInput[] = ducArticles()
    .filter((raw) => (raw.text ?? '').trim() !== '')
    .map((raw) => ({ id: raw.id, title: raw.title ?? '', text: raw.text ?? '', ...(raw.published ? { published: raw.published } : {}) }));
  printAb(`clustering ${inputs.length} DUC articles`, other, rounds, (f: ClusterArticles) => f(inputs), a, clusterArticles);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(process.argv.slice(2));
