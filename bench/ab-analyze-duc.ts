import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadNerModel } from '../src/nlp/ner/index.ts';
import { withDefaults } from '../src/pipeline/options.ts';
import { analyzeExtracted } from '../src/pipeline/pipeline.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { printAb } from './lib/ab-build-brief.ts';
import { ducArticles } from './lib/duc.ts';

type Analyze = (raws: readonly ReturnType<typeof ducArticles>[number][]) => unknown;

/**
 * A/B of extracting and analyzing the 500 DUC 2004 articles (what `analyze` does per article before clustering)
 * between another checkout (A) and this one (B), in one process, alternating:
 * `node --import tsx bench/ab-analyze-duc.ts ../main [rounds=6] [--cold-ner]`. Each side loads its own NER model. Reports
 * per-round CPU, medians, the ratio and whether the analyzed articles are identical (JSON). With `--cold-ner` each round
 * loads its model afresh (its load is in the round's time), so the word memo starts empty as in a CLI run: what a
 * change to a word's first sight is worth shows only there.
 */
export async function run(args: readonly string[]): Promise<void> {
  const other = args[0] ?? '';
  const entry = (file: string): string => join(resolve(other), 'src', ...file.split('/'));
  if (!other || !existsSync(entry('pipeline/pipeline.ts'))) throw new TypeError('ab-analyze-duc: give the other checkout: node --import tsx bench/ab-analyze-duc.ts ../main [rounds]');
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(entry(file)).href)) as T;
  const cold = args.includes('--cold-ner');
  const a = sideOf(
    (await load<{ analyzeExtracted: typeof analyzeExtracted }>('pipeline/pipeline.ts')).analyzeExtracted,
    (await load<{ extractArticle: typeof extractArticle }>('pipeline/stages/extract-article.ts')).extractArticle,
    (await load<{ loadNerModel: typeof loadNerModel }>('nlp/ner/index.ts')).loadNerModel,
    cold,
  );
  const b = sideOf(analyzeExtracted, extractArticle, loadNerModel, cold);
  const rounds = Number(args.filter((a) => !a.startsWith('--'))[1] ?? 6);
  const raws = ducArticles().filter((raw) => (raw.text ?? '').trim() !== '');
  printAb(`analyzing ${raws.length} DUC articles${cold ? ', NER model loaded each round' : ''}`, other, rounds, (f: Analyze) => f(raws), a, b);
}

function sideOf(analyze: typeof analyzeExtracted, extract: typeof extractArticle, loadNer: typeof loadNerModel, cold: boolean): Analyze {
  const loaded = loadNer();
  const options = withDefaults({});
  return (raws) => {
    const ner = cold ? loadNer() : loaded;
    return raws.map((raw) => analyze(extract(raw), new Map(), options, { ner }));
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(process.argv.slice(2));
