import { readFileSync } from "node:fs";
import { generateCorpus } from "./generate";
import { runIngestCase } from "./ingestCase";

const seed = [
  {
    name: "data/profiles/jiaming-song.txt",
    text: readFileSync("data/profiles/jiaming-song.txt", "utf8"),
  },
  { name: "data/bib/jiaming-song.bib", text: readFileSync("data/bib/jiaming-song.bib", "utf8") },
];
console.log(
  JSON.stringify(
    runIngestCase({ name: "seed-profile", files: seed }, { runs: 3, asOf: "2026-11-28" }),
  ),
);
for (const p of (process.argv[2] ?? "1000").split(",").map(Number)) {
  const c = generateCorpus({ papers: p, seed: 1 });
  console.log(
    JSON.stringify(
      runIngestCase({ name: `synthetic-${p}`, files: c.files }, { runs: 1, asOf: "2026-11-28" }),
    ),
  );
}
