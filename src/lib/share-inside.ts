/** Share of the characters of `span` that lie inside one of `ranges` (ranges that do not overlap one another). */
export function shareInside(span: { readonly start: number; readonly end: number }, ranges: readonly { readonly start: number; readonly end: number }[]): number {
  const length = span.end - span.start;
  if (length <= 0) return 0;
  let inside = 0;
  for (const r of ranges) inside += Math.max(0, Math.min(span.end, r.end) - Math.max(span.start, r.start));
  return Math.min(1, inside / length);
}
