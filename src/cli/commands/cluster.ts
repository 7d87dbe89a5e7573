import type { Command } from 'commander';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../io/load-inputs.ts';
import type { ClusterOptions, ClusterResult } from '../../cluster/types.ts';
import { plural } from '../../text/plural.ts';
import { loadCliInputs } from '../load-cli-inputs.ts';
import { publishedFlagProblem } from '../published-flag.ts';
import { EXIT_PARTIAL, EXIT_USAGE, exitStatusHelp, failedInputs } from '../exit-status.ts';

type Format = 'json' | 'text';

function render(result: ClusterResult, format: Format): string {
  if (format === 'json') {
    const out = {
      stories: result.stories.map(({ id, articleIds, independentSources, origins, why, topicId }) => ({
        id,
        articleIds,
        independentSources,
        origins,
        why,
        ...(topicId !== undefined ? { topicId } : {}),
      })),
      // Related stories (same kind of event, same main actors): an addition to the story contract.
      topics: result.topics ?? [],
      duplicates: result.duplicates,
    };
    return JSON.stringify(out, null, 2) + '\n';
  }
  const lines: string[] = [];
  const topicOf = new Map((result.topics ?? []).filter((t) => t.storyIds.length > 1).map((t) => [t.id, t]));
  for (const s of result.stories) {
    const topic = s.topicId !== undefined ? topicOf.get(s.topicId) : undefined;
    lines.push(`${s.id}  ${plural(s.articleIds.length, 'article')}, ${plural(s.independentSources, 'independent source')}  — why: ${s.why}${topic ? `  [topic ${topic.id}]` : ''}`);
    for (const id of s.articleIds) lines.push(`  ${s.origins.includes(id) ? '*' : ' '} ${id}`);
  }
  for (const t of topicOf.values()) lines.push(`topic ${t.id}: ${t.storyIds.join(', ')} — ${t.why}`);
  for (const d of result.duplicates) lines.push(`duplicate: ${d.copy} copies ${d.original} (similarity ${d.similarity})`);
  // The marks are not self-explanatory to someone reading this for the first time.
  if (result.stories.length > 0) lines.push('(* an origin: an article that is no near-duplicate of another; independent sources = origins, one per outlet; analyze also finds rewrites)');
  return lines.join('\n') + '\n';
}

export interface ClusterCommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * The whole command without touching process streams (tests call this): load, clean, cluster, render. The articles
 * are extracted, cleaned of boilerplate and dated as `analyze` does it (`published` is its --published), so both
 * commands cluster the same text. `options` lets an evaluation's tuning run try other thresholds on exactly this path;
 * the CLI itself always uses the defaults.
 */
export async function runClusterCommand(
  inputs: readonly string[],
  format: string,
  options: Partial<ClusterOptions> = {},
  published?: string,
  allowPrivate = false,
): Promise<ClusterCommandOutput> {
  if (format !== 'json' && format !== 'text') {
    return { stdout: '', stderr: `crosscheck cluster: --format must be json or text, got "${format}"\n`, exitCode: EXIT_USAGE };
  }
  const publishedProblem = published !== undefined ? publishedFlagProblem(published) : undefined;
  if (publishedProblem) return { stdout: '', stderr: `crosscheck cluster: ${publishedProblem}\n`, exitCode: EXIT_USAGE };
  const loaded = await loadCliInputs(inputs, { maxFileBytes: DEFAULT_MAX_FILE_BYTES, allowPrivate });
  // Loaded when the command runs, not at every CLI start.
  const [{ clusterArticles }, { clusterSourcesOf }] = await Promise.all([import('../../cluster/cluster-articles.ts'), import('../../pipeline/clean-and-date.ts')]);
  const sources = clusterSourcesOf(loaded.articles, published !== undefined ? { published } : {});
  const result = clusterArticles(sources.inputs, options);
  const diagnostics = [...loaded.diagnostics, ...sources.diagnostics, ...result.diagnostics];
  const stderr = diagnostics.map((d) => `crosscheck: ${formatDiagnostic(d)}\n`).join('');
  const exitCode = sources.inputs.length === 0 ? 1 : failedInputs(diagnostics) > 0 ? EXIT_PARTIAL : 0;
  return { stdout: render(result, format), stderr, exitCode };
}

/** `crosscheck cluster <file|dir>...`: group articles into stories, name near-duplicates (rewrites: `analyze`). */
export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('Group articles into stories; mark near-duplicates; count independent sources (rewrites: see analyze).')
    .argument('<inputs...>', '.txt (first line = headline), .html, .json (one article or an array), .jsonl files or directories; http(s) URLs of article pages; - for stdin')
    .option('--format <format>', 'json or text', 'text')
    .option('--published <YYYY-MM-DD>', 'publication date for articles that carry none (as analyze takes it)')
    .option('--allow-private', 'let URLs reach private, loopback and link-local addresses (as analyze)')
    .addHelpText('after', exitStatusHelp('read', 'clustered', 'cluster'))
    .action(async (inputs: string[], opts: { format: string; published?: string; allowPrivate?: boolean }) => {
      const out = await runClusterCommand(inputs, opts.format, {}, opts.published, Boolean(opts.allowPrivate));
      process.stderr.write(out.stderr);
      process.stdout.write(out.stdout);
      if (out.exitCode !== 0) process.exitCode = out.exitCode;
    });
}
