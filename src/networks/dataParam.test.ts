// The `data` parameter: hosted names, local keys, remote URLs only from allowed origins.
import { describe, expect, it } from "vitest";
import { parseViewParams } from "../url/viewParams";
import {
  DEFAULT_SOURCE,
  dataParamValue,
  networkSearch,
  parseDataParam,
  readNetworkLocation,
} from "./dataParam";
import { parseAllowedOrigins } from "./remoteOrigins";

const HASH = "0123456789abcdef0123456789abcdef";

describe("parseDataParam", () => {
  it("reads the default, a hosted name and a local key", () => {
    expect(parseDataParam(null, [])).toEqual(DEFAULT_SOURCE);
    expect(parseDataParam("", [])).toEqual(DEFAULT_SOURCE);
    expect(parseDataParam("lab", [])).toEqual({ kind: "hosted", name: "lab" });
    expect(parseDataParam(`local:${HASH}`, [])).toEqual({ kind: "local", hash: HASH });
  });
  it("refuses names and keys it cannot open, with a reason", () => {
    expect(parseDataParam("local:xyz", [])).toMatchObject({ kind: "invalid", value: "local:xyz" });
    expect(parseDataParam("../etc", [])).toMatchObject({
      kind: "invalid",
      reason: "not a network name",
    });
    expect(parseDataParam("javascript:alert(1)", ["https://a.org"])).toMatchObject({
      kind: "invalid",
    });
  });
  it("opens a remote URL only from an allowed origin", () => {
    const url = "https://data.example.org/nets/lab.graph.json";
    expect(parseDataParam(url, [])).toEqual({
      kind: "invalid",
      value: url,
      reason: "this site opens no remote networks",
    });
    expect(parseDataParam(url, ["https://other.org"])).toMatchObject({
      kind: "invalid",
      reason: "https://data.example.org is not among the origins this site opens networks from",
    });
    expect(parseDataParam(url, ["https://data.example.org"])).toEqual({ kind: "remote", url });
  });
});

describe("dataParamValue", () => {
  it("writes no parameter for the default and round-trips the others", () => {
    expect(dataParamValue(DEFAULT_SOURCE)).toBeNull();
    for (const value of ["lab", `local:${HASH}`, "https://a.org/x.json"]) {
      const source = parseDataParam(value, ["https://a.org"]);
      if (source.kind === "invalid") throw new Error(source.reason);
      expect(dataParamValue(source)).toBe(value);
    }
  });
});

describe("parseAllowedOrigins", () => {
  it("reads origins separated by commas or spaces, once each", () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins(" https://a.org/x, https://b.org https://a.org ")).toEqual([
      "https://a.org",
      "https://b.org",
    ]);
    expect(parseAllowedOrigins("http://localhost:8000")).toEqual(["http://localhost:8000"]);
  });
  it("refuses plain http and non-URLs, so a typo fails the build", () => {
    expect(() => parseAllowedOrigins("http://a.org")).toThrow(/must be an https origin/);
    expect(() => parseAllowedOrigins("a.org")).toThrow(/is not a URL/);
  });
});

describe("readNetworkLocation / networkSearch", () => {
  it("round-trips a local network's key, files and embed around the view", () => {
    const view = new URLSearchParams("from=2020&node=author%3Aa");
    const source = { kind: "local", hash: HASH } as const;
    const search = networkSearch(source, ["my, profile.txt", "refs.bib"], true, view);
    expect(search).toBe(
      `?data=local%3A${HASH}&files=my%5C%2C+profile.txt%2Crefs.bib&from=2020&node=author%3Aa&embed=1`,
    );
    const read = readNetworkLocation(new URLSearchParams(search), []);
    expect(read).toEqual({ data: source, files: ["my, profile.txt", "refs.bib"], embed: true });
  });
  it("writes nothing for the default network and no files for hosted ones", () => {
    expect(networkSearch(DEFAULT_SOURCE, [], false, new URLSearchParams())).toBe("");
    expect(
      networkSearch({ kind: "hosted", name: "lab" }, ["x.txt"], false, new URLSearchParams("q=a")),
    ).toBe("?data=lab&q=a");
  });
});

describe("the view codec and the network parameters", () => {
  it("leaves data, files and embed to this module, without a notice", () => {
    const params = new URLSearchParams(`data=local:${HASH}&files=a.txt&embed=1&from=2020`);
    const parsed = parseViewParams(params);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.view.from).toBe(2020);
  });
});
