/**
 * Perl's sprintf("%7.5f", x) read back as a number. ROUGE rounds recall and precision this way *before* computing F,
 * so F is only reproduced to 1e-5 if we round the same way.
 *
 * C's printf rounds the exact binary value, half to even; `toFixed` rounds exact ties up. A double in [0, 1] lies
 * exactly halfway at the 5th decimal only when 64·x is an odd integer (x = k/64), so only those need fixing.
 */
export function perlRound5(x: number): number {
  if (!Number.isFinite(x)) return x;
  const scaled64 = x * 64; // exact: multiplying by a power of two
  if (Number.isInteger(scaled64) && Math.abs(scaled64) % 2 === 1) {
    const t = x * 100000; // exact half-integer (k·1562.5 with k odd)
    const lo = Math.floor(t);
    return (lo % 2 === 0 ? lo : lo + 1) / 100000;
  }
  return Number(x.toFixed(5));
}
