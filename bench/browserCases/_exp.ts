import { ingestFiles } from "../../src/pipeline/ingestFiles";
import { generateCorpus } from "../generate";

for (const papers of [27500]) {
  let t = performance.now();
  const c = generateCorpus({ papers, seed: 1, asOf: "2026-11-28" });
  console.log("gen", papers, c.authors, (performance.now() - t).toFixed(0));
  t = performance.now();
  const r = ingestFiles(c.files, {
    asOf: "2026-11-28",
    iterations: 0,
    onProgress: (s, f) => {
      if (f === 0) console.log(s, (performance.now() - t).toFixed(0));
    },
  });
  console.log(
    "ingest",
    r.graph.order,
    r.graph.size,
    r.summary.coauthorLinks,
    (performance.now() - t).toFixed(0),
    JSON.stringify(r.serialized).length,
  );
}
