/**
 * The value given most often, the latest (greatest in string order, so the latest YYYY-MM-DD) on a tie: a report
 * mentions earlier dates freely but seldom one after its own. Undefined for an empty list.
 */
export function mostCommonLatest(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || y[0].localeCompare(x[0]))[0]?.[0];
}
