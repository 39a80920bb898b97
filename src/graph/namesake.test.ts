// Namesake detection and the identity report on the default profile (data/), through the real
// pipeline: BigDL 2.0 and SABER (by other people called Jiaming Song, as their BibTeX notes
// say) are flagged, papers on the owner's own list never are, decisions apply on re-ingest.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type IngestOptions, ingestFiles } from "../filesToGraph/ingestFiles";
import { defaultIngest } from "../filters/defaultGraph.fixture";
import { parseBibtex } from "../ingest";
import { detectNamesakes, NAMESAKE_THRESHOLD, notesOwnList } from "./namesake";
import type { PaperNodeAttributes } from "./schema";

const PROFILE = "data/profiles/jiaming-song.txt";
const BIB = "data/bib/jiaming-song.bib";
const OWNER = "Jiaming Song";
const BIGDL =
  "paper:bigdl-2-0-seamless-scaling-of-ai-pipelines-from-laptops-to-distributed-cluster";
const SABER = "paper:saber-switchable-and-balanced-training-for-efficient-llm-reasoning";
// Its BibTeX note: "affiliations not seen, so whether this 'Jiaming Song' is the same person is
// unverified". Flagged as likely, for the user to keep or exclude.
const ENGAGEMENT =
  "paper:engagement-process-rethinking-the-temporal-interface-of-action-and-observation";

function ingestWith(identities: IngestOptions["identities"]) {
  return ingestFiles(
    [
      { name: PROFILE, text: readFileSync(PROFILE, "utf8") },
      { name: BIB, text: readFileSync(BIB, "utf8") },
    ],
    { asOf: "2026-11-28", identities, iterations: 5 },
  );
}

function flagged(graph = defaultIngest().graph): string[] {
  return graph.filterNodes(
    (_k, a) => a.kind === "paper" && (a as PaperNodeAttributes).namesake != null,
  );
}

describe("namesake detection on the default profile", () => {
  it("flags BigDL 2.0 and SABER, and of the other 48 only the unverified Engagement Process", () => {
    const { graph } = defaultIngest();
    expect(flagged().sort()).toEqual([BIGDL, ENGAGEMENT, SABER]);
    const bigdl = graph.getNodeAttributes(BIGDL) as PaperNodeAttributes;
    expect(bigdl.namesake?.score).toBeGreaterThanOrEqual(NAMESAKE_THRESHOLD);
    expect(bigdl.namesake?.reasons[0]).toMatch(/none of its 15 other authors/);
    const saber = graph.getNodeAttributes(SABER) as PaperNodeAttributes;
    expect(saber.namesake?.reasons).toContain("category CL: none of the owner's other papers");
    // Every other paper carries an explicit null.
    graph.forEachNode((key, a) => {
      if (a.kind === "paper" && ![BIGDL, SABER, ENGAGEMENT].includes(key)) {
        expect(a.namesake).toBeNull();
      }
    });
    expect(
      graph
        .getAttribute("report")
        .identity?.namesakes.map((n) => n.key)
        .sort(),
    ).toEqual([BIGDL, ENGAGEMENT, SABER]);
  });

  it("reads the owner's own list from the BibTeX notes, and never flags a paper on it", () => {
    const bib = parseBibtex(readFileSync(BIB, "utf8"), { file: BIB });
    const own = bib.records.filter((r) => notesOwnList(r.note, [OWNER]));
    expect(own.length).toBe(28);
    expect(own.map((r) => r.key)).not.toContain("dai2022bigdl");
    expect(own.map((r) => r.key)).not.toContain("zhao2026saber");
    // Were BigDL on the owner's list, it would not be flagged.
    const { graph } = defaultIngest();
    const flags = detectNamesakes(graph, { ownListed: new Set([BIGDL]) });
    expect([...flags.keys()].sort()).toEqual([ENGAGEMENT, SABER]);
    const kept = detectNamesakes(graph, { keep: new Set([SABER, ENGAGEMENT]) });
    expect([...kept.keys()]).toEqual([BIGDL]);
  });
});

describe("identity decisions applied at ingest", () => {
  it("makes Jason Dai one node, and splits him back on a split decision", () => {
    const { graph } = defaultIngest();
    expect(graph.hasNode("author:jason-jinquan-dai")).toBe(true);
    expect(graph.hasNode("author:jason-dai")).toBe(false);
    expect(graph.getAttribute("report").identity?.merged).toEqual([
      expect.objectContaining({
        key: "author:jason-jinquan-dai",
        names: ["Jason Jinquan Dai", "Jason Dai"],
      }),
    ]);
    const split = ingestWith({
      merge: [],
      split: [["Jason Dai", "Jason Jinquan Dai"]],
      exclude: [],
      keep: [],
    });
    expect(split.graph.hasNode("author:jason-dai")).toBe(true);
    expect(split.graph.neighbors("author:jason-dai")).toEqual([BIGDL]);
    expect(split.graph.getAttribute("report").identity?.merged).toEqual([]);
  });

  it("excludes a paper and its lone coauthors, reports it, and keeps the count invariant", () => {
    const base = defaultIngest().graph;
    const result = ingestWith({ merge: [], split: [], exclude: [BIGDL], keep: [SABER] });
    const { graph } = result;
    expect(graph.hasNode(BIGDL)).toBe(false);
    expect(graph.hasNode("author:jason-jinquan-dai")).toBe(false);
    const report = graph.getAttribute("report");
    expect(report.identity?.excluded).toEqual([
      expect.objectContaining({ key: BIGDL, file: PROFILE, line: 103 }),
    ]);
    const c = report.counts;
    expect(c.entriesSeen).toBe(c.papers + c.duplicates + c.rejected + (c.excluded ?? 0));
    expect(c.papers).toBe(49);
    // BigDL's 15 coauthors were on no other paper.
    expect(c.authors).toBe(base.getAttribute("report").counts.authors - 15);
    // Leaving BigDL out does not change how the rest are judged.
    expect(flagged(graph)).toEqual([ENGAGEMENT]);
  });
});
