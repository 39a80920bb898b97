// A 2-d tree over layout positions for k-nearest-neighbour queries. The quality metric asks
// for the k nearest nodes of thousands of sample nodes at 50k nodes; a brute-force scan would
// cost O(n) each, and a uniform grid degrades when a layout leaves far-flung outliers.

import { extentOf } from "./extent";

const LEAF_SIZE = 8;

export interface KdTree {
  xs: Float64Array;
  ys: Float64Array;
  /** Point indices, permuted so every tree node covers a contiguous range. */
  perm: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  /** Child node ids; -1 for a leaf. */
  left: Int32Array;
  right: Int32Array;
  axis: Uint8Array;
  split: Float64Array;
}

/** Build the tree; `xs` and `ys` are read, not copied or changed. */
export function buildKdTree(xs: Float64Array, ys: Float64Array): KdTree {
  const n = xs.length;
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  // A binary tree whose leaves each hold at least one point has at most 2n - 1 nodes.
  const cap = Math.max(1, 2 * n);
  const lo = new Int32Array(cap);
  const hi = new Int32Array(cap);
  const left = new Int32Array(cap).fill(-1);
  const right = new Int32Array(cap).fill(-1);
  const axis = new Uint8Array(cap);
  const split = new Float64Array(cap);
  let count = 1;
  lo[0] = 0;
  hi[0] = n;
  const stack: number[] = [0];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    const a = lo[node] as number;
    const b = hi[node] as number;
    if (b - a <= LEAF_SIZE) continue;
    const { minX, minY, maxX, maxY } = extentOf(xs, ys, perm, a, b);
    if (maxX - minX === 0 && maxY - minY === 0) continue; // all coincident: keep as one leaf
    const ax = maxX - minX >= maxY - minY ? 0 : 1;
    const coords = ax === 0 ? xs : ys;
    const mid = (a + b) >> 1;
    select(perm, coords, a, b - 1, mid);
    axis[node] = ax;
    split[node] = coords[perm[mid] as number] as number;
    const l = count++;
    const r = count++;
    lo[l] = a;
    hi[l] = mid;
    lo[r] = mid;
    hi[r] = b;
    left[node] = l;
    right[node] = r;
    stack.push(l, r);
  }
  return { xs, ys, perm, lo, hi, left, right, axis, split };
}

/** Quickselect: reorder perm[a..b] so that perm[k] holds the k-th smallest coordinate. */
function select(perm: Int32Array, coords: Float64Array, a: number, b: number, k: number): void {
  let l = a;
  let r = b;
  while (r > l) {
    const pivot = coords[perm[(l + r) >> 1] as number] as number;
    let i = l;
    let j = r;
    while (i <= j) {
      while ((coords[perm[i] as number] as number) < pivot) i++;
      while ((coords[perm[j] as number] as number) > pivot) j--;
      if (i <= j) {
        const t = perm[i] as number;
        perm[i] = perm[j] as number;
        perm[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return;
  }
}

/**
 * The k nearest points to point `query` (itself excluded), nearest first; ties broken by
 * index so the answer is deterministic. Returns fewer than k when the tree holds fewer points.
 */
export function nearestNeighbours(tree: KdTree, query: number, k: number): Int32Array {
  const { xs, ys, perm, lo, hi, left, right, axis, split } = tree;
  const qx = xs[query] as number;
  const qy = ys[query] as number;
  // Max-heap of the best k so far, keyed on (distance, index).
  const heapD = new Float64Array(k);
  const heapI = new Int32Array(k);
  let size = 0;
  const worse = (d1: number, i1: number, d2: number, i2: number) =>
    d1 > d2 || (d1 === d2 && i1 > i2);
  const push = (d: number, i: number) => {
    if (size < k) {
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!worse(d, i, heapD[p] as number, heapI[p] as number)) break;
        heapD[c] = heapD[p] as number;
        heapI[c] = heapI[p] as number;
        c = p;
      }
      heapD[c] = d;
      heapI[c] = i;
    } else if (worse(heapD[0] as number, heapI[0] as number, d, i)) {
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= size) break;
        const r = l + 1;
        let m = l;
        if (
          r < size &&
          worse(heapD[r] as number, heapI[r] as number, heapD[l] as number, heapI[l] as number)
        )
          m = r;
        if (!worse(heapD[m] as number, heapI[m] as number, d, i)) break;
        heapD[c] = heapD[m] as number;
        heapI[c] = heapI[m] as number;
        c = m;
      }
      heapD[c] = d;
      heapI[c] = i;
    }
  };

  const visit = (node: number) => {
    const l = left[node] as number;
    if (l === -1) {
      for (let p = lo[node] as number, b = hi[node] as number; p < b; p++) {
        const i = perm[p] as number;
        if (i === query) continue;
        const dx = (xs[i] as number) - qx;
        const dy = (ys[i] as number) - qy;
        push(dx * dx + dy * dy, i);
      }
      return;
    }
    const diff = (axis[node] === 0 ? qx : qy) - (split[node] as number);
    const near = diff < 0 ? l : (right[node] as number);
    const far = diff < 0 ? (right[node] as number) : l;
    visit(near);
    // Points on the split line sit on either side, so visit the far side on equality too.
    if (size < k || diff * diff <= (heapD[0] as number)) visit(far);
  };
  if (k > 0 && xs.length > 0) visit(0);

  // Heap order to nearest-first.
  const order = Array.from({ length: size }, (_, j) => j);
  order.sort(
    (a, b) =>
      (heapD[a] as number) - (heapD[b] as number) || (heapI[a] as number) - (heapI[b] as number),
  );
  const out = new Int32Array(size);
  for (let j = 0; j < size; j++) out[j] = heapI[order[j] as number] as number;
  return out;
}
