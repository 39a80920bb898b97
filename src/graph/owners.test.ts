// Owners of a list opened alone: the page offers the author on most papers, and an owner
// decision marks that author in the page exactly as `--owner` or an identities file does at
// ingest.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "../filesToGraph/ingestFiles";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { parseIdentitiesFile, serializeIdentitiesFile } from "../ingest/identitiesFile";
import { applyIdentityDecisions } from "./identityDecisions";
import { ownerCandidate, ownersOf } from "./owners";
import type { AtlasGraph, SerializedAtlasGraph } from "./schema";

const BIB = readFileSync("data/bib/jiaming-song.bib", "utf8");

function bibAlone(extra: { name: string; text: string }[] = [], owners?: string[]) {
  return ingestFiles([{ name: "papers.bib", text: BIB }, ...extra], {
    asOf: "2026-11-28",
    iterations: 5,
    ...(owners ? { owners } : {}),
  }).serialized;
}

function load(serialized: SerializedAtlasGraph): AtlasGraph {
  const graph: AtlasGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.import(serialized);
  return graph;
}

const choices = (owner: string[]) => ({ merge: [], split: [], exclude: [], keep: [], owner });

describe("owners", () => {
  it("offers the author on most papers of a list without an owner, with the counts", () => {
    const graph = load(bibAlone());
    expect(ownersOf(graph)).toEqual([]);
    const candidate = ownerCandidate(graph);
    let papers = 0;
    graph.forEachNode((_k, a) => {
      if (a.kind === "paper") papers++;
    });
    expect(candidate).toMatchObject({ name: "Jiaming Song", totalPapers: papers });
    expect(candidate?.papers).toBe(graph.degree(candidate?.key as string));
    expect(candidate?.papers).toBeGreaterThan(0);
    expect((candidate?.papers ?? 0) / papers).toBeGreaterThanOrEqual(0.5);
  });

  it("offers no one when the network already has an owner", () => {
    const graph = load(defaultSerialized());
    expect(ownersOf(graph).map((o) => o.name)).toEqual(["Jiaming Song"]);
    expect(ownerCandidate(graph)).toBeNull();
  });

  it("marks an owner in the page as --owner and the identities file do at ingest", () => {
    const projected = applyIdentityDecisions(bibAlone(), choices(["Jiaming Song"]));
    const byFlag = bibAlone([], ["Jiaming Song"]);
    const file = serializeIdentitiesFile(choices(["Jiaming Song"]));
    expect(parseIdentitiesFile(file, "identities.json").owner).toEqual(["Jiaming Song"]);
    const byFile = bibAlone([{ name: "identities.json", text: file }]);
    const owners = (g: SerializedAtlasGraph) => ownersOf(load(g)).map((o) => o.key);
    expect(owners(projected)).toEqual(["author:jiaming-song"]);
    expect(owners(byFlag)).toEqual(owners(projected));
    expect(owners(byFile)).toEqual(owners(projected));
    // The data contract is unchanged: the decision shows as the author's `owner` attribute.
    expect(Object.keys(projected.attributes?.report.identity?.decisions ?? {})).toEqual([
      "merge",
      "split",
      "exclude",
      "keep",
    ]);
  });

  it("reports an owner name that matches no author", () => {
    const projected = applyIdentityDecisions(bibAlone(), choices(["Nobody Here"]));
    expect(ownersOf(load(projected))).toEqual([]);
    expect(projected.attributes?.report.identity?.unknownNames).toEqual(["Nobody Here"]);
  });

  it("refuses an identities file whose owner list is not names, naming the line", () => {
    const text =
      '{\n  "format": "coauthor-atlas-identities",\n  "version": 1,\n  "owner": [3]\n}\n';
    expect(() => parseIdentitiesFile(text, "ids.json")).toThrow(/ids\.json:4: "owner" must be/);
  });
});
