import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { StoryBriefStory } from '../model/story-brief.ts';
import { renderIcs } from '../render/ics.ts';
import { renderMarkdown } from '../render/markdown.ts';
import type { Store } from '../store/store.ts';
import { errorBody, HttpError } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { MAX_QUERY_CHARS, parsePage } from './params.ts';
import { renderRss } from './rss.ts';
import type { StaticFile } from './static-files.ts';

export interface AppOptions {
  /** The built web UI by URL path (see loadStaticFiles); empty → `/` explains how to build it. */
  readonly staticFiles?: ReadonlyMap<string, StaticFile>;
  readonly now?: () => Date;
}

// 64 KB: the API takes no uploads; anything larger than a query is refused before it is read.
const MAX_BODY_BYTES = 64 * 1024;
// The feed and the calendar look at this many top stories: what a reader subscribes to, at bounded cost per request.
const FEED_STORIES = 50;
const CALENDAR_STORIES = 200;

// Strict CSP: only our own scripts/styles, nothing inline, no framing, no plugins. Article text is rendered as text,
// and this is the second line of defence if that ever slips.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** The HTTP service as a Hono app over a store: call `app.request()` in tests, or hand `app.fetch` to a server. */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const files = options.staticFiles ?? new Map<string, StaticFile>();
  const now = options.now ?? (() => new Date());
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });
  app.use('*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => { throw new HttpError(413, 'body-too-large', `request body larger than ${MAX_BODY_BYTES} bytes`); } }));

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/stories', async (c) => {
    const page = parsePage(c.req.query('limit'), c.req.query('offset'));
    return c.json({ ...(await store.listStories(page)), limit: page.limit, offset: page.offset });
  });

  app.get('/api/stories/:id/articles', async (c) => {
    const brief = await mustStory(store, c.req.param('id'));
    return c.json({ items: await store.storyArticles(brief.id) });
  });

  app.get('/api/stories/:id', async (c) => {
    const raw = c.req.param('id');
    const ext = /\.(md|json)$/.exec(raw)?.[1];
    const id = ext ? raw.slice(0, -(ext.length + 1)) : raw;
    if (!ext) {
      // The hot path: the stored JSON goes out as is, no parse and re-serialize of a ~30-50 KB brief.
      const json = await store.getStoryJson(id);
      if (json === undefined) throw new HttpError(404, 'not-found', `no story "${id}"`);
      return c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8' });
    }
    const brief = await mustStory(store, id);
    const doc = { articles: await store.storyArticles(brief.id), stories: [brief], diagnostics: [] };
    const disposition = `attachment; filename="${brief.id}.${ext}"`;
    if (ext === 'md') return c.body(renderMarkdown(doc), 200, { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': disposition });
    return c.body(JSON.stringify(doc, null, 2) + '\n', 200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': disposition });
  });

  app.get('/api/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    if (!article) throw new HttpError(404, 'not-found', `no article "${c.req.param('id')}"`);
    const { source: _source, ...visible } = article; // the server's file path is nobody's business
    return c.json(visible);
  });

  app.get('/api/search', async (c) => {
    const q = c.req.query('q') ?? '';
    if (q.trim() === '') throw new HttpError(400, 'bad-parameter', 'q (the search text) is required');
    if (q.length > MAX_QUERY_CHARS) throw new HttpError(400, 'bad-parameter', `q longer than ${MAX_QUERY_CHARS} characters`);
    const page = parsePage(c.req.query('limit'), c.req.query('offset'));
    return c.json({ ...(await store.search(q, page)), limit: page.limit, offset: page.offset, q });
  });

  app.get('/api/outlets', async (c) => c.json({ items: await store.outlets() }));

  app.get('/feed.xml', async (c) => {
    const { items } = await store.listStories({ limit: FEED_STORIES, offset: 0 });
    const top = await Promise.all(items.map(async (summary) => ({ summary, brief: await store.getStory(summary.id) })));
    return c.body(renderRss(top, new URL(c.req.url).origin, now()), 200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
  });

  app.get('/calendar.ics', async (c) => {
    const { items } = await store.listStories({ limit: CALENDAR_STORIES, offset: 0 });
    const briefs = (await Promise.all(items.map((s) => store.getStory(s.id)))).filter((b): b is StoryBriefStory => b !== undefined);
    return c.body(renderIcs({ articles: [], stories: briefs, diagnostics: [] }, now()), 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });

  app.get('/api/*', () => {
    throw new HttpError(404, 'not-found', 'no such API endpoint (see /api/openapi.json)');
  });

  app.get('*', (c) => {
    const path = new URL(c.req.url).pathname;
    const file = files.get(path === '/' ? '/index.html' : path);
    if (file) {
      const immutable = path.startsWith('/assets/'); // Vite puts a content hash in these names
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type, 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    }
    if (path === '/') return c.html(notBuiltPage(), 503);
    throw new HttpError(404, 'not-found', `nothing at ${path}`);
  });

  app.notFound(() => {
    throw new HttpError(404, 'not-found', 'not found');
  });
  app.onError((err, c) => errorResponse(c, err));
  return app;
}

async function mustStory(store: Store, id: string): Promise<StoryBriefStory> {
  const brief = await store.getStory(id);
  if (!brief) throw new HttpError(404, 'not-found', `no story "${id}"`);
  return brief;
}

function errorResponse(c: Context, err: Error): Response {
  if (err instanceof HttpError) return c.json(errorBody(err.status, err.code, err.message), err.status);
  if ('status' in err && err.status === 405) return c.json(errorBody(405, 'method-not-allowed', 'method not allowed'), 405);
  // Anything else is our bug: log it for the operator, tell the client nothing internal.
  console.error(`serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? err.message}`);
  return c.json(errorBody(500, 'internal', 'internal error'), 500);
}

function notBuiltPage(): string {
  return '<!doctype html><meta charset="utf-8"><title>Crosscheck</title><h1>Crosscheck</h1><p>The web UI is not built. Run <code>npm run build:web</code> (or <code>npm start</code>), then reload. The API is at <a href="/api/stories">/api/stories</a>.</p>';
}
