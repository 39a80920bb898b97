// Seeded pseudo-random numbers: one small generator shared by community detection and layout,
// so the same input and seed always give the same clusters and positions (Math.random never).

/** A random source in [0, 1), as d3-force's `randomSource` and Louvain's `rng` expect. */
export type RandomSource = () => number;

/**
 * mulberry32: a 32-bit state generator, tiny and fast, good enough for layout jitter and
 * Louvain's visiting order (not for anything secret). Any number seeds it; it is truncated to
 * 32 bits, so `seed` and `seed + 2 ** 32` give the same stream.
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed used when a caller gives none. */
export const DEFAULT_SEED = 1;

/** Derive an independent stream for one stage (clusters, layout, offsets) from the run's seed. */
export function streamFor(seed: number, stage: number): RandomSource {
  // Mixing the stage in with a large odd constant keeps the streams apart for nearby seeds.
  return mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stage + 1, 0x85ebca6b)) >>> 0);
}
