// Small statistics for the benchmarks: medians of repeated runs and the growth exponent of a
// log-log fit (1 = linear).

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("stats: median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Least-squares slope of log(y) against log(x): y grows as x^slope. */
export function growthExponent(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length || xs.length < 2) {
    throw new Error("stats: growthExponent needs two or more (x, y) pairs");
  }
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += ((lx[i] as number) - mx) * ((ly[i] as number) - my);
    den += ((lx[i] as number) - mx) ** 2;
  }
  if (den === 0) throw new Error("stats: growthExponent needs distinct x values");
  return num / den;
}

/** Time a synchronous function in milliseconds. */
export function timeMs<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}
