import type { Diagnostic } from '../model/diagnostic.ts';

/** One step's result for one item: its value, or why it failed (the item is then dropped with a diagnostic). */
export type Outcome<T> = { readonly value: T } | { readonly failed: string };

/** Runs one step for one item; an unexpected failure becomes its outcome instead of ending the batch. */
export function attempt<T>(step: () => T): Outcome<T> {
  try {
    return { value: step() };
  } catch (err) {
    return { failed: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The value of an outcome, or nothing and a diagnostic naming the item and the stage. */
export function kept<T>(stage: string, item: string, outcome: Outcome<T>, diagnostics: Diagnostic[]): T[] {
  if ('value' in outcome) return [outcome.value];
  diagnostics.push({ stage, rule: `${stage}/internal-error`, item, reason: outcome.failed, severity: 'error' });
  return [];
}
