import type { Page } from '../store/store.ts';
import { HttpError } from './errors.ts';

// 20 per page: one screen of the story list; 100 at most so one request stays a few ms.
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
// 200 characters: far more than any search box query; longer ones are not searches.
export const MAX_QUERY_CHARS = 200;

/** `?limit=&offset=` → a page, or a 400 naming the bad parameter. */
export function parsePage(limit: string | undefined, offset: string | undefined): Page {
  return { limit: intParam('limit', limit, DEFAULT_LIMIT, 1, MAX_LIMIT), offset: intParam('offset', offset, 0, 0, Number.MAX_SAFE_INTEGER) };
}

function intParam(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(400, 'bad-parameter', `${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}
