import { decodeDocument } from './decode.ts';
import type { SentenceFeatures } from './features.ts';
import type { NerModel } from './model.ts';
import { stackFeatures } from './stack-features.ts';

/** BILOU labels for one document's static features: first pass, then the stacked second pass if the model has one. */
export function labelDocument(model: NerModel, feats: readonly SentenceFeatures[]): Int8Array[] {
  const first = decodeDocument(model.pass1, feats, { constrained: true });
  if (model.pass2 === null) return first;
  return decodeDocument(model.pass2, stackFeatures(feats, first), { constrained: true });
}
