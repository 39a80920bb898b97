// The hosted-network index: entries from a real graph, upsert in place, and the reader's errors.
import { describe, expect, it } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { InputError } from "../ingest/errors";
import {
  isNetworkName,
  type NetworkEntry,
  networkEntry,
  parseNetworkIndex,
  upsertNetwork,
} from "./networkIndex";

const entry = (name: string, papers = 1): NetworkEntry => ({
  name,
  title: name.toUpperCase(),
  owners: ["A"],
  papers,
  authors: 2,
  asOf: "2026-11-28",
});

describe("networkEntry", () => {
  it("counts the real graph's papers and authors and names its owner", () => {
    const serialized = defaultSerialized();
    const e = networkEntry("default", serialized);
    const kinds = serialized.nodes.map((n) => n.attributes?.kind);
    expect(e.papers).toBe(kinds.filter((k) => k === "paper").length);
    expect(e.authors).toBe(kinds.filter((k) => k === "author").length);
    expect(e.papers).toBeGreaterThan(40);
    expect(e.owners).toEqual(["Jiaming Song"]);
    expect(e.title).toBe("Jiaming Song");
    expect(e.asOf).toBe("2026-11-28");
    expect(networkEntry("x", serialized, "My lab").title).toBe("My lab");
  });
});

describe("upsertNetwork", () => {
  it("starts an index whose default is the first network", () => {
    expect(upsertNetwork(null, entry("lab"))).toEqual({ default: "lab", networks: [entry("lab")] });
  });
  it("appends a new name and replaces an existing one in place", () => {
    let index = upsertNetwork(null, entry("default"));
    index = upsertNetwork(index, entry("lab"));
    index = upsertNetwork(index, entry("default", 9));
    expect(index.default).toBe("default");
    expect(index.networks.map((n) => [n.name, n.papers])).toEqual([
      ["default", 9],
      ["lab", 1],
    ]);
  });
});

describe("parseNetworkIndex", () => {
  it("reads what upsert wrote", () => {
    const index = upsertNetwork(upsertNetwork(null, entry("default")), entry("lab"));
    expect(parseNetworkIndex(JSON.stringify(index), "index.json")).toEqual(index);
  });
  it("falls back to the first network when the default names none listed", () => {
    const text = JSON.stringify({ default: "gone", networks: [entry("lab")] });
    expect(parseNetworkIndex(text, "index.json").default).toBe("lab");
  });
  it.each([
    ["{", /index\.json: not JSON/],
    ["[]", /index\.json: expected an object with a networks list/],
    ['{"networks": 3}', /expected an object with a networks list/],
    ['{"networks": [{"name": "Bad Name"}]}', /networks\[0\]\.name must be/],
    ['{"networks": [{"name": "a"}, {"name": "a"}]}', /network a is listed twice/],
  ])("refuses %s with one line naming the file", (text, message) => {
    expect(() => parseNetworkIndex(text, "index.json")).toThrow(InputError);
    expect(() => parseNetworkIndex(text, "index.json")).toThrow(message);
  });
});

describe("isNetworkName", () => {
  it("takes URL- and file-safe names only", () => {
    expect(["default", "lab-2", "a_b", "x"].every(isNetworkName)).toBe(true);
    expect(["", "-a", "A", "../x", "a b", "a/b", "x".repeat(65)].some(isNetworkName)).toBe(false);
  });
});
