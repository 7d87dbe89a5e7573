import { once } from 'node:events';
import { open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Option, type Command } from 'commander';
import { DEFAULT_MAX_FILE_BYTES } from '../../io/load-inputs.ts';
import { formatDiagnostic } from '../../model/diagnostic.ts';
// Small and without imports of its own, so `--help` loads it at no cost.
import { stringifyInPieces } from '../../render/json.ts';
import type { PipelinePhase } from '../../pipeline/parallel/run-parallel.ts';
import { withDefaults } from '../../pipeline/options.ts';
import { defaultJobs } from '../../pipeline/parallel/default-jobs.ts';
import { loadCliInputs } from '../load-cli-inputs.ts';
import { publishedFlagProblem } from '../published-flag.ts';
import { EXIT_PARTIAL, exitStatusHelp, failedInputs } from '../exit-status.ts';
import { BRIEF_FORMATS, briefFormat, briefFormatOption, isBriefFormat } from '../brief-format.ts';
import { plural } from '../../text/plural.ts';

interface AnalyzeFlags {
  readonly published?: string;
  readonly format: string;
  readonly out?: string;
  readonly summaryBytes: string;
  readonly maxFileBytes: string;
  readonly jobs?: string;
  readonly allowPrivate?: boolean;
}


export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('Read articles (.txt, .html, .json, .jsonl, directories, http(s) URLs, - for stdin) and print the cited story brief.')
    .argument('<inputs...>', 'files, directories, http(s) URLs of article pages, or - for stdin')
    .option('--published <YYYY-MM-DD>', 'publication/reference date for articles that carry none')
    .addOption(briefFormatOption())
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--summary-bytes <n>', 'summary budget in bytes per story', '665')
    // The help printed the default as a quoted byte count ("20971520"); it now also says it in MB and names the unit.
    .addOption(new Option('--max-file-bytes <n>', 'refuse input files larger than this many bytes').default(String(DEFAULT_MAX_FILE_BYTES), `${DEFAULT_MAX_FILE_BYTES} = ${DEFAULT_MAX_FILE_BYTES / 2 ** 20} MB`))
    .option('--jobs <n>', 'threads for the per-article and per-story work (default: the cores idle now, at least 1)')
    .option('--allow-private', 'let URLs reach private, loopback and link-local addresses (as ingest and extract)')
    .addHelpText('after', exitStatusHelp('analyzed', 'analyzed and written', 'analyze', 'on stderr and in the JSON diagnostics'))
    .action(async (inputs: string[], given: AnalyzeFlags, command: Command) => {
      const flags: AnalyzeFlags = { ...given, format: briefFormat(given, command) };
      if (!isBriefFormat(flags.format)) {
        throw new Error(`analyze: unknown --format "${flags.format}" (use ${BRIEF_FORMATS.join(', ')})`);
      }
      const publishedProblem = flags.published !== undefined ? publishedFlagProblem(flags.published) : undefined;
      if (publishedProblem) throw new Error(`analyze: ${publishedProblem}`);
      const options = withDefaults({
        summaryBytes: positiveInt(flags.summaryBytes, '--summary-bytes'),
        ...(flags.published ? { published: flags.published } : {}),
      });
      // Checked before the work: a mistyped --out directory used to fail only after the whole analysis, and with
      // Node's bare "ENOENT: no such file or directory, open '…'".
      if (flags.out !== undefined) await checkOutDir(flags.out);
      const progress = phaseReporter(process.stderr);
      const loaded = await loadCliInputs(inputs, { maxFileBytes: positiveInt(flags.maxFileBytes, '--max-file-bytes'), allowPrivate: Boolean(flags.allowPrivate), onFetched: progress.fetched });
      // The pipeline and renderers load when the command runs, not at every CLI start (`--help` would compile them).
      const { runPipelineParallel } = await import('../../pipeline/parallel/run-parallel.ts');
      const articleCount = loaded.articles.length;
      // Handed over: the raw texts are let go once extracted instead of staying beside the analyzed ones to the end.
      const result = await runPipelineParallel(loaded.articles, options, { jobs: positiveInt(flags.jobs ?? String(defaultJobs()), '--jobs'), onPhase: progress.phase, handOverInputs: true });
      progress.done();
      const early = [...loaded.diagnostics, ...result.loadDiagnostics];
      const brief = { ...result.brief, diagnostics: [...early.map(toOut), ...result.brief.diagnostics] };
      for (const d of early) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
      for (const d of result.diagnostics.filter((x) => x.severity === 'error')) process.stderr.write(`crosscheck: ${formatDiagnostic(d)}\n`);
      // JSON goes out in pieces: the whole brief as one string (~46 MB at 2,000 articles) set the run's peak memory.
      const pieces: Iterable<string> =
        flags.format === 'md'
          ? [(await import('../../render/markdown.ts')).renderMarkdown(brief)]
          : flags.format === 'ics'
            ? [(await import('../../render/ics.ts')).renderIcs(brief)]
            : jsonPieces(brief);
      await writeOut(pieces, flags.out);
      // `crosscheck analyze my-folder` on a terminal scrolled thousands of lines of JSON (every article's text) past a
      // newcomer, with the readable brief one flag away: on a terminal only, the last line says which flag.
      if (flags.out === undefined && flags.format === 'json' && command.getOptionValueSource('format') === 'default' && process.stdout.isTTY && result.brief.stories.length > 0) {
        process.stderr.write('crosscheck: that was the JSON brief, for programs; to read it: --format md (or --out brief.md)\n');
      }
      // With --out nothing said the run was over nor where the brief went (export says it; so does analyze now).
      if (flags.out !== undefined) process.stderr.write(`analyze: ${plural(result.brief.stories.length, 'story', 'stories')} written to ${flags.out} (from ${plural(articleCount, 'article')})\n`);
      const failed = failedInputs([...loaded.diagnostics, ...result.diagnostics]);
      // No story means no input had text to analyze (every article with text is in a story, if only its own).
      if (articleCount === 0 || result.brief.stories.length === 0) process.exitCode = 1;
      else if (failed > 0) process.exitCode = EXIT_PARTIAL;
    });
}

