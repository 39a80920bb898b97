import { readFileSync } from "node:fs";
import { buildFilterIndex } from "../../src/filters/filterIndex";
import { searchIndex } from "../../src/filters/search";
import { computeVisibility } from "../../src/filters/visibility";
import { prepareAtlasGraph } from "../../src/graph/appGraph";
import { DEFAULT_VIEW } from "../../src/url/viewState";

const file = process.argv[2]!;
const json = JSON.parse(readFileSync(file, "utf8"));
for (let rep = 0; rep < 2; rep++) {
  let t = performance.now();
  const lap = (name: string) => {
    const n = performance.now();
    console.log(name, (n - t).toFixed(0));
    t = n;
  };
  const g = prepareAtlasGraph(json);
  lap("prepare");
  const idx = buildFilterIndex(g);
  lap("index");
  const s = searchIndex(g);
  lap("search");
  const v = computeVisibility(idx, DEFAULT_VIEW);
  lap("visibility");
  for (let i = 0; i < 5; i++) computeVisibility(idx, { ...DEFAULT_VIEW, from: 2020 + i });
  lap("5x visibility");
  console.log(g.order, g.size);
}
