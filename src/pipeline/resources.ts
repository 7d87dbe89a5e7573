import type { Diagnostic } from '../model/diagnostic.ts';
import { loadNerModel } from '../nlp/ner/index.ts';
import type { PipelineResources } from './pipeline.ts';

export interface LoadedResources {
  readonly resources: PipelineResources;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Loads the models the stages use. A missing or damaged model file is reported and the run goes on without that
 * stage's output (no entities), rather than failing every article.
 */
export function loadResources(): LoadedResources {
  try {
    return { resources: { ner: loadNerModel() }, diagnostics: [] };
  } catch (err) {
    const reason = `named-entity model unavailable, entities skipped (${err instanceof Error ? err.message : String(err)})`;
    return { resources: {}, diagnostics: [{ stage: 'entities', rule: 'entities/model-unavailable', item: 'models/ner', reason, severity: 'error' }] };
  }
}
