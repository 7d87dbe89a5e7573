import { dayString } from '../nlp/time/calendar.ts';

/**
 * Why a --published value is refused, or undefined when it is a real calendar day. The shape alone let "2022-13-45"
 * and "2022-02-30" through, and the run went on as if no date had been given ("undated" in every brief).
 */
export function publishedFlagProblem(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return `--published must be YYYY-MM-DD, got "${value}"`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (dayString(year, month, day) === undefined) {
    return `--published must be a real calendar day, got "${value}" (no ${month >= 1 && month <= 12 ? `day ${day} in that month` : `month ${month}`})`;
  }
  return undefined;
}
