import { Fragment } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type BriefArticle, type StoryBriefStory } from '../api.ts';
import { claimsByOrigin } from '../../render/claims-by-origin.ts';
import { figure, figureLabel } from '../../render/figure.ts';
import { otherFigures } from '../../render/other-figures.ts';
import { named } from '../../render/named-referent.ts';
import { copyLabel, plural, quoted } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { locateMatch, paragraphAround } from '../passage.ts';
import { safeHttpUrl, type SearchMatch } from '../route.ts';
import { Citations, Markers, Outlets, Passage, type CitationContext, type OpenCitation } from './citations.tsx';
import { ShowMore } from './ShowMore.tsx';
import { Status } from './Status.tsx';

export function StoryPage({ id, match }: { id: string; match?: SearchMatch }) {
  const loaded = useLoad(`story:${id}`, async (signal) => {
    const [brief, articles] = await Promise.all([api.story(id, signal), api.storyArticles(id, signal)]);
    return { brief, articles: articles.items };
  });
  return <Status loaded={loaded}>{(v) => <Brief brief={v.brief} articles={v.articles} {...(match ? { match } : {})} />}</Status>;
}

// How many rows each section shows before "Show all": a screenful each, so the page stays scannable on a phone.
const FIRST = { claims: 12, exclusives: 8, quotes: 12, timeline: 20, entities: 30 };

