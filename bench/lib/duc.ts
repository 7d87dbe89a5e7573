import { readFileSync } from 'node:fs';
import { dataDir } from '../../scripts/lib/data.ts';
import type { RawArticle } from '../../src/model/raw-article.ts';

interface DucLine {
  readonly cluster: string;
  readonly docs: readonly { readonly doc_id: string | null; readonly local_id: string; readonly text: string | null }[];
}

/** The 500 DUC 2004 task-2 articles as raw text articles, dated from their document ids (APW19981026 → 1998-10-26). */
export function ducArticles(): RawArticle[] {
  const lines = readFileSync(dataDir('duc2004', 'duc2004_task2.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.flatMap((line) => {
    const cluster = JSON.parse(line) as DucLine;
    return cluster.docs.map((d): RawArticle => {
      // A few DUC records lack a document id or text; they stay in (an empty article is a case the pipeline handles).
      const id = d.doc_id ?? `${cluster.cluster}-${d.local_id}`;
      const m = /(\d{4})(\d{2})(\d{2})/.exec(id);
      return {
        id,
        source: `duc2004/${cluster.cluster}/${id}`,
        format: 'text',
        title: id,
        text: d.text ?? '',
        ...(m ? { published: `${m[1]}-${m[2]}-${m[3]}` } : {}),
      };
    });
  });
}

/** `copies` extra copies of every article (new ids) so a bench can show how cost grows with the corpus. */
export function withCopies(articles: readonly RawArticle[], copies: number): RawArticle[] {
  const out = [...articles];
  for (let c = 1; c <= copies; c++) for (const a of articles) out.push({ ...a, id: `${a.id}~${c}`, source: `${a.source}~${c}` });
  return out;
}
