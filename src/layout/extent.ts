// The bounding box of some points, given as indices into coordinate arrays: the space-partitioning
// trees (Barnes-Hut, k-d) and the papers' levels of detail each start from one.

export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Bounds of the points `indices[from..to)` (all of `indices` by default); infinite when none. */
export function extentOf(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  indices: ArrayLike<number>,
  from = 0,
  to = indices.length,
): Extent {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let p = from; p < to; p++) {
    const i = indices[p] as number;
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}
