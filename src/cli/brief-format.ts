import { extname } from 'node:path';
import { Option, type Command } from 'commander';

/** The formats a brief is written in, by analyze and export alike. */
export const BRIEF_FORMATS = ['json', 'md', 'ics'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

// The extensions a reader would name a Markdown or iCalendar file with; anything else stays JSON, the default.
const FORMAT_OF_EXTENSION: ReadonlyMap<string, BriefFormat> = new Map([
  ['.md', 'md'],
  ['.markdown', 'md'],
  ['.ics', 'ics'],
]);

/** `--format`, whose default is JSON unless `--out` names a Markdown or iCalendar file (see `briefFormat`). */
export function briefFormatOption(): Option {
  // "json, md, ics" left a newcomer to guess which one is for reading (the default JSON holds every article's text).
  return new Option('--format <format>', 'md (the brief to read), json (everything, for programs) or ics (upcoming events as a calendar)').default('json', 'json, or md / ics when --out ends in .md / .ics');
}

/**
 * The format asked for: `--out brief.md` with no --format wrote JSON into brief.md, so without --format the file's
 * extension says which one is wanted; "--format markdown" (the word, as pandoc takes it) was an unknown format. The
 * result may still be unknown: `isBriefFormat` says.
 */
export function briefFormat(given: { readonly format: string; readonly out?: string }, command: Command): string {
  const byExtension = given.out !== undefined && command.getOptionValueSource('format') === 'default' ? FORMAT_OF_EXTENSION.get(extname(given.out).toLowerCase()) : undefined;
  return byExtension ?? (given.format.toLowerCase() === 'markdown' ? 'md' : given.format);
}

export function isBriefFormat(format: string): format is BriefFormat {
  return (BRIEF_FORMATS as readonly string[]).includes(format);
}
