import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { resolveDbPath } from '../../store/db-path.ts';
import type { Store } from '../../store/store.ts';
import { plural } from '../../text/plural.ts';
import { EXIT_PARTIAL, EXIT_USAGE } from '../exit-status.ts';
import { BRIEF_FORMATS, briefFormat, briefFormatOption, isBriefFormat } from '../brief-format.ts';

interface ExportFlags {
  readonly db?: string;
  readonly format: string;
  readonly out?: string;
  readonly limit?: string;
}

// Stories are read from the store a page at a time; the store's list is ranked, most independent sources first.
const PAGE = 100;

/**
 * `crosscheck export`: stored stories as the brief analyze prints. A database filled by ingest or watch could be read
 * only through serve (the web UI, or curl /api/stories/ID.md one story at a time).
 */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write stories from the database as the brief analyze prints (JSON, Markdown or iCalendar): every story, or the ones named.')
    .argument('[stories...]', 'story ids (from the web UI address, /api/stories or `export --format json`); none: every story, most independent sources first')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default $CROSSCHECK_DB or ./crosscheck.db)')
    .addOption(briefFormatOption())
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--limit <n>', 'at most this many stories (default: all)')
    .addHelpText('after', '\nExit status: 0 every story written; 3 some named stories not found (each named on stderr), the rest\nwritten; 1 nothing to export, or a usage error.')
    .action(async (ids: string[], given: ExportFlags, command: Command) => {
      const format = briefFormat(given, command);
      if (!isBriefFormat(format)) throw new Error(`export: unknown --format "${given.format}" (use ${BRIEF_FORMATS.join(', ')})`);
      const limit = given.limit === undefined ? Infinity : Number(given.limit);
      if (given.limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) throw new Error(`export: --limit must be a positive whole number, got "${given.limit}"`);
      const dbPath = resolveDbPath(given.db);
      // Opening a SQLite path creates the file: a mistyped --db would export nothing from a new, empty database.
      if (!dbPath.includes('://') && !existsSync(dbPath)) {
        process.stderr.write(`export: ${dbPath}: no such database (fill one with \`crosscheck ingest FILES --db ${dbPath}\`, or name it with --db)\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const [{ describeDb, openStore }, { renderMarkdown }, { renderIcs }] = await Promise.all([import('../../store/open-store.ts'), import('../../render/markdown.ts'), import('../../render/ics.ts')]);
      let store;
      try {
        store = await openStore(dbPath);
      } catch (err) {
        throw new Error(`export: ${describeDb(dbPath)}: ${err instanceof Error ? err.message : String(err)}`);
      }
      try {
        const wanted = ids.length > 0 ? ids.slice(0, limit) : await rankedIds(store, limit);
        const stories = [];
        const articles = [];
        let missing = 0;
        for (const id of wanted) {
          const story = await store.getStory(id);
          if (!story) {
            process.stderr.write(`export: ${id}: no such story in ${describeDb(dbPath)}\n`);
            missing++;
            continue;
          }
          stories.push(story);
          articles.push(...(await store.storyArticles(id)));
        }
        if (stories.length === 0) {
          if (ids.length === 0) process.stderr.write(`export: ${describeDb(dbPath)} has no stories yet (add articles with \`crosscheck ingest\` or \`crosscheck watch\`)\n`);
          process.exitCode = 1;
          return;
        }
        const doc = { articles, stories, diagnostics: [] };
        const text = format === 'md' ? renderMarkdown(doc) : format === 'ics' ? renderIcs(doc) : JSON.stringify(doc, null, 2) + '\n';
        if (given.out !== undefined) {
          await writeFile(given.out, text);
          process.stderr.write(`export: ${plural(stories.length, 'story', 'stories')} written to ${given.out}\n`);
        } else {
          process.stdout.write(text);
          // As analyze: the default JSON scrolled past on a terminal; the last line names the readable form.
          if (format === 'json' && command.getOptionValueSource('format') === 'default' && process.stdout.isTTY) {
            process.stderr.write('export: that was the JSON brief, for programs; to read it: --format md (or --out stories.md)\n');
          }
        }
        if (missing > 0) process.exitCode = EXIT_PARTIAL;
      } finally {
        await store.close();
      }
    });
}

async function rankedIds(store: Store, limit: number): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ids.length < limit; offset += PAGE) {
    const take = Math.min(PAGE, limit - ids.length);
    const { items } = await store.listStories({ limit: take, offset });
    ids.push(...items.map((s) => s.id));
    if (items.length < take) break;
  }
  return ids;
}
