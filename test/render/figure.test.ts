import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figure, figureLabel } from '../../src/render/figure.ts';

test('figure: money with its sign and scale word, shares with %, counts in grouped digits', () => {
  assert.equal(figure(716_000_000_000, 'USD'), '$716 billion');
  assert.equal(figure(5_700_000_000, 'USD'), '$5.7 billion');
  assert.equal(figure(1_300_000_000_000, 'USD'), '$1.3 trillion');
  assert.equal(figure(2_500_000, 'GBP'), '£2.5 million');
  assert.equal(figure(5150, 'USD'), '$5,150');
  assert.equal(figure(43.7, '%'), '43.7%');
  assert.equal(figure(100_000, 'troop'), '100,000');
  assert.equal(figure(5.5, 'hour'), '5.5');
});

test('figureLabel: a bare currency names nothing the figure does not; a counted thing or a complement stays', () => {
  assert.equal(figureLabel('USD', 'USD'), '');
  assert.equal(figureLabel('USD of aid', 'USD'), 'aid');
  assert.equal(figureLabel('troop', 'troop'), 'troop');
  assert.equal(figureLabel('hour of talks', 'hour'), 'hour of talks');
});
