import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BriefArticle } from '../api.ts';
import type { SourceSpan } from '../../model/span.ts';
import { paragraphAround } from '../passage.ts';
import { inCitationOrder } from '../format.ts';

/** Which citation is open: the item it belongs to and the article whose passage is shown. */
export interface OpenCitation {
  readonly item: string;
  readonly articleId: string;
}

export interface CitationContext {
  /** Article id → its number on this page ([1], [2], ...), in story order. */
  readonly numbers: ReadonlyMap<string, number>;
  readonly articles: ReadonlyMap<string, BriefArticle>;
  readonly open: OpenCitation | undefined;
  readonly toggle: (item: string, articleId: string) => void;
}

export const Citations = createContext<CitationContext>({ numbers: new Map(), articles: new Map(), open: undefined, toggle: () => {} });

/** The outlets behind an item, by name ("Reuters, AP"); empty when the articles carry no outlet. */
export function Outlets({ sources }: { sources: readonly string[] }) {
  const ctx = useContext(Citations);
  const names = [...new Set(inCitationOrder(sources, ctx.numbers).map((id) => ctx.articles.get(id)?.outlet).filter((o): o is string => Boolean(o)))];
  return names.length ? <span class="outlets muted"> — {names.join(', ')}</span> : null;
}

/** The [n] markers of one item; each reveals that source's passage under the item. */
export function Markers({ item, sources }: { item: string; sources: readonly string[] }) {
  const ctx = useContext(Citations);
  return (
    <span class="markers">
      {inCitationOrder(sources, ctx.numbers).map((id) => {
        const open = ctx.open?.item === item && ctx.open.articleId === id;
        const article = ctx.articles.get(id);
        return (
          <button
            type="button"
            key={id}
            class={open ? 'cite open' : 'cite'}
            aria-expanded={open}
            title={article ? `${article.outlet ?? ''} ${article.title}`.trim() : id}
            aria-label={`Source ${ctx.numbers.get(id) ?? '?'}: ${article?.outlet ?? article?.title ?? id}`}
            data-article={id}
            onClick={() => ctx.toggle(item, id)}
          >
            [{ctx.numbers.get(id) ?? '?'}]
          </button>
        );
      })}
    </span>
  );
}

/** The open citation's source passage for this item: its paragraph, with the cited span highlighted. */
export function Passage({ item, spans }: { item: string; spans: readonly SourceSpan[] }) {
  const ctx = useContext(Citations);
  if (ctx.open?.item !== item) return null;
  const articleId = ctx.open.articleId;
  const article = ctx.articles.get(articleId);
  const span = spans.find((s) => s.articleId === articleId);
  const label = `[${ctx.numbers.get(articleId) ?? '?'}] ${article?.outlet ? `${article.outlet} — ` : ''}${article?.title ?? articleId}`;
  if (!article || !span || span.end > article.text.length || span.start >= span.end) {
    return (
      <blockquote class="passage" data-article={articleId}>
        <div class="passage-source">{label}</div>
        <p class="muted">This source is cited without a recorded passage.</p>
      </blockquote>
    );
  }
  const { before, cited, after } = paragraphAround(article.text, span.start, span.end);
  return (
    <blockquote class="passage" data-article={articleId}>
      <div class="passage-source">{label}</div>
      <p>
        {before}
        <mark class="cited">{cited}</mark>
        {after}
      </p>
    </blockquote>
  );
}
