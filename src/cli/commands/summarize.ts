import type { Command } from 'commander';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { documentFromText, summarize, type SummaryBudget, type SummaryDocument } from '../../summary/index.ts';

interface LoadedText {
  readonly id: string;
  readonly text: string;
  readonly published?: string;
}

interface Loaded {
  readonly texts: readonly LoadedText[];
  readonly problems: readonly string[];
}

// Thin loader until the shared one in src/io lands: .txt (first non-empty line = headline), .json/.jsonl records.
async function loadTexts(paths: readonly string[]): Promise<Loaded> {
  const texts: LoadedText[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    for (const file of await expand(path, problems)) {
      try {
        texts.push(...parseFile(file, await readFile(file, 'utf8'), problems));
      } catch (err) {
        problems.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  return { texts, problems };
}

async function expand(path: string, problems: string[]): Promise<string[]> {
  try {
    if (!(await stat(path)).isDirectory()) return [path];
    const out: string[] = [];
    for (const e of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const child = join(path, e.name);
      if (e.isDirectory()) out.push(...(await expand(child, problems)));
      else if (['.txt', '.json', '.jsonl'].includes(extname(child).toLowerCase())) out.push(child);
    }
    return out;
  } catch (err) {
    problems.push(`${path}: ${err instanceof Error ? err.message : String(err)}`);
    return [];
  }
}

function parseFile(file: string, content: string, problems: string[]): LoadedText[] {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') {
    // The headline is not a summary sentence: blank the first non-empty line (same length, so offsets still index the
    // file) and keep the body's blank-line paragraphs.
    const body = content.replace(/^(\s*)([^\n]*)/, (_m, lead: string, headline: string) => lead + ' '.repeat(headline.length));
    return [{ id: file, text: body }];
  }
  const records = ext === '.jsonl' ? content.split('\n').filter((l) => l.trim().length > 0) : [content];
  const out: LoadedText[] = [];
  records.forEach((line, i) => {
    const id = ext === '.jsonl' ? `${file}:${i + 1}` : file;
    try {
      const parsed: unknown = JSON.parse(line);
      for (const [k, r] of (Array.isArray(parsed) ? parsed : [parsed]).entries()) {
        const rec = r as Record<string, unknown>;
        if (typeof rec?.['text'] !== 'string') {
          problems.push(`${id}: no "text" field; skipped`);
          continue;
        }
        const recId = typeof rec['id'] === 'string' ? rec['id'] : Array.isArray(parsed) ? `${id}#${k}` : id;
        const published = typeof rec['published'] === 'string' ? rec['published'] : undefined;
        out.push(published === undefined ? { id: recId, text: rec['text'] } : { id: recId, text: rec['text'], published });
      }
    } catch {
      problems.push(`${id}: not valid JSON; skipped`);
    }
  });
  return out;
}

function parseBudget(opts: { bytes?: string; words?: string }): SummaryBudget | undefined {
  const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
  const bytes = num(opts.bytes);
  const words = num(opts.words);
  const bad = (n: number | undefined): boolean => n !== undefined && (!Number.isInteger(n) || n < 0);
  if ((bytes === undefined && words === undefined) || bad(bytes) || bad(words)) return undefined;
  return { ...(bytes !== undefined ? { bytes } : {}), ...(words !== undefined ? { words } : {}) };
}

export function registerSummarize(program: Command): void {
  program
    .command('summarize')
    .description('Extractive summary of many reports on one story: the sentences most sources agree on, one per line.')
    .argument('<paths...>', '.txt files (first line = headline), .json/.jsonl records with a "text" field, or directories')
    .option('--bytes <n>', 'budget in UTF-8 bytes (sentences joined by one space)')
    .option('--words <n>', 'budget in words')
    .option('--json', 'print the picked sentences with their supporting sentences as JSON')
    .action(async (paths: string[], opts: { bytes?: string; words?: string; json?: boolean }) => {
      const budget = parseBudget(opts);
      if (!budget) {
        process.stderr.write('crosscheck summarize: give --bytes N and/or --words N (non-negative integers)\n');
        process.exitCode = 2;
        return;
      }
      const loaded = await loadTexts(paths);
      for (const p of loaded.problems) process.stderr.write(`summarize: ${p}\n`);
      const docs: SummaryDocument[] = loaded.texts.map((t) => documentFromText(t.id, t.text, t.published));
      const result = summarize(docs, budget);
      for (const d of result.diagnostics) process.stderr.write(`summarize: ${d.item}: ${d.reason}\n`);
      if (opts.json) process.stdout.write(JSON.stringify(result.sentences, null, 2) + '\n');
      else for (const s of result.sentences) process.stdout.write(s.text + '\n');
      if (docs.length === 0) process.exitCode = 1;
    });
}
