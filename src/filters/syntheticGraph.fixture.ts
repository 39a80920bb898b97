// Test fixture: a seeded synthetic serialized atlas graph of any size (papers with 2–10
// authors drawn with skewed productivity, a few hyperauthored papers), for timing the filters.

import { mulberry32 } from "../graph/random";
import type { SerializedAtlasGraph } from "../graph/schema";
import { serializedOf } from "../graph/tinyGraph.testing";

const rng = mulberry32;

const CATEGORIES = ["LG", "CV", "CL", "AI", "IV", "RO", "NE", "ML"];
const VENUES = ["NeurIPS", "ICLR", "ICML", "CVPR", "arXiv", "AAAI", "ECCV", "TMLR"];

/** `hyperRate`: share of papers with 60 authors (over the cap of 25). */
export function syntheticSerialized(
  papers: number,
  authors: number,
  seed = 1,
  hyperRate = 0.001,
): SerializedAtlasGraph {
  const random = rng(seed);
  const nodes: SerializedAtlasGraph["nodes"] = [];
  const edges: SerializedAtlasGraph["edges"] = [];
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)] as T;
  for (let p = 0; p < papers; p++) {
    const year = 2000 + Math.floor(random() * 26);
    nodes.push({
      key: `paper:p${p}`,
      attributes: {
        kind: "paper",
        title: `Paper ${p} on ${pick(CATEGORIES)} things`,
        date: `${year}-01-01`,
        year,
        yearInferred: false,
        category: pick(CATEGORIES),
        hasCode: random() < 0.3,
        venue: pick(VENUES),
        venueFull: "",
        venueYear: year,
        orgs: [],
        abstract: null,
        authorsTruncated: false,
        authorCount: 0,
        sources: { authors: "profile", venue: "default" },
        bibKey: null,
        x: random(),
        y: random(),
        size: 2,
      },
    });
  }
  const paperCounts = new Int32Array(authors);
  for (let p = 0; p < papers; p++) {
    const n = random() < hyperRate ? 60 : 2 + Math.floor(random() * 9);
    const chosen = new Set<number>();
    while (chosen.size < n) {
      // Skewed productivity: low author ids publish far more.
      chosen.add(Math.floor(authors * random() ** 2));
    }
    let position = 0;
    for (const a of chosen) {
      paperCounts[a] = (paperCounts[a] as number) + 1;
      edges.push({
        key: `a:author:a${a}|paper:p${p}`,
        source: `author:a${a}`,
        target: `paper:p${p}`,
        attributes: { kind: "authorship", position: position++, source: "profile" },
      });
    }
    (nodes[p]?.attributes as { authorCount: number }).authorCount = n;
  }
  for (let a = 0; a < authors; a++) {
    nodes.push({
      key: `author:a${a}`,
      attributes: {
        kind: "author",
        name: `Author ${a}`,
        paperCount: paperCounts[a] as number,
        community: a % 20,
        owner: a < 2,
        x: random(),
        y: random(),
        size: 2,
      },
    });
  }
  return serializedOf(nodes, edges, papers, authors);
}
