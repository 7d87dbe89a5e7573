import type { Command } from 'commander';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import { DEFAULT_MAX_FILE_BYTES, loadInputs } from '../../io/load-inputs.ts';
import { clusterArticles } from '../../cluster/cluster-articles.ts';
import { fromRawArticle } from '../../cluster/from-raw-article.ts';
import type { ClusterInput, ClusterResult } from '../../cluster/types.ts';
import { readStdin } from '../stdin.ts';

type Format = 'json' | 'text';

function render(result: ClusterResult, format: Format): string {
  if (format === 'json') {
    const out = {
      stories: result.stories.map(({ id, articleIds, independentSources, origins, why }) => ({ id, articleIds, independentSources, origins, why })),
      duplicates: result.duplicates,
      rewrites: result.rewrites,
    };
    return JSON.stringify(out, null, 2) + '\n';
  }
  const lines: string[] = [];
  for (const s of result.stories) {
    lines.push(`${s.id}  ${s.articleIds.length} article(s), ${s.independentSources} independent  — ${s.why}`);
    for (const id of s.articleIds) lines.push(`  ${s.origins.includes(id) ? '*' : ' '} ${id}`);
  }
  for (const d of result.duplicates) lines.push(`duplicate: ${d.copy} copies ${d.original} (similarity ${d.similarity})`);
  for (const r of result.rewrites) lines.push(`rewrite: ${r.copy} rewrites ${r.original} (score ${r.score})`);
  return lines.join('\n') + '\n';
}

/** `crosscheck cluster <file|dir>...`: group articles into stories, name duplicates and rewrites. */
export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('Group articles into stories; mark near-duplicates and rewrites; count independent sources.')
    .argument('<inputs...>', '.txt (first line = headline), .json (one article or an array), .jsonl files or directories; - for stdin')
    .option('--format <format>', 'json or text', 'text')
    .action(async (inputs: string[], opts: { format: string }) => {
      if (opts.format !== 'json' && opts.format !== 'text') {
        process.stderr.write(`crosscheck cluster: --format must be json or text, got "${opts.format}"\n`);
        process.exitCode = 2;
        return;
      }
      const loaded = await loadInputs(inputs, { maxFileBytes: DEFAULT_MAX_FILE_BYTES, readStdin });
      const articles: ClusterInput[] = [];
      const diagnostics = [...loaded.diagnostics];
      for (const raw of loaded.articles) {
        const converted = fromRawArticle(raw);
        if (converted.input) articles.push(converted.input);
        diagnostics.push(...converted.diagnostics);
      }
      const result = clusterArticles(articles);
      for (const d of [...diagnostics, ...result.diagnostics]) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
      process.stdout.write(render(result, opts.format));
      if (articles.length === 0) process.exitCode = 1;
    });
}
