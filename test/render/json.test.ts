import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringifyInPieces } from '../../src/render/json.ts';

const joined = (value: unknown, indent: number, depth: number): string => [...stringifyInPieces(value, indent, depth)].join('');

test('the pieces joined are JSON.stringify(value, null, indent) byte for byte, at any depth', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 5 }), (value, indent, depth) => {
      assert.equal(joined(value, indent, depth), JSON.stringify(value, null, indent));
    }),
    { numRuns: 500 },
  );
});

test('members JSON.stringify leaves out or writes as null are left out or null here too', () => {
  const odd = {
    a: undefined,
    f: () => 1,
    s: Symbol('x'),
    date: new Date(0),
    gone: { toJSON: () => undefined },
    list: [undefined, () => 1, { toJSON: () => undefined }, new Number(3), 'text\nwith a line break', [], {}],
    empty: {},
    nested: { deeper: [{ x: [1, { y: 'z' }] }] },
  };
  for (const depth of [0, 1, 2, 3, 9]) assert.equal(joined(odd, 2, depth), JSON.stringify(odd, null, 2), `depth ${depth}`);
  assert.equal(joined(undefined, 2, 2), '');
  assert.equal(joined('x', 2, 2), '"x"');
  assert.equal(joined([], 2, 2), '[]');
});

test('a brief-shaped value comes out in many small pieces, none holding the whole', () => {
  const brief = { articles: Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, text: 'x'.repeat(100) })), stories: [], diagnostics: [] };
  const pieces = [...stringifyInPieces(brief, 2, 2)];
  assert.ok(pieces.length > 50);
  assert.ok(Math.max(...pieces.map((p) => p.length)) < 200);
});
