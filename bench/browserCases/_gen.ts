import { ensureAppGraph } from "./appGraphData";

const t = performance.now();
for (const [name, n] of [
  ["synthetic-10k", 10000],
  ["synthetic-50k", 50000],
] as const) {
  const f = ensureAppGraph("bench/out/browser-data", name, n, 1, console.log);
  console.log(f, ((performance.now() - t) / 1000).toFixed(0));
}