/** The brief as `JSON.stringify(brief, null, 2)` and a final line break, one article or story at a time. */
function* jsonPieces(brief: unknown): Generator<string> {
  // Depth 2: the brief's object, its arrays, then each article, story or diagnostic as one piece.
  yield* stringifyInPieces(brief, 2, 2);
  yield '\n';
}

// Pieces are gathered into writes of about this many characters: few system calls, little held at once.
const WRITE_CHARS = 1 << 20;

/** Writes the pieces to the file (created or truncated) or to stdout, waiting for stdout to drain when it is slow. */
async function writeOut(pieces: Iterable<string>, out: string | undefined): Promise<void> {
  const file = out === undefined ? undefined : await open(out, 'w');
  const write = async (text: string): Promise<void> => {
    if (file) await file.write(text);
    else if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  };
  try {
    let held: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      held.push(piece);
      size += piece.length;
      if (size < WRITE_CHARS) continue;
      await write(held.join(''));
      held = [];
      size = 0;
    }
    if (size > 0) await write(held.join(''));
  } finally {
    await file?.close();
  }
}

async function checkOutDir(out: string): Promise<void> {
  const dir = dirname(out);
  const isDir = await stat(dir).then((info) => info.isDirectory(), () => false);
  if (!isDir) throw new Error(`analyze: --out ${out}: the directory ${dir} does not exist`);
}

// What a run of many articles is doing, on one line of a terminal (500 articles took ~20 s with nothing shown; URLs,
// fetched one a second per site, were as long a silence before that); nothing when stderr is a file or a pipe, where
// a script reads only the diagnostics.
const PHASE_TEXT: Record<PipelinePhase, (items: number) => string> = {
  analyze: (n) => `reading and analyzing ${plural(n, 'article')}`,
  cluster: (n) => `grouping ${plural(n, 'article')} into stories`,
  brief: (n) => `writing the briefs of ${plural(n, 'story', 'stories')}`,
};

export interface PhaseReporter {
  readonly fetched: (done: number, total: number) => void;
  readonly phase: (phase: PipelinePhase, items: number) => void;
  /** Clears the line (before the diagnostics). */
  readonly done: () => void;
}

export function phaseReporter(stream: Pick<NodeJS.WriteStream, 'write'> & { readonly isTTY?: boolean }): PhaseReporter {
  if (!stream.isTTY) return { fetched: () => {}, phase: () => {}, done: () => {} };
  let shown = false;
  const show = (text: string): void => {
    stream.write(`\r\x1b[Kanalyze: ${text}…`);
    shown = true;
  };
  return {
    fetched: (done, total) => show(`fetching ${plural(total, 'page')} (${done} done; one a second per site)`),
    phase: (phase, items) => show(PHASE_TEXT[phase](items)),
    done: () => {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

function toOut(d: { stage: string; item: string; reason: string; severity: 'error' | 'warning' }) {
  return { stage: d.stage, item: d.item, reason: d.reason, severity: d.severity };
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`analyze: ${flag} must be a positive whole number, got "${value}"`);
  return n;
}
