/** Rounds a pinned floor a hair under the measurement, so float noise does not fail the next run. */
export function roundDown(x: number): number {
  return Math.floor(x * 1000) / 1000;
}

/**
 * The floor eval pins for a measured value: `raise` moves it up to what was measured, never below the old floor (a
 * value of 0.93285 over a floor of 0.9327 rounded down to 0.932, a silent lowering); `lower` (with a stated reason)
 * pins the measurement, up or down. Undefined: the floor stays.
 */
export function pinFloor(value: number, floor: number, mode: 'raise' | 'lower' | undefined): number | undefined {
  if (mode === 'lower') return roundDown(value);
  if (mode === 'raise' && value > floor) return Math.max(floor, roundDown(value));
  return undefined;
}
