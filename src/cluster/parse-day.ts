const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 UTC for `YYYY-MM-DD` or an ISO 8601 date-time; undefined when absent or unreadable. */
export function parseDay(published: string | undefined): number | undefined {
  if (published === undefined) return undefined;
  const s = published.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return undefined;
  const ms = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : undefined;
}
