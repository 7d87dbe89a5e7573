/**
 * Sets of numbers held as distinct ascending typed arrays: no heap number or Set entry per member, and overlap is a
 * merge of two arrays. Word hashes (Uint32Array) in clustering, packed letter trigrams (Float64Array: 48-bit values)
 * in the statement aligner.
 */
export type SortedNumbers = Uint32Array | Float64Array;

/** `values` sorted ascending with repeats removed (sorts `values` in place; returns a copy of the distinct run). */
export function distinctSorted<T extends SortedNumbers>(values: T): T {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[n - 1]) values[n++] = values[i] ?? 0;
  return values.slice(0, n) as T;
}

/** |a ∩ b| of two distinct ascending arrays. */
export function intersectionSize(a: SortedNumbers, b: SortedNumbers): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Dice coefficient 2|a ∩ b| / (|a| + |b|) of two distinct ascending arrays; 0 when both are empty. */
export function sortedDice(a: SortedNumbers, b: SortedNumbers): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * intersectionSize(a, b)) / total;
}
