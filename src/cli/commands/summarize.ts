import type { Command } from 'commander';
import { DEFAULT_MAX_FILE_BYTES } from '../../io/load-inputs.ts';
import { formatDiagnostic, type Diagnostic } from '../../model/diagnostic.ts';
import type { SummaryBudget, SummaryDocument } from '../../summary/index.ts';
import { loadCliInputs } from '../load-cli-inputs.ts';
import { EXIT_PARTIAL, EXIT_USAGE, exitStatusHelp, failedInputs } from '../exit-status.ts';

/** The budget, or why there is none: "--bytes 1x" met the same "give --bytes N and/or --words N" as no budget at all. */
function parseBudget(opts: { bytes?: string; words?: string }): SummaryBudget | string {
  const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
  const bytes = num(opts.bytes);
  const words = num(opts.words);
  if (bytes === undefined && words === undefined) return 'give --bytes N and/or --words N (non-negative integers)';
  const bad = (n: number | undefined): boolean => n !== undefined && (!Number.isInteger(n) || n < 0);
  if (bad(bytes)) return `--bytes must be a non-negative whole number, got "${opts.bytes}"`;
  if (bad(words)) return `--words must be a non-negative whole number, got "${opts.words}"`;
  return { ...(bytes !== undefined ? { bytes } : {}), ...(words !== undefined ? { words } : {}) };
}

export function registerSummarize(program: Command): void {
  program
    .command('summarize')
    .description('Extractive summary of many reports on one story: the sentences most sources agree on, one per line.')
    .argument('<paths...>', '.txt files (first line = headline), .json/.jsonl records with a "text" field, .html, directories, http(s) URLs of article pages, or - for stdin')
    // Neither has a default and one is required: the help said so nowhere, so a first run met a usage error.
    .option('--bytes <n>', 'budget in UTF-8 bytes (sentences joined by one space); --bytes, --words or both are required')
    .option('--words <n>', 'budget in words (with --bytes too, the summary keeps within both)')
    .option('--json', 'print the picked sentences with their supporting sentences as JSON')
    .option('--allow-private', 'let URLs reach private, loopback and link-local addresses (as analyze)')
    .addHelpText('after', exitStatusHelp('read', 'summarized', 'summarize'))
    .action(async (paths: string[], opts: { bytes?: string; words?: string; json?: boolean; allowPrivate?: boolean }) => {
      const budget = parseBudget(opts);
      if (typeof budget === 'string') {
        process.stderr.write(`crosscheck summarize: ${budget}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const loaded = await loadCliInputs(paths, { maxFileBytes: DEFAULT_MAX_FILE_BYTES, allowPrivate: Boolean(opts.allowPrivate) });
      // Loaded when the command runs, not at every CLI start.
      const [{ extractArticle }, { learnOutletBoilerplate }, { cleanExtracted }, { documentFromArticle, summarize }] = await Promise.all([
        import('../../pipeline/stages/extract-article.ts'),
        import('../../pipeline/stages/learn-outlet-boilerplate.ts'),
        import('../../pipeline/pipeline.ts'),
        import('../../summary/index.ts'),
      ]);
      for (const d of loaded.diagnostics) process.stderr.write(`summarize: ${formatDiagnostic(d)}\n`);
      // The same cleaning as analyze: page furniture, captions, newsletter boxes and an outlet's recurring blocks are
      // not the story, so they are never summary sentences. Offsets index the cleaned text (the brief's article text).
      const extracted = loaded.articles.map(extractArticle);
      const recurring = learnOutletBoilerplate(extracted);
      const cleaningDiagnostics: Diagnostic[] = [];
      const docs: SummaryDocument[] = extracted.flatMap((e) => {
        const article = cleanExtracted(e, recurring, {});
        cleaningDiagnostics.push(...article.diagnostics);
        for (const d of article.diagnostics) process.stderr.write(`summarize: ${formatDiagnostic(d)}\n`);
        const doc = documentFromArticle(article);
        return doc.sentences.length > 0 ? [doc] : [];
      });
      const result = summarize(docs, budget);
      for (const d of result.diagnostics) process.stderr.write(`summarize: ${formatDiagnostic(d)}\n`);
      if (opts.json) process.stdout.write(JSON.stringify(result.sentences, null, 2) + '\n');
      else for (const s of result.sentences) process.stdout.write(s.text + '\n');
      if (docs.length === 0) process.exitCode = 1;
      else if (failedInputs([...loaded.diagnostics, ...cleaningDiagnostics, ...result.diagnostics]) > 0) process.exitCode = EXIT_PARTIAL;
    });
}
