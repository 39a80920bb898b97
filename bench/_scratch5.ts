import { buildPaperAuthorGraph } from "../src/graph/build";
import { buildCoauthorGraph } from "../src/graph/coauthors";
import { realData } from "../src/graph/realData.testing";
import { multilevelLayout } from "../src/layout/multilevel";
import { neighbourhoodPreservation } from "../src/layout/quality";
import { runD3Force, runForceAtlas2 } from "./layoutCase";

const g = buildCoauthorGraph(buildPaperAuthorGraph([realData().input]));
console.log(g.order, g.size);
const t = performance.now();
const pos = multilevelLayout(g, { seed: 1 });
console.log("ours", performance.now() - t, neighbourhoodPreservation(g, pos, { sample: 2000 }));
const lim = { chunk: 50, maxSteps: 1000, capMs: 60000, patience: 4, minGain: 0.002 };
const f = runForceAtlas2(g, 1, 2000, lim);
console.log("fa2", f.quality, f.msToBest, f.stepsToBest);
const d = runD3Force(g, 1, 2000, { ...lim, chunk: 25, maxSteps: 300 });
console.log("d3", d.quality, d.msToBest, d.stepsToBest);
