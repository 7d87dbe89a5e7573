import type { SummaryBudget } from './types.ts';

/** Size of a set of sentences as the budget measures it: bytes of the sentences joined by one space, and words. */
export interface SummarySize {
  readonly bytes: number;
  readonly words: number;
  readonly count: number;
}

export const EMPTY_SIZE: SummarySize = { bytes: 0, words: 0, count: 0 };

export function addToSize(size: SummarySize, sentence: { readonly bytes: number; readonly words: number }): SummarySize {
  return {
    bytes: size.bytes + sentence.bytes + (size.count > 0 ? 1 : 0),
    words: size.words + sentence.words,
    count: size.count + 1,
  };
}

export function withinBudget(size: SummarySize, budget: SummaryBudget): boolean {
  if (budget.bytes !== undefined && size.bytes > budget.bytes) return false;
  if (budget.words !== undefined && size.words > budget.words) return false;
  return true;
}

/** Cost of a sentence for the length-normalized gain: the binding unit of the budget. */
export function sentenceCost(sentence: { readonly bytes: number; readonly words: number }, budget: SummaryBudget): number {
  if (budget.bytes !== undefined && budget.words !== undefined) {
    return Math.max(sentence.bytes / budget.bytes, sentence.words / budget.words);
  }
  if (budget.words !== undefined) return sentence.words / budget.words;
  return sentence.bytes / (budget.bytes ?? 1);
}

/** Misuse check: a budget needs at least one finite non-negative limit. */
export function validBudget(budget: SummaryBudget): boolean {
  const ok = (n: number | undefined): boolean => n === undefined || (typeof n === 'number' && Number.isFinite(n) && n >= 0);
  return (
    typeof budget === 'object' && budget !== null && ok(budget.bytes) && ok(budget.words) &&
    (budget.bytes !== undefined || budget.words !== undefined)
  );
}
