import { readFileSync } from "node:fs";
import { enrichPapers, parseBibtex, parseProfile } from "../src/ingest";
import { generateCorpus } from "./generate";

const n = Number(process.argv[2] ?? 0);
const files = n
  ? generateCorpus({ papers: n, seed: 1 }).files
  : [
      {
        name: "a.txt",
        text: readFileSync("data/profiles/jiaming-song.txt", "utf8"),
        kind: "profile",
      },
      { name: "a.bib", text: readFileSync("data/bib/jiaming-song.bib", "utf8"), kind: "bib" },
    ];
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  const bibs = files
    .filter((f) => f.kind === "bib")
    .map((f) => parseBibtex(f.text, { file: f.name }));
  const tb = performance.now() - t;
  t = performance.now();
  const profs = files
    .filter((f) => f.kind === "profile")
    .map((f) => parseProfile(f.text, { file: f.name, asOf: "2026-11-28" }));
  const tp = performance.now() - t;
  t = performance.now();
  for (const p of profs) enrichPapers(p, bibs);
  const te = performance.now() - t;
  console.log(JSON.stringify({ tb, tp, te }));
}
