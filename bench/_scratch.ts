import forceAtlas2 from "graphology-layout-forceatlas2";
import { mulberry32 } from "../src/graph/random";
import { multilevelLayout } from "../src/layout/multilevel";
import { neighbourhoodPreservation } from "../src/layout/quality";
import { generateCoauthorGraph } from "./generate";

const n = Number(process.argv[2] ?? 1000);
const mode = process.argv[3] ?? "all";
let t = performance.now();
const g = generateCoauthorGraph({ authors: n, seed: 1 });
console.log("gen", n, g.size, (performance.now() - t).toFixed(0), "ms");
const opts = JSON.parse(process.argv[4] ?? "{}");
if (mode === "all" || mode === "ml") {
  t = performance.now();
  const pos = multilevelLayout(g, { seed: 1, ...opts });
  const ms = performance.now() - t;
  t = performance.now();
  const q = neighbourhoodPreservation(g, pos, { sample: 2000, seed: 3 });
  console.log(
    "ml",
    ms.toFixed(0),
    "ms q=",
    q.toFixed(4),
    "qtime",
    (performance.now() - t).toFixed(0),
  );
}
if (mode === "all" || mode === "fa2") {
  const rng = mulberry32(5);
  g.forEachNode((node) => g.mergeNodeAttributes(node, { x: rng() * 100, y: rng() * 100 }));
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: true };
  console.log(settings);
  let total = 0;
  const chunk = Number(process.argv[5] ?? 50);
  for (let it = chunk; it <= Number(process.argv[6] ?? 2000); it += chunk) {
    t = performance.now();
    forceAtlas2.assign(g, { iterations: chunk, settings, getEdgeWeight: "weight" });
    total += performance.now() - t;
    const pos: Record<string, { x: number; y: number }> = {};
    g.forEachNode((node, a) => {
      pos[node] = { x: a.x, y: a.y };
    });
    const q = neighbourhoodPreservation(g, pos, { sample: 2000, seed: 3 });
    console.log("fa2", it, total.toFixed(0), "ms q=", q.toFixed(4));
  }
}
