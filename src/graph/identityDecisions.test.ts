// The page's re-projection of identity decisions, on the default graph: each decision does
// what it says, and the result has the same nodes and links as the next ingest with the same
// decisions (the identities file round trip).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "../filesToGraph/ingestFiles";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { parseIdentitiesFile, serializeIdentitiesFile } from "../ingest/identitiesFile";
import type { IdentityDecisions } from "../ingest/identity";
import { applyIdentityDecisions } from "./identityDecisions";
import type { SerializedAtlasGraph } from "./schema";

const BIGDL =
  "paper:bigdl-2-0-seamless-scaling-of-ai-pipelines-from-laptops-to-distributed-cluster";
const SABER = "paper:saber-switchable-and-balanced-training-for-efficient-llm-reasoning";

const DECISIONS: IdentityDecisions = {
  merge: [["Yang Song", "Yangqiu Song"]],
  split: [["Jason Dai", "Jason Jinquan Dai"]],
  exclude: [],
  keep: [SABER],
  owner: [],
};

function structure(g: SerializedAtlasGraph) {
  return {
    nodes: g.nodes.map((n) => n.key).sort(),
    edges: g.edges.map((e) => [e.source, e.target].sort().join(" ")).sort(),
  };
}

describe("applyIdentityDecisions", () => {
  it("returns the same graph when there is nothing to apply", () => {
    const g = defaultSerialized();
    expect(applyIdentityDecisions(g, { merge: [], split: [], exclude: [], keep: [] })).toBe(g);
  });

  it("splits Jason Dai off, merges two names, keeps SABER, and reports each", () => {
    const before = defaultSerialized();
    const after = applyIdentityDecisions(before, DECISIONS);
    const keys = new Set(after.nodes.map((n) => n.key));
    expect(keys.has("author:jason-dai")).toBe(true);
    expect(keys.has("author:jason-jinquan-dai")).toBe(true);
    expect(keys.has("author:yangqiu-song")).toBe(false);
    const identity = after.attributes?.report.identity;
    expect(identity?.merged).toEqual([
      expect.objectContaining({
        key: "author:yang-song",
        names: ["Yang Song", "Yangqiu Song"],
        by: "decision",
      }),
    ]);
    expect(identity?.namesakes.map((n) => n.key)).not.toContain(SABER);
    const saber = after.nodes.find((n) => n.key === SABER)?.attributes;
    expect(saber && "namesake" in saber ? saber.namesake : undefined).toBeNull();
    expect(after.attributes?.report.counts.authors).toBe(before.attributes?.report.counts.authors);
    // The input is untouched.
    expect(before.nodes.some((n) => n.key === "author:jason-dai")).toBe(false);
  });

  it("excludes a paper with its lone coauthors", () => {
    const before = defaultSerialized();
    const after = applyIdentityDecisions(before, {
      merge: [],
      split: [],
      exclude: [BIGDL],
      keep: [],
    });
    expect(after.nodes.some((n) => n.key === BIGDL)).toBe(false);
    expect(after.attributes?.report.counts.papers).toBe(49);
    expect(after.attributes?.report.counts.authors).toBe(
      (before.attributes?.report.counts.authors ?? 0) - 15,
    );
    expect(after.attributes?.report.identity?.excluded.map((e) => e.key)).toEqual([BIGDL]);
  });

  it("agrees with the next ingest given the same decisions through an identities file", () => {
    const file = serializeIdentitiesFile(DECISIONS);
    expect(parseIdentitiesFile(file, "identities.json")).toEqual({
      ...DECISIONS,
      merge: [["Yang Song", "Yangqiu Song"]],
      split: [["Jason Dai", "Jason Jinquan Dai"]],
    });
    const reingested = ingestFiles(
      [
        { name: "jiaming-song.txt", text: readFileSync("data/profiles/jiaming-song.txt", "utf8") },
        { name: "jiaming-song.bib", text: readFileSync("data/bib/jiaming-song.bib", "utf8") },
        { name: "identities.json", text: file },
      ],
      { asOf: "2026-11-28", iterations: 5 },
    ).serialized;
    const projected = applyIdentityDecisions(defaultSerialized(), DECISIONS);
    expect(structure(projected)).toEqual(structure(reingested));
  });
});
