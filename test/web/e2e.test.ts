// End-to-end: the built UI in real headless Chromium against `serve` on 127.0.0.1 with the seed reports ingested.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { loadInputs } from '../../src/io/load-inputs.ts';
import { createApp } from '../../src/http/app.ts';
import { loadStaticFiles } from '../../src/http/static-files.ts';
import { loadResources } from '../../src/pipeline/resources.ts';
import { ingestArticles } from '../../src/service/ingest.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { article, brief } from '../store/fixtures.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SEEDS = existsSync('../shared/seeds') ? '../shared/seeds' : 'samples';
const EVIL = 'Breaking <script>alert(1)</script> and <img src=x onerror=alert(1)> more at javascript:alert(1)';

// Screenshots of what the tests saw, for a person to look at (CROSSCHECK_SCREENSHOTS to keep them somewhere else).
const SHOTS = process.env['CROSSCHECK_SCREENSHOTS'] ?? join(tmpdir(), 'crosscheck-e2e-screenshots');
const shotPath = (name: string): string => {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, name);
};
async function shoot(t: { diagnostic: (m: string) => void }, page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shotPath(name), fullPage: true });
  t.diagnostic(`screenshot: ${shotPath(name)}`);
}

const missing = !existsSync(CHROMIUM);
if (missing && process.env['CI'] === 'true') {
  // CI installs Chromium (.ci/run); its absence there is a broken environment, not a reason to pass.
  describe('web UI in Chromium', () => {
    it('needs Chromium', () => assert.fail(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`));
  });
} else {
  describe('web UI in Chromium', { skip: missing ? `Chromium not found at ${CHROMIUM} (required when CI=true)` : false }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-'));
    let store: Store;
    let server: ServerType;
    let browser: BrowserContext;
    let base: string;
    const problems: string[] = [];

    before(async () => {
      const outDir = join(dir, 'web');
      await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      store = openSqliteStore(join(dir, 'e2e.db'));
      const loaded = await loadInputs([SEEDS], { maxFileBytes: 1e7 });
      // A budget for the one-source sentences too: the confirmed ones come first, and the sentence with figures ("The
      // two sides largely spent the eight hours … some 100,000 Russian troops …") is one outlet's.
      await ingestArticles(store, loaded.articles, { published: '2022-01-10', summaryBytes: 4000, windowDays: 7, now: new Date('2022-01-11T00:00:00Z') }, loadResources().resources);
      await seedHostileStory(store);
      const app = createApp(store, { staticFiles: loadStaticFiles(outDir) });
      server = await new Promise<ServerType>((resolve) => {
        const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
      });
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
    });

    after(async () => {
      await browser?.close();
      server?.close();
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function open(path: string): Promise<Page> {
      const page = await browser.newPage();
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
      await page.goto(base + path);
      return page;
    }

    it('lists the Geneva talks story, opens it, and a citation marker reveals the cited passage', async () => {
      const page = await open('/');
      // The list is fetched after the page loads: read it once it is there (a loaded machine showed it empty).
      await page.locator('.story-title').first().waitFor();
      const titles = await page.locator('.story-title').allTextContents();
      const geneva = titles.find((t) => /talks/i.test(t) && /Russia/i.test(t));
      assert.ok(geneva, `Geneva talks story listed (got ${JSON.stringify(titles)})`);
      await page.locator('.story-title', { hasText: geneva }).click();
      await page.locator('article.brief h1').waitFor();
      assert.equal(await page.locator('article.brief h1').textContent(), geneva);

      const marker = page.locator('#summary .cite').first();
      const articleId = await marker.getAttribute('data-article');
      await marker.click();
      const cited = page.locator('#summary .passage mark.cited');
      await cited.waitFor();
      const citedText = (await cited.textContent()) ?? '';
      assert.ok(citedText.length > 20, 'a real passage is highlighted');

      // The highlight is exactly the cited span of that article's text.
      const storyId = decodeURIComponent(new URL(page.url()).hash.replace('#/story/', ''));
      const brief = (await (await fetch(`${base}/api/stories/${storyId}`)).json()) as { summary: { spans: { articleId: string; start: number; end: number }[] }[] };
      const span = brief.summary[0]?.spans.find((s) => s.articleId === articleId);
      const art = (await (await fetch(`${base}/api/articles/${articleId}`)).json()) as { text: string };
      assert.ok(span);
      assert.equal(citedText, art.text.slice(span.start, span.end));

      // A number other outlets also give is cited apart from the sentence's sources, and opens where they give it.
      const figure = page.locator('#summary .figure-note .cite').first();
      assert.ok(await figure.count(), 'the seeds summary names outlets that give its numbers (eight hours, 100,000 troops)');
      const figureArticle = await figure.getAttribute('data-article');
      await figure.click();
      const figureCited = page.locator(`#summary .passage[data-article="${figureArticle}"] mark.cited`);
      await figureCited.waitFor();
      assert.ok(/\d|eight|hundred|thousand|lakh/i.test((await figureCited.textContent()) ?? ''), 'the figure’s passage is the number as that outlet gives it');

      for (const section of ['#agreement', '#quotes', '#timeline', '#entities', '#sources']) {
        assert.ok(await page.locator(section).count(), `${section} shown`);
      }
      await page.close();
    });

    it('as a reader sees it: every claim reachable, quotes marked once, counts in the right number, outlets listed', async (t) => {
      const page = await open('/');
      await page.locator('.story-item').first().waitFor();
      await page.setViewportSize({ width: 1100, height: 900 });
      await shoot(t, page, 'story-list.png');
      // Each listed story's title and the separate pieces of its meta line, as shown.
      const items = await page.locator('.story-item').evaluateAll((els) =>
        els.map((e) => ({ title: e.querySelector('.story-title')?.textContent ?? '', meta: [...e.querySelectorAll('.meta > *')].map((m) => m.textContent ?? '') })),
      );
      const hostile = items.find((x) => x.title.startsWith('Breaking'));
      assert.ok(hostile, JSON.stringify(items));
      assert.ok(hostile.meta.includes('1 article') && hostile.meta.includes('1 independent source'), `singular counts: ${JSON.stringify(hostile.meta)}`);
      assert.ok(items.every((x) => x.meta.every((m) => !/^1 (articles|stories|independent sources)$/.test(m))), JSON.stringify(items));
      assert.match((await page.locator('.pager').textContent()) ?? '', /2 stories/);
      // Outlets are listed where the articles name them, and their absence is said where they do not.
      assert.ok(hostile.meta.includes('<script>alert(1)</script> News'), JSON.stringify(hostile.meta));
      const geneva = items.find((x) => /talks/i.test(x.title));
      assert.ok(geneva?.meta.includes('outlets not named in the articles'), JSON.stringify(geneva));
      assert.ok(geneva?.meta.includes('5 articles'), JSON.stringify(geneva));

      await page.locator('.story-title', { hasText: /talks/i }).click();
      await page.locator('#agreement').waitFor();
      const storyId = decodeURIComponent(new URL(page.url()).hash.replace('#/story/', ''));
      const brief = (await (await fetch(`${base}/api/stories/${storyId}`)).json()) as { claims: { level: string }[] };
      const rows = page.locator('#agreement tr.claim');
      assert.equal(await rows.count(), Math.min(12, brief.claims.length));
      assert.ok(brief.claims.length > 12, 'the samples have more claims than one screen shows');
      await page.locator('#agreement button.more').click();
      assert.equal(await rows.count(), brief.claims.length, 'every claim can be seen');
      const clauses = brief.claims.filter((c) => c.level === 'clause').length;
      assert.ok(clauses > 0);
      assert.equal(await page.locator('#agreement tr.clause').count(), clauses, 'clause-level claims are visible');
      await shoot(t, page, 'story-all-claims.png');
      const text = (await page.locator('#app').textContent()) ?? '';
      assert.ok(!/[“"]\s*[“"]|[”"]\s*[”"]/.test(await page.locator('#quotes').innerText()), 'no doubled quotation marks in quotes');
      assert.ok(!/““|””/.test(text), 'no doubled quotation marks anywhere');
      // A quote's other wordings never repeat the wording it shows (the samples have quotes whose wording changed).
      const quoteItems = await page.locator('#quotes li.quote').evaluateAll((els) =>
        els.map((e) => ({ whole: e.textContent ?? '', others: [...e.querySelectorAll('.variants > li')].map((v) => v.textContent ?? '') })),
      );
      assert.ok(quoteItems.some((q) => q.others.length > 0), 'some quote shows other wordings');
      const repeats = quoteItems.filter((q) => q.others.some((o) => { const w = o.split(/[“”]/)[1] ?? ''; return w.length > 0 && q.whole.split(w).length > 2; }));
      assert.deepEqual(repeats, [], 'a quote lists its shown wording again among its other wordings');
      const meta = await page.locator('article.brief > .meta > *').allTextContents();
      assert.ok(meta.includes('5 independent sources') && meta.includes('5 articles'), JSON.stringify(meta));
      // The grouping reason says what it is, as the Markdown brief does (it was a bare "shared: …; mean similarity …").
      assert.match((await page.locator('article.brief > .why').textContent()) ?? '', /^Why one story: shared: /);
      await page.close();
    });

    it('searches for "Ryabkov" and shows matching articles; a hit opens its story at the passage it matched', async (t) => {
      const page = await open('/');
      await page.fill('input[type=search]', 'Ryabkov');
      await page.press('input[type=search]', 'Enter');
      await page.locator('.hit').first().waitFor();
      assert.ok((await page.locator('.hit').count()) >= 1);
      assert.match((await page.locator('.hit mark').first().textContent()) ?? '', /Ryabkov/i);
      assert.match((await page.locator('.search-results h1').textContent()) ?? '', /results? for “Ryabkov”/);
      // The hit leads to the passage it matched, shown first on the story page (it led to the story's top).
      const snippet = (await page.locator('.hit .snippet').first().textContent()) ?? '';
      await page.locator('.hit a').first().click();
      await page.locator('#search-match mark.cited').waitFor();
      assert.equal(await page.locator('#search-match mark.cited').textContent(), 'Ryabkov');
      const shown = (await page.locator('#search-match .passage p').textContent()) ?? '';
      const around = snippet.split('…').find((f) => /Ryabkov/.test(f))?.trim().split(/\s+/).slice(0, 3).join(' ') ?? '';
      assert.ok(shown.replace(/\s+/g, ' ').includes(around), `the snippet's words "${around}" are not in the passage shown: ${shown}`);
      await shoot(t, page, 'search-hit-passage.png');
      await page.close();
    });

    it('renders hostile article text inert, under a strict CSP', async () => {
      const res = await fetch(`${base}/`);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'; script-src 'self'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');

      const page = await open('/#/story/s-hostile');
      await page.locator('article.brief h1').waitFor();
      await page.locator('#summary .cite').first().click();
      await page.locator('#summary .passage mark.cited').waitFor();
      const dom = await page.evaluate(() => ({
        scripts: document.querySelectorAll('#app script').length,
        imgs: document.querySelectorAll('#app img').length,
        handlers: document.querySelectorAll('#app [onerror], #app [onclick], #app [onload]').length,
        jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        text: document.getElementById('app')?.textContent ?? '',
        pwned: (window as unknown as { pwned?: boolean }).pwned === true,
      }));
      assert.deepEqual([dom.scripts, dom.imgs, dom.handlers, dom.jsLinks, dom.pwned], [0, 0, 0, 0, false]);
      assert.ok(dom.text.includes('<script>alert(1)</script>'), 'the markup shows as text');
      assert.ok(dom.text.includes('<img src=x onerror=alert(1)>'));
      assert.ok(dom.text.includes('javascript:alert(1)'), 'the javascript: URL shows as text, not as a link');
      await page.close();
      assert.deepEqual(problems, [], 'no alert dialogs, page errors or CSP violations');
    });
  });
}

