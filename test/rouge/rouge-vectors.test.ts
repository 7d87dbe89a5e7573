import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataDir } from '../../scripts/lib/data.ts';
import { needsData } from '../helpers/data.ts';
import { ducRougeOptions, loadWordnetExceptions, parseWordnetExceptions, scoreRouge, type RougeMetric } from '../../src/eval/rouge/index.ts';

interface Prf {
  readonly R: number;
  readonly P: number;
  readonly F: number;
}
interface Vector {
  readonly cluster: string;
  readonly peer: string;
  readonly peer_sentences: readonly string[];
  readonly models: Readonly<Record<string, readonly string[]>>;
  readonly expected: Readonly<Record<'ROUGE-1' | 'ROUGE-2' | 'ROUGE-SU4', Prf>>;
}

// The vectors and the exception list are evaluation data (../shared/data): without them these tests skip, counted.
const skip = needsData(['duc2004', 'rouge-vectors.jsonl'], ['rouge', 'wordnet-2.0-exceptions.tsv']);
const vectors: Vector[] = skip
  ? []
  : readFileSync(dataDir('duc2004', 'rouge-vectors.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim().length > 0)
      .map((l) => JSON.parse(l) as Vector);
const exceptions = skip ? parseWordnetExceptions('') : loadWordnetExceptions(dataDir('rouge', 'wordnet-2.0-exceptions.tsv'));

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-5 + 1e-12;
}

test('the file has the 150 reference vectors', { skip }, () => {
  assert.equal(vectors.length, 150);
});

test('ROUGE-1/2/SU4 (-n 2 -m -b 665 -2 4 -u -f A) reproduce ROUGE-1.5.5 on all 150 vectors to 1e-5', { skip }, () => {
  const failures: string[] = [];
  for (const v of vectors) {
    const models = Object.keys(v.models)
      .sort()
      .map((k) => v.models[k] ?? []);
    const report = scoreRouge(v.peer_sentences, models, ducRougeOptions(exceptions));
    const got: Record<string, RougeMetric | undefined> = {
      'ROUGE-1': report.ngrams[0],
      'ROUGE-2': report.ngrams[1],
      'ROUGE-SU4': report.skipBigram,
    };
    for (const [metric, want] of Object.entries(v.expected)) {
      const g = got[metric];
      if (!g) {
        failures.push(`${v.cluster}/${v.peer} ${metric}: missing`);
        continue;
      }
      if (!close(g.recall, want.R) || !close(g.precision, want.P) || !close(g.f, want.F)) {
        failures.push(`${v.cluster}/${v.peer} ${metric}: got ${g.recall}/${g.precision}/${g.f} want ${want.R}/${want.P}/${want.F}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('the byte limit changes the score (the test can fail if -b were ignored)', { skip }, () => {
  const v = vectors[0];
  assert.ok(v);
  const models = Object.values(v.models);
  const limited = scoreRouge(v.peer_sentences, models, ducRougeOptions(exceptions));
  const unlimited = scoreRouge([...v.peer_sentences, ...v.peer_sentences], models, { ...ducRougeOptions(exceptions) });
  // Doubling the peer adds nothing within 665 bytes when the peer already exceeds the limit.
  assert.deepEqual(unlimited.ngrams[0], limited.ngrams[0]);
  const noLimit = scoreRouge([...v.peer_sentences, ...v.peer_sentences], models, {
    ...ducRougeOptions(exceptions),
    limit: {},
  });
  assert.notDeepEqual(noLimit.ngrams[0], limited.ngrams[0]);
});