function Brief({ brief, articles, match }: { brief: StoryBriefStory; articles: readonly BriefArticle[]; match?: SearchMatch }) {
  const [open, setOpen] = useState<OpenCitation | undefined>(undefined);
  const ctx = useMemo<CitationContext>(
    () => ({
      numbers: new Map(brief.articleIds.map((id, i) => [id, i + 1])),
      articles: new Map(articles.map((a) => [a.id, a])),
      open,
      toggle: (item, articleId) => setOpen((cur) => (cur?.item === item && cur.articleId === articleId ? undefined : { item, articleId })),
    }),
    [brief, articles, open],
  );
  const { agreed: claims, oneSource } = claimsByOrigin([...brief.claims].sort((a, b) => b.sources.length - a.sources.length || b.independentSources - a.independentSources));
  // What one source states, then what one source and its copies state (cited by every article that ran it).
  const onlyOne = [...brief.exclusives.map((e) => ({ text: named(e), sources: [e.source], spans: e.spans, copies: false })), ...oneSource.map((c) => ({ text: named(c), sources: c.sources, spans: c.spans, copies: true }))];
  const quotes = [...brief.quotes].sort((a, b) => Number(b.direct) - Number(a.direct) || b.sources.length - a.sources.length);
  return (
    <Citations.Provider value={ctx}>
      <article class="brief">
        <h1>{brief.title}</h1>
        <div class="meta">
          <span class="badge">{plural(brief.independentSources, 'independent source', 'independent sources')}</span>
          <span>{plural(brief.articleIds.length, 'article', 'articles')}</span>
          <a href={`/api/stories/${encodeURIComponent(brief.id)}.md`}>Markdown</a>
          <a href={`/api/stories/${encodeURIComponent(brief.id)}.json`}>JSON</a>
        </div>
        {/* Labelled as in the Markdown brief: bare, "shared: Ukraine, Nato…; mean similarity 0.84" said nothing of what it was. */}
        <p class="why muted">Why one story: {brief.why}</p>
        {match ? <SearchMatchPassage match={match} /> : null}

        <section id="summary">
          <h2>Summary</h2>
          {brief.summary.map((s, i) => (
            <div class="summary-sentence" key={i}>
              <p>
                {named(s)} <Markers item={`summary-${i}`} sources={s.sources} />
                {/* Sources that give a number of the sentence but not the sentence: apart, so they do not read as its sources. */}
                {(s.figures ?? []).map((f, j) => (
                  <span class="figure-note muted" key={j}>
                    {' '}({`“${f.text}” also in `}
                    <Markers item={`summary-${i}-figure-${j}`} sources={f.sources} />)
                  </span>
                ))}
              </p>
              <Passage item={`summary-${i}`} spans={s.spans} />
              {(s.figures ?? []).map((f, j) => (
                <Passage key={j} item={`summary-${i}-figure-${j}`} spans={f.spans} />
              ))}
            </div>
          ))}
        </section>

        {claims.length ? (
          <section id="agreement">
            <h2>What sources agree on</h2>
            <AgreementTable brief={brief} claims={claims} initial={FIRST.claims} articles={ctx.articles} />
          </section>
        ) : null}

        {brief.discrepancies.length ? (
          <section id="discrepancies">
            <h2>Where sources differ</h2>
            <ul class="discrepancies">
              {brief.discrepancies.map((d, i) => (
                <li key={i} class="discrepancy">
                  <strong>{figureLabel(d.about, d.values[0]?.unit ?? '') || 'money'}</strong>
                  <ul>
                    {d.values.map((v, j) => (
                      <li key={j}>
                        <span class="value">{figure(v.value, v.unit)}</span> {quoted(v.text)} <Markers item={`disc-${i}-${j}`} sources={v.sources} />
                        <Passage item={`disc-${i}-${j}`} spans={v.spans} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {brief.agreed.length ? (
          <section id="agreed">
            <h2>Numbers sources agree on</h2>
            <ul>
              {brief.agreed.map((a, i) => (
                <li key={i}>
                  {figureLabel(a.about, a.unit) ? `${figureLabel(a.about, a.unit)}: ` : ''}<span class="value">{figure(a.value, a.unit)}</span> ({a.texts.map(quoted).join(', ')}) <Markers item={`agreed-${i}`} sources={a.sources} />
                  <OthersSay figures={otherFigures(a, brief.discrepancies)} unit={a.unit} />
                  <Passage item={`agreed-${i}`} spans={a.spans} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {onlyOne.length ? (
          <section id="exclusives">
            <h2>Only one source reports</h2>
            <ShowMore
              items={onlyOne}
              initial={FIRST.exclusives}
              render={(e, i) => (
                <li key={i}>
                  {e.text} <Markers item={`excl-${i}`} sources={e.sources} />
                  {e.copies ? <span class="muted"> (one source: copies of each other)</span> : null}
                  <Passage item={`excl-${i}`} spans={e.spans} />
                </li>
              )}
            />
          </section>
        ) : null}

        {quotes.length ? (
          <section id="quotes">
            <h2>Who said what</h2>
            <ShowMore
              items={quotes}
              initial={FIRST.quotes}
              class="quotes"
              render={(q, i) => (
                <li key={i} class={q.wordingChanged ? 'quote changed' : 'quote'}>
                  <strong>{q.speaker || 'Unattributed'}</strong>
                  {q.speakerCertainty === 'inferred' ? <span class="muted"> (speaker inferred)</span> : null}
                  {q.direct ? ': ' : ' (paraphrase): '}{quoted(q.text)} <Markers item={`quote-${i}`} sources={q.sources} />
                  <Outlets sources={q.sources} />
                  {q.wordingChanged ? <span class="flag">wording changed</span> : null}
                  <Passage item={`quote-${i}`} spans={q.spans} />
                  {/* The quote above is the first variant's wording: list only the others, as the Markdown does. */}
                  {q.variants && q.variants.length > 1 ? (
                    <ul class="variants" aria-label="Other wordings">
                      {q.variants.slice(1).map((v, k) => {
                        const j = k + 1;
                        return (
                          <li key={j}>
                            {v.direct === false ? <>(paraphrase) {v.text}</> : quoted(v.text)} <Markers item={`quote-${i}-v${j}`} sources={v.sources} />
                            <Outlets sources={v.sources} />
                            <Passage item={`quote-${i}-v${j}`} spans={v.spans} />
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </li>
              )}
            />
          </section>
        ) : null}

        {brief.timeline.length ? (
          <section id="timeline">
            <h2>Timeline</h2>
            <ShowMore
              items={brief.timeline}
              initial={FIRST.timeline}
              tag="ol"
              class="timeline"
              render={(t, i) => (
                <li key={i} class={t.upcoming ? 'event upcoming' : 'event'}>
                  <time dateTime={t.date}>{t.date}</time>
                  {t.upcoming ? <span class="flag">upcoming</span> : null}
                  {t.certainty === 'inferred' ? <span class="muted"> (date inferred)</span> : null} {named(t)} <Markers item={`time-${i}`} sources={t.sources} />
                  <Passage item={`time-${i}`} spans={t.spans} />
                </li>
              )}
            />
          </section>
        ) : null}

        {brief.entities.length ? (
          <section id="entities">
            <h2>People, organizations and places</h2>
            <ShowMore
              items={brief.entities}
              initial={FIRST.entities}
              class="entities"
              render={(e, i) => (
                <li key={i} class={`entity ${e.type}`} title={[...e.titles, ...e.aliases].join(', ')}>
                  {e.name} <span class="muted">{e.type}, {e.mentions}×</span>
                </li>
              )}
            />
          </section>
        ) : null}

        <section id="sources">
          <h2>Sources</h2>
          <Sources brief={brief} articles={ctx.articles} />
        </section>
      </article>
    </Citations.Provider>
  );
}

/**
 * Claims against sources, the best-supported first. The first `initial` rows show; a button shows the rest, so
 * every claim (clause-level ones included, marked "part of each sentence") can be reached.
 */
function AgreementTable({ brief, claims, initial, articles }: { brief: StoryBriefStory; claims: StoryBriefStory['claims']; initial: number; articles: ReadonlyMap<string, BriefArticle> }) {
  const [all, setAll] = useState(false);
  const cols = brief.articleIds;
  const shown = all ? claims : claims.slice(0, initial);
  const clauses = claims.filter((c) => c.level === 'clause').length;
  return (
    <>
      <div class="table-wrap">
        <table class="agreement">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              {cols.map((id, i) => (
                <th scope="col" key={id} title={articles.get(id)?.title ?? id}>
                  [{i + 1}]
                  {articles.get(id)?.outlet ? <div class="col-outlet">{articles.get(id)?.outlet}</div> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((c, i) => (
              <Fragment key={i}>
                <tr class={c.level === 'clause' ? 'claim clause' : 'claim'}>
                  <td>
                    {named(c)}{' '}
                    <span class="muted">
                      ({plural(c.independentSources, 'independent source', 'independent sources')}{c.level === 'clause' ? '; part of each sentence' : ''})
                    </span>
                    {c.verbatimSources?.map((g) => (
                      <span key={g.join()} class="muted">
                        {' '}word for word in<Outlets sources={g} />
                      </span>
                    ))}
                  </td>
                  {cols.map((id) => (
                    <td key={id} class={c.sources.includes(id) ? 'yes' : 'no'}>
                      {c.sources.includes(id) ? <Markers item={`claim-${i}`} sources={[id]} /> : <span aria-label="not reported">·</span>}
                    </td>
                  ))}
                </tr>
                <tr class="passage-row">
                  <td colSpan={cols.length + 1}>
                    <Passage item={`claim-${i}`} spans={c.spans} />
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {claims.length > initial ? (
        <button type="button" class="more" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${plural(claims.length, 'claim', 'claims')}${clauses ? ` (${clauses} part of a sentence)` : ''}`}
        </button>
      ) : null}
    </>
  );
}

function Sources({ brief, articles }: { brief: StoryBriefStory; articles: ReadonlyMap<string, BriefArticle> }) {
  const number = (id: string) => brief.articleIds.indexOf(id) + 1;
  const origins = new Set(brief.origins);
  return (
    <ol class="sources">
      {brief.articleIds.map((id) => {
        const a = articles.get(id);
        const link = safeHttpUrl(a?.url);
        const dup = brief.duplicates.find((d) => d.copy === id);
        const rew = brief.rewrites.find((r) => r.copy === id);
        return (
          <li key={id} id={`source-${id}`}>
            <span class="num">[{number(id)}]</span> {link ? <a href={link} rel="noopener noreferrer nofollow" target="_blank">{a?.title || id}</a> : <span>{a?.title || id}</span>}
            <div class="meta">
              {a?.outlet ? <span>{a.outlet}</span> : null}
              {a?.published ? <time dateTime={a.published}>{a.published}{a.publishedInferred ? ' (inferred)' : ''}</time> : null}
              {!link && a?.url ? <span class="muted">{a.url}</span> : null}
              {dup ? <span class="flag">{copyLabel('copy', number(dup.original), dup.similarity)}</span> : null}
              {rew ? <span class="flag">{copyLabel('rewrite', number(rew.original), rew.score)}</span> : null}
              {!dup && !rew && origins.has(id) ? <span class="badge">original</span> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

// An agreed figure that other sources contradict says so beside it (the dispute itself is under "Where sources differ").
function OthersSay({ figures, unit }: { figures: readonly { readonly value: number; readonly sources: readonly string[] }[]; unit: string }) {
  if (figures.length === 0) return null;
  const said = figures.map((f) => `${plural(f.sources.length, 'source')} ${f.sources.length === 1 ? 'gives' : 'give'} ${figure(f.value, unit)}`);
  return <span class="others-say"> — not all sources: {said.join(', ')} (see Where sources differ)</span>;
}

/**
 * The passage a search hit matched, first on the page it leads to (the hit linked to the story's top, and the passage
 * was nowhere on the page: the brief shows only cited passages). Scrolled into view, since a long title pushes it down.
 */
function SearchMatchPassage({ match }: { match: SearchMatch }) {
  const ctx = useContext(Citations);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.scrollIntoView({ block: 'start' }), [match]);
  const article = ctx.articles.get(match.article);
  const at = article ? locateMatch(article.text, match.word, match.context) : undefined;
  const label = `[${ctx.numbers.get(match.article) ?? '?'}] ${article?.outlet ? `${article.outlet} — ` : ''}${article?.title ?? match.article}`;
  return (
    <section id="search-match" ref={ref}>
      <h2>Where “{match.word}” matched</h2>
      <blockquote class="passage" data-article={match.article}>
        <div class="passage-source">{label}</div>
        {article && at ? <MatchedParagraph text={article.text} at={at} /> : <p class="muted">This article is not in the story any more, or its text changed since the search.</p>}
      </blockquote>
    </section>
  );
}

function MatchedParagraph({ text, at }: { text: string; at: { start: number; end: number } }) {
  const { before, cited, after } = paragraphAround(text, at.start, at.end);
  return (
    <p>
      {before}
      <mark class="cited">{cited}</mark>
      {after}
    </p>
  );
}
