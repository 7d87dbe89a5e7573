/** Dice overlap of two sets (words, n-grams of words or letters): 2·|a ∩ b| / (|a| + |b|); 0 when either is missing or both are empty. */
export function setDice<T>(a: ReadonlySet<T> | undefined, b: ReadonlySet<T> | undefined): number {
  if (!a || !b || a.size + b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}
