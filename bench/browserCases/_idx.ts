import { readFileSync } from "node:fs";
import { prepareAtlasGraph } from "../../src/graph/appGraph";
import { buildFilterIndex } from "../../src/filters/filterIndex";
import { searchIndex } from "../../src/filters/search";
const json = JSON.parse(readFileSync(process.argv[2] as string, "utf8"));
const g = prepareAtlasGraph(structuredClone(json));
for (const [name, fn] of [["prepare", () => prepareAtlasGraph(structuredClone(json))], ["index", () => buildFilterIndex(g)], ["search", () => searchIndex(g)], ["clone", () => structuredClone(json)]] as const) {
  const ts: number[] = [];
  for (let i = 0; i < 15; i++) { const t = performance.now(); fn(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(name, ts.map((v) => v.toFixed(1)).join(" "));
}
