import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeModel } from './model-format.ts';
import type { NerModel } from './model.ts';

/** models/ner at the repository root. */
export const NER_MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'ner');

export interface LoadNerOptions {
  /** Folder holding weights.bin and lexicons.bin (default models/ner). */
  readonly dir?: string;
  /**
   * Also run the stacked second pass (document-level features over first-pass labels). Default false: on CoNLL
   * it gave +0.5 F1 on dev (testa) but only +0.1 on test (testb), for twice the tagging time.
   */
  readonly secondPass?: boolean;
}

/**
 * Reads the trained tagger. The caller keeps the returned object; nothing is cached here. A missing or corrupt
 * model is a packaging error and throws.
 */
export function loadNerModel(options: LoadNerOptions | string = {}): NerModel {
  const opts: LoadNerOptions = typeof options === 'string' ? { dir: options } : options;
  const dir = opts.dir ?? NER_MODEL_DIR;
  const bin = readFileSync(join(dir, 'weights.bin'));
  const lex = readFileSync(join(dir, 'lexicons.bin'));
  return decodeModel(new Uint8Array(bin.buffer, bin.byteOffset, bin.byteLength), new Uint8Array(lex.buffer, lex.byteOffset, lex.byteLength), opts.secondPass === true);
}
