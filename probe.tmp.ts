import { analyzeArticles } from './scripts/lib/basil-eval.ts';
import { loadBasilArticle, loadLabelledDates, loadLabelledQuotes } from './scripts/lib/basil.ts';
import { loadResources } from './src/pipeline/resources.ts';
const ids = [...new Set([...loadLabelledQuotes(), ...loadLabelledDates()].map((x) => x.article))];
const m = analyzeArticles(ids, {});
for (const id of ids) { const a = m.get(id)!; const t = loadBasilArticle(id).text; if (a.text !== t) { let i = 0; while (a.text[i] === t[i]) i++; console.log(id, a.text.length, t.length, i, JSON.stringify(t.slice(i-30, i+60)), JSON.stringify(a.text.slice(i-30,i+60)), a.removed?.slice?.(0,3)); } }
