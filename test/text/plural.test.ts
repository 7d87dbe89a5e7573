import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plural } from '../../src/text/plural.ts';
import { plural as webPlural } from '../../src/web/format.ts';

test('plural: one noun form for one, the plural otherwise, digits grouped as English text writes them', () => {
  assert.equal(plural(1, 'article'), '1 article');
  assert.equal(plural(0, 'article'), '0 articles');
  assert.equal(plural(3, 'story', 'stories'), '3 stories');
  // The Markdown brief and the CLI wrote "2000 articles", the web UI "2,000 articles": one helper now.
  assert.equal(plural(2000, 'article'), '2,000 articles');
  assert.equal(webPlural, plural);
});