/** A story whose article, quotes and timeline carry script tags, event handlers and a javascript: URL. */
async function seedHostileStory(store: Store): Promise<void> {
  const text = `${EVIL}\n\nSecond paragraph <b onmouseover=alert(1)>bold</b>.`;
  await store.putArticle(article('hostile', { title: EVIL, outlet: '<script>alert(1)</script> News', url: 'javascript:window.pwned=true', published: '2021-06-01', text }), {
    contentHash: 'hostile',
    ingestedAt: '2022-01-11T00:00:00Z',
  });
  await store.replaceStories({
    remove: [],
    put: [
      {
        brief: brief('s-hostile', ['hostile'], {
          title: EVIL,
          independentSources: 1,
          summary: [{ text: EVIL, sources: ['hostile'], spans: [{ articleId: 'hostile', start: 0, end: EVIL.length }] }],
          quotes: [{ speaker: '<img src=x onerror=alert(1)>', text: EVIL, direct: true, speakerCertainty: 'stated', sources: ['hostile'], spans: [] }],
          timeline: [{ date: '2021-06-02', text: EVIL, upcoming: false, certainty: 'stated', sources: ['hostile'], spans: [] }],
          exclusives: [{ text: EVIL, source: 'hostile', spans: [{ articleId: 'hostile', start: 0, end: 10 }] }],
        }),
        latestPublished: '2021-06-01',
        updatedAt: '2022-01-11T00:00:00Z',
      },
    ],
  });
}
