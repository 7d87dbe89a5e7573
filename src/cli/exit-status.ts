/**
 * Exit status of the commands that read many inputs (analyze, cluster, summarize) when some inputs failed (a load,
 * extract or analysis error naming them) and the rest were processed and written: a script sees the loss without
 * parsing stderr (rsync's "partial transfer" 23 is the model). 1 stays "nothing to process" (and a usage error, as
 * commander gives); 2 is the usual "misuse" of shell tools; 3 is free.
 */
export const EXIT_PARTIAL = 3;

/**
 * A usage error (an unknown --format, a bad budget): commander's own, and what every help text says. cluster,
 * summarize and extract exited 2 for their own checks while their help said 1.
 */
export const EXIT_USAGE = 1;

/**
 * How many distinct inputs an error diagnostic names (load, extract, clean, analyze, or a story's brief that failed):
 * each is something the user asked for and did not get. Warnings (a file of another type skipped in a directory) are
 * not, nor is the NER model's absence (no input failed; it is reported on stderr and in diagnostics).
 */
export function failedInputs(diagnostics: readonly { readonly item: string; readonly severity: 'error' | 'warning' }[]): number {
  return new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.item)).size;
}

// Help text is read in an 80-column terminal at the least; commander leaves text added after the options unwrapped.
const HELP_COLUMNS = 100;

/**
 * The help's exit-status paragraph: `all` when every input went through ("analyzed", "read"), what became of the rest
 * when some failed (`rest`), the verb there was nothing to do (`nothing`), and where failures are named (`where`).
 */
export function exitStatusHelp(all: string, rest: string, nothing: string, where = 'on stderr'): string {
  const text = `Exit status: 0 every input ${all}; ${EXIT_PARTIAL} some inputs failed (each named ${where}), the rest ${rest}; 1 nothing to ${nothing}, or a usage error.`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > HELP_COLUMNS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return `\n${[...lines, line].join('\n')}`;
}
