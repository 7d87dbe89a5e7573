import type { Diagnostic } from '../model/diagnostic.ts';
import { extractFeatures } from './extract-features.ts';
import { minhashSignature } from './minhash.ts';
import { mentionedDays } from './mentioned-days.ts';
import { parseDay } from './parse-day.ts';
import { documentWordSet, sentenceWordSets, wordShingles } from './sentence-sets.ts';
import { splitBody } from './split-body.ts';
import type { ArticleFeatures, ClusterInput } from './types.ts';
import type { WordMemo } from './word-info.ts';

// 3-word shingles: long enough that shared phrases ("the White House said") are rare between independent reports,
// short enough that a dropped or swapped word breaks only three shingles.
const SHINGLE_WORDS = 3;

/**
 * Pure: all that clustering needs from one article. Bad content (no words, odd date) → diagnostics, never a throw.
 * `memo` may be shared by a batch's articles (speed only, see WordMemo).
 */
export function featurizeArticle(input: ClusterInput, memo: WordMemo = new Map()): ArticleFeatures {
  if (typeof input !== 'object' || input === null || typeof input.id !== 'string') {
    throw new TypeError('featurizeArticle: expected { id: string, title: string, text: string, published?, entities? }');
  }
  const diagnostics: Diagnostic[] = [];
  const title = splitBody(typeof input.title === 'string' ? input.title : '', memo);
  const bodyText = typeof input.text === 'string' ? input.text : '';
  const body = splitBody(bodyText, memo);
  // A headline-only item (UCI) is compared on its headline: it is all there is.
  const copyBody = body.length > 0 ? body : title;
  if (body.length === 0) {
    diagnostics.push({ stage: 'cluster', rule: 'cluster/empty-text', item: input.id, reason: 'article has no body text', severity: 'warning' });
  }
  const day = parseDay(input.published);
  if (input.published !== undefined && day === undefined) {
    diagnostics.push({
      stage: 'cluster',
      rule: 'cluster/unreadable-date',
      item: input.id,
      reason: `published "${input.published}" is not YYYY-MM-DD or ISO; time proximity not used`,
      severity: 'warning',
    });
  }
  const shingles = wordShingles(copyBody, SHINGLE_WORDS);
  let wordCount = 0;
  for (const s of copyBody) wordCount += s.tokens.length;
  const features = extractFeatures(title, body, input.entities ?? []);
  return {
    id: input.id,
    ...(day !== undefined ? { day } : {}),
    ...(input.dateHint ? { dateHint: input.dateHint } : {}),
    mentionedDays: mentionedDays(typeof input.title === 'string' && input.title !== '' ? `${input.title}\n${bodyText}` : bodyText, day),
    features,
    signature: minhashSignature(shingles),
    shingleCount: shingles.length,
    contentWords: documentWordSet(sentenceWordSets(copyBody)),
    wordCount,
    diagnostics,
  };
}
