import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_MAX_FILE_BYTES, loadInputs } from '../../io/load-inputs.ts';
import { formatDiagnostic } from '../../model/diagnostic.ts';
import { withDefaults } from '../../pipeline/options.ts';
import { defaultJobs } from '../../pipeline/parallel/default-jobs.ts';
import { readStdin } from '../stdin.ts';

interface AnalyzeFlags {
  readonly published?: string;
  readonly format: string;
  readonly out?: string;
  readonly summaryBytes: string;
  readonly maxFileBytes: string;
  readonly jobs: string;
}

const FORMATS = ['json', 'md', 'ics'] as const;

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('Read articles (.txt, .html, .json, .jsonl, directories, - for stdin) and print the cited story brief.')
    .argument('<inputs...>', 'files, directories or - for stdin')
    .option('--published <YYYY-MM-DD>', 'publication/reference date for articles that carry none')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'json')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--summary-bytes <n>', 'summary budget in bytes per story', '665')
    .option('--max-file-bytes <n>', 'refuse input files larger than this', String(DEFAULT_MAX_FILE_BYTES))
    .option('--jobs <n>', 'threads for the per-article and per-story work (default: the number of cores)', String(defaultJobs()))
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) {
        throw new Error(`analyze: unknown --format "${flags.format}" (use ${FORMATS.join(', ')})`);
      }
      if (flags.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.published)) {
        throw new Error(`analyze: --published must be YYYY-MM-DD, got "${flags.published}"`);
      }
      const options = withDefaults({
        summaryBytes: positiveInt(flags.summaryBytes, '--summary-bytes'),
        ...(flags.published ? { published: flags.published } : {}),
      });
      const loaded = await loadInputs(inputs, { maxFileBytes: positiveInt(flags.maxFileBytes, '--max-file-bytes'), readStdin });
      // The pipeline and renderers load when the command runs, not at every CLI start (`--help` would compile them).
      const { runPipelineParallel } = await import('../../pipeline/parallel/run-parallel.ts');
      const result = await runPipelineParallel(loaded.articles, options, { jobs: positiveInt(flags.jobs, '--jobs') });
      const early = [...loaded.diagnostics, ...result.loadDiagnostics];
      const brief = { ...result.brief, diagnostics: [...early.map(toOut), ...result.brief.diagnostics] };
      for (const d of early) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
      for (const d of result.diagnostics.filter((x) => x.severity === 'error')) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
      const text =
        flags.format === 'md'
          ? (await import('../../render/markdown.ts')).renderMarkdown(brief)
          : flags.format === 'ics'
            ? (await import('../../render/ics.ts')).renderIcs(brief)
            : JSON.stringify(brief, null, 2) + '\n';
      if (flags.out) await writeFile(flags.out, text);
      else process.stdout.write(text);
      if (loaded.articles.length === 0) process.exitCode = 1;
    });
}

function toOut(d: { stage: string; item: string; reason: string; severity: 'error' | 'warning' }) {
  return { stage: d.stage, item: d.item, reason: d.reason, severity: d.severity };
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`analyze: ${flag} must be a positive whole number, got "${value}"`);
  return n;
}
