/**
 * Exit status of the commands that read many inputs (analyze, cluster, summarize) when some inputs failed (a load,
 * extract or analysis error naming them) and the rest were processed and written: a script sees the loss without
 * parsing stderr (rsync's "partial transfer" 23 is the model). 1 stays "nothing to process" (and a usage error, as
 * commander gives); 2 is the usual "misuse" of shell tools; 3 is free.
 */
export const EXIT_PARTIAL = 3;

/** How many distinct inputs have an error among the diagnostics. */
export function failedInputs(diagnostics: readonly { readonly item: string; readonly severity: 'error' | 'warning' }[]): number {
  return new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.item)).size;
}
