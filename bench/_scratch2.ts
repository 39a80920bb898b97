import { mulberry32 } from "../src/graph/random";
import { coarsen, type Level } from "../src/layout/coarsen";
import { graphToCsr } from "../src/layout/csr";
import { generateCoauthorGraph } from "./generate";

const n = Number(process.argv[2] ?? 10000);
const g = generateCoauthorGraph({ authors: n, seed: 1 });
const csr = graphToCsr(g);
let level: Level = {
  n,
  offsets: csr.offsets,
  targets: csr.targets,
  weights: csr.weights,
  size: new Float64Array(n).fill(1),
  charge: new Float64Array(n).fill(1),
};
const rng = mulberry32(1);
const degs = new Int32Array(n);
for (let i = 0; i < n; i++) degs[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
const sorted = [...degs].sort((a, b) => b - a);
console.log("maxdeg", sorted.slice(0, 10), "median", sorted[n >> 1]);
const t = performance.now();
while (level.n > 50) {
  const { coarse } = coarsen(level, rng);
  console.log(level.n, "->", coarse.n, "edges", coarse.targets.length / 2);
  if (coarse.n > 0.9 * level.n) break;
  level = coarse;
}
console.log("coarsen ms", (performance.now() - t).toFixed(0));
