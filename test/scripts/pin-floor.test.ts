import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinFloor } from '../../scripts/lib/pin-floor.ts';

test('--raise never pins a floor below the old one (0.93285 over 0.9327 pinned 0.932)', () => {
  assert.equal(pinFloor(0.93285, 0.9327, 'raise'), 0.9327);
  assert.equal(pinFloor(0.8912, 0.889, 'raise'), 0.891);
  assert.equal(pinFloor(0.88, 0.889, 'raise'), undefined, 'a value under its floor is never pinned by --raise');
  assert.equal(pinFloor(0.95, 0.9, undefined), undefined, 'no flag: the floor stays');
});

test('--lower with a reason pins the measurement, down as well as up', () => {
  assert.equal(pinFloor(0.8812, 0.889, 'lower'), 0.881);
  assert.equal(pinFloor(0.9129, 0.9, 'lower'), 0.912);
});
