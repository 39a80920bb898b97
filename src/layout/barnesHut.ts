// Barnes-Hut repulsion on typed arrays: a bucket quadtree rebuilt each iteration by in-place
// partitioning of an index array, so a 50k-node iteration allocates no arrays and far-away
// groups of nodes push as one charge (O(n log n) instead of O(n^2)).

import { extentOf } from "./extent";

const LEAF_SIZE = 8;
const MAX_DEPTH = 40;

/** Reusable quadtree buffers for one layout run. */
export class BarnesHut {
  private perm: Int32Array;
  private stack: Int32Array;
  private cap = 0;
  private count = 0;
  private lo = new Int32Array(0);
  private hi = new Int32Array(0);
  private firstChild = new Int32Array(0);
  private childCount = new Uint8Array(0);
  private width = new Float64Array(0);
  private cx = new Float64Array(0);
  private cy = new Float64Array(0);
  private charge = new Float64Array(0);
  // Cell corners during the build.
  private x0 = new Float64Array(0);
  private y0 = new Float64Array(0);
  private depth = new Uint8Array(0);

  constructor(maxPoints: number) {
    this.perm = new Int32Array(Math.max(1, maxPoints));
    this.stack = new Int32Array(64 * 4 + 16);
    this.grow(Math.max(16, Math.ceil(maxPoints / 2)));
  }

