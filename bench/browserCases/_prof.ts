import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { buildFilterIndex } from "../../src/filters/filterIndex";
import { computeVisibility } from "../../src/filters/visibility";
import { prepareAtlasGraph } from "../../src/graph/appGraph";
import { DEFAULT_VIEW } from "../../src/url/viewState";

const json = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
const what = process.argv[3] ?? "prepare";
const s = new Session();
s.connect();
await s.post("Profiler.enable");
let g = prepareAtlasGraph(json);
let idx = buildFilterIndex(g);
await s.post("Profiler.start");
const t = performance.now();
if (what === "prepare") {
  g = prepareAtlasGraph(json);
  idx = buildFilterIndex(g);
} else
  for (let i = 0; i < 20; i++) computeVisibility(idx, { ...DEFAULT_VIEW, from: 2010 + (i % 10) });
console.log(what, performance.now() - t);
const { profile } = await s.post("Profiler.stop");
writeFileSync("/tmp/b5/prof/x.cpuprofile", JSON.stringify(profile));
