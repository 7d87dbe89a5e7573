/** OpenAPI 3.1 description of the read-only JSON API (served at /api/openapi.json). */
export function openApiDocument(): Record<string, unknown> {
  const json = (schema: unknown, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const error = { '4XX': json(ref('Error'), 'Client error'), '5XX': json(ref('Error'), 'Server error') };
  const page = [
    { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
    { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
  ];
  const id = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });
  const cited = { sources: { type: 'array', items: { type: 'string' } }, spans: { type: 'array', items: ref('SourceSpan') } };
  // Who a he/she of the passage stands for (inferred from the article); the text stays as written.
  const referent = { type: 'object', properties: { pronoun: { type: 'string' }, name: { type: 'string' }, at: { type: 'integer' } }, description: 'who a he/she of the text stands for (inferred); at: its offset in text' };
  const quoted = {
    type: 'object',
    properties: { speaker: { type: 'string' }, opensBefore: { type: 'boolean' }, continuesAfter: { type: 'boolean' } },
    description: 'the text lies inside one direct quotation: its speaker (as "Who said what" names them) and whether the opening / closing mark stands outside text',
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Crosscheck API', version: '0.1.0', description: 'Stories built from many news reports: what sources agree on, where they differ, exclusives, quotes, timeline, copies. Read-only.' },
    paths: {
      '/api/stories': { get: { summary: 'Stories ranked by independent sources, then recency', parameters: page, responses: { 200: json(ref('StoryPage')), ...error } } },
      '/api/stories/{id}': { get: { summary: 'The brief of one story', parameters: [id('Story')], responses: { 200: json(ref('StoryBrief')), ...error } } },
      '/api/stories/{id}.json': { get: { summary: 'Export: the story in the `crosscheck analyze --format json` shape', parameters: [id('Story')], responses: { 200: json({ type: 'object' }), ...error } } },
      '/api/stories/{id}.md': { get: { summary: 'Export: the story as Markdown', parameters: [id('Story')], responses: { 200: { description: 'OK', content: { 'text/markdown': { schema: { type: 'string' } } } }, ...error } } },
      '/api/stories/{id}/articles': { get: { summary: 'The articles of one story (cleaned text; spans index into it)', parameters: [id('Story')], responses: { 200: json({ type: 'object', properties: { items: { type: 'array', items: ref('Article') } } }), ...error } } },
      '/api/articles/{id}': { get: { summary: 'One article', parameters: [id('Article')], responses: { 200: json(ref('Article')), ...error } } },
      '/api/search': {
        get: {
          summary: 'Full-text search over article titles and text',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }, ...page],
          responses: { 200: json(ref('SearchPage')), ...error },
        },
      },
      '/api/outlets': { get: { summary: 'Outlets with article and story counts', responses: { 200: json({ type: 'object', properties: { items: { type: 'array', items: ref('Outlet') } } }), ...error } } },
      '/feed.xml': { get: { summary: 'RSS 2.0 feed of the top stories', responses: { 200: { description: 'OK', content: { 'application/rss+xml': { schema: { type: 'string' } } } } } } },
      '/calendar.ics': { get: { summary: 'iCalendar of upcoming events in the stories', responses: { 200: { description: 'OK', content: { 'text/calendar': { schema: { type: 'string' } } } } } } },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['status', 'code', 'message'], properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } } } } },
        SourceSpan: { type: 'object', required: ['articleId', 'start', 'end'], properties: { articleId: { type: 'string' }, start: { type: 'integer', description: 'UTF-16 offset into the article text' }, end: { type: 'integer' } } },
        StorySummary: {
          type: 'object',
          required: ['id', 'title', 'independentSources', 'articleCount', 'outlets', 'updatedAt'],
          properties: { id: { type: 'string' }, title: { type: 'string' }, independentSources: { type: 'integer' }, articleCount: { type: 'integer' }, outlets: { type: 'array', items: { type: 'string' } }, latestPublished: { type: 'string', format: 'date' }, updatedAt: { type: 'string', format: 'date-time' } },
        },
        StoryPage: { type: 'object', required: ['total', 'limit', 'offset', 'items'], properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: ref('StorySummary') } } },
        StoryBrief: {
          type: 'object',
          description: 'StoryBriefStory (src/model/story-brief.ts): every item cites its sources and spans.',
          required: ['id', 'title', 'articleIds', 'independentSources', 'summary', 'claims', 'quotes', 'timeline'],
          properties: {
            id: { type: 'string' }, title: { type: 'string' }, articleIds: { type: 'array', items: { type: 'string' } }, independentSources: { type: 'integer' },
            origins: { type: 'array', items: { type: 'string' } }, why: { type: 'string' },
            summary: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, referent, quoted, ...cited } } },
            claims: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  text: { type: 'string' },
                  independentSources: { type: 'integer', description: 'origins behind the claim: copies, rewrites and word-for-word passages count once' },
                  verbatimSources: { type: 'array', items: { type: 'array', items: { type: 'string' } }, description: 'groups of sources carrying the passage word for word (one origin each)' },
                  level: { type: 'string', enum: ['sentence', 'clause'], description: 'whole sentences aligned, or one clause of each' },
                  rule: { type: 'string', description: 'the alignment rule that produced the claim' },
                  referent,
                  quoted,
                  ...cited,
                },
              },
            },
            quotes: { type: 'array', items: { type: 'object', properties: { speaker: { type: 'string' }, text: { type: 'string' }, direct: { type: 'boolean' }, wordingChanged: { type: 'boolean' }, ...cited } } },
            timeline: { type: 'array', items: { type: 'object', properties: { date: { type: 'string' }, text: { type: 'string' }, upcoming: { type: 'boolean' }, referent, quoted, ...cited } } },
            entities: { type: 'array', items: { type: 'object' } }, agreed: { type: 'array', items: { type: 'object' } }, discrepancies: { type: 'array', items: { type: 'object' } },
            exclusives: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  text: { type: 'string' },
                  source: { type: 'string' },
                  level: { type: 'string', enum: ['sentence', 'clause'], description: 'clause: the rest of a sentence whose other clauses other sources state' },
                  referent,
                  quoted,
                  spans: { type: 'array', items: ref('SourceSpan') },
                },
              },
            }, duplicates: { type: 'array', items: { type: 'object' } }, rewrites: { type: 'array', items: { type: 'object' } },
          },
        },
        Article: {
          type: 'object',
          required: ['id', 'title', 'language', 'text'],
          properties: { id: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' }, published: { type: 'string' }, publishedInferred: { type: 'boolean' }, language: { type: 'string' }, text: { type: 'string' }, storyId: { type: 'string' } },
        },
        SearchPage: {
          type: 'object',
          required: ['total', 'items'],
          properties: {
            total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' },
            items: { type: 'array', items: ref('SearchHit') },
          },
        },
        SearchHit: {
          type: 'object',
          required: ['articleId', 'title', 'snippet', 'highlights'],
          properties: {
            articleId: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, published: { type: 'string' }, storyId: { type: 'string' },
            snippet: { type: 'string', description: 'The matching passage as plain text' },
            highlights: {
              type: 'array',
              description: 'Where the matched terms are in `snippet`: UTF-16 offsets, sorted and not overlapping; `snippet.slice(start, end)` is the match',
              items: { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } },
            },
          },
        },
        Outlet: { type: 'object', properties: { name: { type: 'string' }, articles: { type: 'integer' }, stories: { type: 'integer' }, latestPublished: { type: 'string' } } },
      },
    },
  };
}
