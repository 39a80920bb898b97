// Saved networks: write then read gives the same graph and view; a bare CLI graph opens; every
// refusal is one line naming the file.
import { describe, expect, it } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { InputError } from "../ingest/errors";
import { fileStem, readNetworkFile, writeNetworkFile } from "./bundle";

const VIEW = "view=bipartite&from=2020&node=author%3Astefano-ermon&cam=0.4,0.6,0.5";

describe("writeNetworkFile / readNetworkFile", () => {
  it("round-trips the real graph and the view", () => {
    const serialized = defaultSerialized();
    const opened = readNetworkFile(writeNetworkFile(serialized, VIEW), "js.atlas.json");
    expect(opened.view).toBe(VIEW);
    expect(opened.serialized).toEqual(JSON.parse(JSON.stringify(serialized)));
    expect("view" in opened.serialized).toBe(false);
  });
  it("opens a bare CLI graph with no view", () => {
    const opened = readNetworkFile(JSON.stringify(defaultSerialized()), "graph.json");
    expect(opened.view).toBeNull();
    expect(opened.serialized.nodes.length).toBe(defaultSerialized().nodes.length);
  });
  it("reads contract versions 1 and 2", () => {
    for (const version of [1, 2]) {
      const g = defaultSerialized();
      (g.attributes as unknown as { schemaVersion: number }).schemaVersion = version;
      expect(
        readNetworkFile(JSON.stringify(g), "g.json").serialized.attributes?.schemaVersion,
      ).toBe(version);
    }
  });

  const withVersion = (v: unknown) => {
    const g = defaultSerialized() as unknown as { attributes: Record<string, unknown> };
    g.attributes.schemaVersion = v;
    return JSON.stringify(g);
  };
  it.each([
    [
      "not JSON",
      "{nope",
      "lab.atlas.json: not JSON: expected a saved network (.atlas.json) or a graph from npm run ingest",
    ],
    [
      "an array",
      "[]",
      "lab.atlas.json: not a network: expected an object with attributes, nodes and edges",
    ],
    [
      "no nodes",
      '{"attributes": {"schemaVersion": 1}, "edges": []}',
      "lab.atlas.json: not a network: expected an object with attributes, nodes and edges",
    ],
    [
      "no version",
      withVersion(undefined),
      "lab.atlas.json: no schemaVersion: not a Coauthor Atlas graph",
    ],
    [
      "a newer version",
      withVersion(3),
      "lab.atlas.json: schemaVersion 3 is newer than this app reads (up to 2): update Coauthor Atlas",
    ],
    [
      "version 0",
      withVersion(0),
      "lab.atlas.json: schemaVersion 0 is not one this app reads (1, 2)",
    ],
    [
      "a node without key",
      '{"attributes": {"schemaVersion": 1}, "nodes": [{}], "edges": []}',
      "lab.atlas.json: node 0 has no key",
    ],
  ])("refuses %s with one line naming the file", (_what, text, message) => {
    let error: unknown;
    try {
      readNetworkFile(text, "lab.atlas.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(message);
    expect((error as Error).message).not.toContain("\n");
  });
});

describe("fileStem", () => {
  it("makes a safe file name from a network name", () => {
    expect(fileStem("Jiaming Song")).toBe("jiaming-song");
    expect(fileStem("Stéfano Ermon, Jiaming Song")).toBe("stefano-ermon-jiaming-song");
    expect(fileStem("../../")).toBe("network");
  });
});
