export { loadNerModel, NER_MODEL_DIR, type LoadNerOptions } from './load-ner-model.ts';
export { tagEntities, tagText, sentencesOf, NER_RULE, NER_RULE_TRIMMED, type EntitySpan } from './tag-entities.ts';
export type { NerModel } from './model.ts';
export { scoreSpans, type ConllScore, type Prf, type ScoredSpan } from './conlleval.ts';
