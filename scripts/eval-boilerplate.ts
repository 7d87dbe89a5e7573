import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, printMetrics } from './lib/data.ts';
import { scoreBoilerplate, type BoilerplateGold } from '../src/eval/boilerplate-score.ts';
import { extractArticle } from '../src/pipeline/stages/extract-article.ts';
import { removeBoilerplate } from '../src/pipeline/stages/remove-boilerplate.ts';

// Plain-text cleaning on the bundled seeds against the hand annotation in test/extract-text/fixtures: how many body
// lines survive (body recall) and how many boilerplate lines go (boilerplate recall). The seeds are the only scraped
// plain-text set with every kind of furniture; the annotation was written before tuning and is reviewed in git.
const gold = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'extract-text', 'fixtures', 'seeds-boilerplate.json'), 'utf8')) as Record<string, BoilerplateGold>;
const dir = join(REPO_ROOT, 'samples');
let body = 0, lost = 0, boiler = 0, left = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const id = file.replace(/\.txt$/, '');
  const g = gold[id];
  if (!g) continue;
  const text = readFileSync(join(dir, file), 'utf8');
  const s = scoreBoilerplate(text, removeBoilerplate(extractArticle({ id, source: file, format: 'text', text })), g);
  body += s.bodyLines; lost += s.bodyLost; boiler += s.boilerplateLines; left += s.boilerplateLeft;
  console.log(`${id}: body ${s.bodyLines - s.bodyLost}/${s.bodyLines} kept, boilerplate ${s.boilerplateLines - s.boilerplateLeft}/${s.boilerplateLines} removed`);
  for (const p of s.problems) console.log(`  ${p}`);
}
const r = (a: number, b: number): number => (b ? Math.round((a / b) * 1000) / 1000 : 1);
printMetrics({ bodyRecall: r(body - lost, body), boilerplateRecall: r(boiler - left, boiler), bodyLines: body, boilerplateLines: boiler });
