import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitHighlights } from '../../src/web/highlights.ts';
import { marksToHighlights } from '../../src/store/snippet.ts';

describe('search highlights', () => {
  it('a marked engine snippet becomes plain text and ranges', () => {
    const { snippet, highlights } = marksToHighlights('…said \u0002Ryabkov\u0003 and \u0002Sherman\u0003 in');
    assert.equal(snippet, '…said Ryabkov and Sherman in');
    assert.deepEqual(highlights.map((h) => snippet.slice(h.start, h.end)), ['Ryabkov', 'Sherman']);
    assert.deepEqual(marksToHighlights('cut \u0002insi').highlights, [{ start: 4, end: 8 }], 'an unclosed mark closes at the end');
    assert.deepEqual(marksToHighlights('\u0002\u0003 x').highlights, [], 'an empty match is no range');
  });

  it('the UI cuts text by ranges and survives nonsense ranges', () => {
    const text = 'Ryabkov met Sherman';
    assert.deepEqual(splitHighlights(text, [{ start: 12, end: 19 }, { start: 0, end: 7 }]), [
      { text: 'Ryabkov', match: true },
      { text: ' met ', match: false },
      { text: 'Sherman', match: true },
    ]);
    const odd = splitHighlights(text, [{ start: 5, end: 2 }, { start: 15, end: 999 }, { start: 10, end: 16 }]);
    assert.equal(odd.map((p) => p.text).join(''), text, 'no text lost or repeated');
  });
});
