// matplotlib 3.6.3's FixedLocator with nbins (ticker.py:1723-1764): the ticks a colorbar puts on
// BoundaryNorm boundaries or contour levels.

/**
 * Every ceil(n / nbins)-th location, starting at the phase whose ticks come closest to zero
 * (so 0 is a tick whenever it is a location). nbins is at least 2.
 */
export function fixedLocatorTicks(locs: readonly number[], nbins = 10): number[] {
  if (locs.length === 0) return [];
  const step = Math.max(Math.ceil(locs.length / Math.max(nbins, 2)), 1);
  const phase = (i: number): number[] => locs.filter((_, k) => k >= i && (k - i) % step === 0);
  const minAbs = (ticks: readonly number[]): number => ticks.reduce((m, t) => Math.min(m, Math.abs(t)), Infinity);
  let ticks = phase(0);
  for (let i = 1; i < step; i++) {
    const candidate = phase(i);
    // Strictly smaller: on a tie the earlier phase stays.
    if (minAbs(candidate) < minAbs(ticks)) ticks = candidate;
  }
  return ticks;
}
