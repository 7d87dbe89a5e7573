import { analyzeArticles } from './scripts/lib/basil-eval.ts';
import { loadResources } from './src/pipeline/resources.ts';
const [id, ...at] = process.argv.slice(2);
const a = analyzeArticles([id!], loadResources().resources).get(id!)!;
for (const p of at.map(Number)) {
  const q = a.quotes.find((x) => x.start <= p && p < x.end);
  console.log(p, JSON.stringify(q && { ...q, text: q.text.slice(0, 30) }));
  const ents = a.entities.filter((e) => e.start > p - 300 && e.start < p + 300).map((e) => `${e.name}/${e.type}${e.title ? '(' + e.title + ')' : ''}`);
  console.log('   ', ents.join(' | '));
}