  private grow(cap: number): void {
    const copyI = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a.subarray(0, Math.min(a.length, cap)));
      return b;
    };
    const copyF = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a.subarray(0, Math.min(a.length, cap)));
      return b;
    };
    const copyU = (a: Uint8Array) => {
      const b = new Uint8Array(cap);
      b.set(a.subarray(0, Math.min(a.length, cap)));
      return b;
    };
    this.lo = copyI(this.lo);
    this.hi = copyI(this.hi);
    this.firstChild = copyI(this.firstChild);
    this.childCount = copyU(this.childCount);
    this.width = copyF(this.width);
    this.cx = copyF(this.cx);
    this.cy = copyF(this.cy);
    this.charge = copyF(this.charge);
    this.x0 = copyF(this.x0);
    this.y0 = copyF(this.y0);
    this.depth = copyU(this.depth);
    this.cap = cap;
  }

  /** Build the tree over points 0..n-1 and their charges. */
  build(n: number, xs: Float64Array, ys: Float64Array, q: Float64Array): void {
    const perm = this.perm;
    for (let i = 0; i < n; i++) perm[i] = i;
    const { minX, minY, maxX, maxY } = extentOf(xs, ys, perm, 0, n);
    const w = Math.max(maxX - minX, maxY - minY, 1e-9) * 1.0001;
    this.count = 1;
    this.lo[0] = 0;
    this.hi[0] = n;
    this.x0[0] = minX;
    this.y0[0] = minY;
    this.width[0] = w;
    this.depth[0] = 0;
    // Nodes are created parent before children, so a forward sweep splits and a backward sweep
    // sums charges children-first.
    for (let node = 0; node < this.count; node++) {
      const a = this.lo[node] as number;
      const b = this.hi[node] as number;
      this.childCount[node] = 0;
      if (b - a <= LEAF_SIZE || (this.depth[node] as number) >= MAX_DEPTH) continue;
      const half = (this.width[node] as number) / 2;
      const xm = (this.x0[node] as number) + half;
      const ym = (this.y0[node] as number) + half;
      const m = partition(perm, ys, a, b, ym);
      const m0 = partition(perm, xs, a, m, xm);
      const m1 = partition(perm, xs, m, b, xm);
      if (this.count + 4 > this.cap) this.grow(this.cap * 2);
      const bounds = [a, m0, m, m1, b];
      const first = this.count;
      let children = 0;
      for (let quad = 0; quad < 4; quad++) {
        const s = bounds[quad] as number;
        const e = bounds[quad + 1] as number;
        if (s === e) continue;
        const c = this.count++;
        this.lo[c] = s;
        this.hi[c] = e;
        this.width[c] = half;
        this.x0[c] = (this.x0[node] as number) + (quad & 1 ? half : 0);
        this.y0[c] = (this.y0[node] as number) + (quad & 2 ? half : 0);
        this.depth[c] = (this.depth[node] as number) + 1;
        children++;
      }
      this.firstChild[node] = first;
      this.childCount[node] = children;
    }
    for (let node = this.count - 1; node >= 0; node--) {
      let sq = 0;
      let sx = 0;
      let sy = 0;
      const cc = this.childCount[node] as number;
      if (cc === 0) {
        for (let p = this.lo[node] as number, e = this.hi[node] as number; p < e; p++) {
          const i = perm[p] as number;
          const qi = q[i] as number;
          sq += qi;
          sx += qi * (xs[i] as number);
          sy += qi * (ys[i] as number);
        }
      } else {
        for (let c = this.firstChild[node] as number, e = c + cc; c < e; c++) {
          const qc = this.charge[c] as number;
          sq += qc;
          sx += qc * (this.cx[c] as number);
          sy += qc * (this.cy[c] as number);
        }
      }
      this.charge[node] = sq;
      this.cx[node] = sq > 0 ? sx / sq : (this.x0[node] as number);
      this.cy[node] = sq > 0 ? sy / sq : (this.y0[node] as number);
    }
  }

  /**
   * Add to (fx, fy) the repulsion `strength * q_i * q_j / d` (pointing away) that every other
   * point exerts on each point, approximating a cell by its centre of charge when its width
   * is below theta times its distance. Call after build with the same arrays.
   */
  accumulate(
    n: number,
    xs: Float64Array,
    ys: Float64Array,
    q: Float64Array,
    strength: number,
    theta: number,
    fx: Float64Array,
    fy: Float64Array,
  ): void {
    const { perm, lo, hi, firstChild, childCount, width, cx, cy, charge } = this;
    const theta2 = theta * theta;
    let stack = this.stack;
    for (let i = 0; i < n; i++) {
      const xi = xs[i] as number;
      const yi = ys[i] as number;
      let ax = 0;
      let ay = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const node = stack[--top] as number;
        const cc = childCount[node] as number;
        if (cc === 0) {
          for (let p = lo[node] as number, e = hi[node] as number; p < e; p++) {
            const j = perm[p] as number;
            if (j === i) continue;
            const dx = xi - (xs[j] as number);
            const dy = yi - (ys[j] as number);
            const d2 = dx * dx + dy * dy;
            if (d2 > 1e-18) {
              const f = (q[j] as number) / d2;
              ax += dx * f;
              ay += dy * f;
            }
          }
          continue;
        }
        const dx = xi - (cx[node] as number);
        const dy = yi - (cy[node] as number);
        const d2 = dx * dx + dy * dy;
        const w = width[node] as number;
        if (w * w < theta2 * d2) {
          const f = (charge[node] as number) / d2;
          ax += dx * f;
          ay += dy * f;
          continue;
        }
        if (top + cc > stack.length) {
          const bigger = new Int32Array(stack.length * 2);
          bigger.set(stack);
          stack = bigger;
          this.stack = stack;
        }
        for (let c = firstChild[node] as number, e = c + cc; c < e; c++) stack[top++] = c;
      }
      const s = strength * (q[i] as number);
      fx[i] = (fx[i] as number) + ax * s;
      fy[i] = (fy[i] as number) + ay * s;
    }
  }
}

/** Move perm[a..b) entries with coord < pivot to the front; return the boundary. */
function partition(
  perm: Int32Array,
  coords: Float64Array,
  a: number,
  b: number,
  pivot: number,
): number {
  let i = a;
  let j = b - 1;
  while (i <= j) {
    if ((coords[perm[i] as number] as number) < pivot) {
      i++;
    } else {
      const t = perm[i] as number;
      perm[i] = perm[j] as number;
      perm[j] = t;
      j--;
    }
  }
  return i;
}
