import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/data.ts';
import type { RawArticle } from '../../src/model/raw-article.ts';
import { loadNerModel, type NerModel } from '../../src/nlp/ner/index.ts';
import { withDefaults } from '../../src/pipeline/options.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/pipeline.ts';

export const SAMPLES_DIR = join(REPO_ROOT, 'samples');

export function sampleFiles(): { id: string; text: string }[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SAMPLES_DIR, f), 'utf8') }));
}

export function sampleRaws(): RawArticle[] {
  return sampleFiles().map((s) => ({ id: s.id, source: `samples/${s.id}.txt`, format: 'text', text: s.text }));
}

let model: NerModel | undefined;
let result: PipelineResult | undefined;

/** The seeds through the whole pipeline, computed once per test file (the model load is the slow part). */
export function seedsResult(): PipelineResult {
  model ??= loadNerModel();
  result ??= runPipeline(sampleRaws(), withDefaults({ published: '2022-01-10' }), { ner: model });
  return result;
}
