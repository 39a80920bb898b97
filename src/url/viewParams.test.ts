// The URL codec: round trip over generated views (fast-check), stable readable output, and
// bad input dropped with a reason while the rest of the link applies, never a throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLOR_MODES, DEFAULT_VIEW, SIZE_MODES, type ViewState } from "../model/viewState";
import {
  CAMERA_DECIMALS,
  joinList,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  PARAM_ORDER,
  parseViewParams,
  serializeViewParams,
  splitList,
  type ViewKnowledge,
} from "./viewParams";

const rounded = (min: number, max: number) =>
  fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((v) => Number(v.toFixed(CAMERA_DECIMALS)))
    .map((v) => (Object.is(v, -0) ? 0 : v));

const listItem = fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" });
const list = fc.uniqueArray(listItem, { maxLength: 6 });
/** An author name as the identity parameters carry it: no "~", no edge spaces. */
const personName = listItem.filter((s) => !s.includes("~") && s.trim() === s);

const viewArb: fc.Arbitrary<ViewState> = fc
  .record({
    view: fc.constantFrom("coauthors" as const, "bipartite" as const),
    years: fc.tuple(
      fc.option(fc.integer({ min: 1900, max: 2100 })),
      fc.option(fc.integer({ min: 1900, max: 2100 })),
    ),
    categories: fc.option(list),
    venues: fc.option(list),
    codeOnly: fc.boolean(),
    query: fc.string({ maxLength: MAX_QUERY_LENGTH, unit: "grapheme" }),
    node: fc.option(fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" })),
    camera: fc.option(
      // Within what the view can show (CAMERA_BOUNDS); outside, the link is clamped.
      fc.record({ x: rounded(0, 1), y: rounded(0, 1), ratio: rounded(0.02, 4) }),
    ),
    hideOwner: fc.boolean(),
    showIsolated: fc.boolean(),
    expanded: fc.uniqueArray(
      listItem.map((s) => `fold:paper:${s}`),
      { maxLength: 3 },
    ),
    hideNamesakes: fc.boolean(),
    identity: fc.record({
      merge: fc.array(fc.tuple(personName, personName), { maxLength: 3 }),
      split: fc.array(fc.tuple(personName, personName), { maxLength: 3 }),
      exclude: fc.uniqueArray(
        listItem.map((s) => `paper:${s}`),
        { maxLength: 3 },
      ),
      keep: fc.uniqueArray(
        listItem.map((s) => `paper:${s}`),
        { maxLength: 3 },
      ),
      owner: fc.uniqueArray(personName, { maxLength: 2 }),
    }),
    color: fc.constantFrom(...COLOR_MODES),
    size: fc.constantFrom(...SIZE_MODES),
    ego: fc.option(
      fc.record({
        node: fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" }),
        hops: fc.constantFrom(1 as const, 2 as const),
      }),
    ),
    egoFade: fc.boolean(),
    path: fc.option(fc.tuple(listItem, listItem)),
    table: fc.option(fc.constantFrom("authors" as const, "papers" as const)),
  })
  .map(({ years: [a, b], ...rest }) => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return { ...rest, from, to };
  });

const parse = (search: string, known?: ViewKnowledge) =>
  parseViewParams(new URLSearchParams(search), known);

const KNOWN: ViewKnowledge = {
  nodeExists: (k) => k === "author:jiaming-song" || k === "fold:paper:big-bench",
  categories: new Set(["LG", "CV", "CL"]),
  venues: new Set(["NeurIPS", "ICLR", "ISPRS J. Photogramm."]),
  years: [2016, 2026],
};

describe("serializeViewParams / parseViewParams", () => {
  it("round trips any view: parse(serialize(v)) equals v, with nothing dropped", () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const params = serializeViewParams(view);
        const again = parseViewParams(new URLSearchParams(params.toString()));
        expect(again.dropped).toEqual([]);
        expect(again.view).toEqual(view);
      }),
      { numRuns: 500 },
    );
  });

  it("writes nothing for the default view and only the parameters that differ", () => {
    expect(serializeViewParams(DEFAULT_VIEW).toString()).toBe("");
    expect(serializeViewParams({ ...DEFAULT_VIEW, codeOnly: true }).toString()).toBe("code=1");
  });

  it("writes parameters in the stable order, readable", () => {
    const view: ViewState = {
      view: "bipartite",
      from: 2020,
      to: 2023,
      categories: ["LG", "CV"],
      venues: ["NeurIPS"],
      codeOnly: true,
      query: "diffusion",
      node: "author:jiaming-song",
      camera: { x: 0.5, y: -0.25, ratio: 1.5 },
      hideOwner: true,
      showIsolated: true,
      expanded: ["fold:paper:big-bench"],
      hideNamesakes: true,
      identity: {
        merge: [["Jason Dai", "Jason Jinquan Dai"]],
        split: [["Sakanda Vaidyanath", "Skanda Vaidyanath"]],
        exclude: ["paper:bigdl"],
        keep: ["paper:saber"],
        owner: ["Jiaming Song"],
      },
      color: "year",
      size: "betweenness",
      ego: { node: "author:stefano-ermon", hops: 2 },
      egoFade: true,
      path: ["author:jiaming-song", "author:chenlin-meng"],
      table: "papers",
    };
    const params = serializeViewParams(view);
    expect(params.get("merge")).toBe("Jason Dai~Jason Jinquan Dai");
    expect(params.get("owners")).toBe("Jiaming Song");
    expect(params.get("namesakes")).toBe("0");
    expect([...params.keys()]).toEqual([...PARAM_ORDER]);
    expect(params.get("cat")).toBe("LG,CV");
    expect(params.get("cam")).toBe("0.5,-0.25,1.5");
    expect(params.get("owner")).toBe("0");
    expect(params.get("ego")).toBe("author:stefano-ermon,2");
    expect(params.get("path")).toBe("author:jiaming-song,author:chenlin-meng");
    expect(params.get("table")).toBe("papers");
    // Property order in the generated views must not matter either.
    fc.assert(
      fc.property(viewArb, (v) => {
        const keys = [...serializeViewParams(v).keys()];
        expect(keys).toEqual(PARAM_ORDER.filter((k) => keys.includes(k)));
      }),
    );
  });

  it("escapes commas inside list items", () => {
    expect(joinList(["a,b", "c\\d"])).toBe("a\\,b,c\\\\d");
    expect(splitList(joinList(["a,b", "c\\d", ""]))).toEqual(["a,b", "c\\d", ""]);
  });

  it("rounds the camera to the URL precision", () => {
    const params = serializeViewParams({
      ...DEFAULT_VIEW,
      camera: { x: 0.123456789, y: 2, ratio: 0.000001 },
    });
    expect(params.get("cam")).toBe("0.12346,2,0.00001");
  });
});

describe("parseViewParams: bad input", () => {
  const reasons = (search: string, known?: ViewKnowledge) =>
    parse(search, known).dropped.map((d) => `${d.param}=${d.value}: ${d.reason}`);

  it("drops a year of abc and keeps the rest", () => {
    const { view, dropped } = parse("from=abc&to=2022&code=1");
    expect(dropped).toEqual([{ param: "from", value: "abc", reason: "not a year" }]);
    expect(view).toEqual({ ...DEFAULT_VIEW, to: 2022, codeOnly: true });
  });

  it("swaps a reversed year range and clamps years to the data", () => {
    expect(parse("from=2023&to=2020").view).toMatchObject({ from: 2020, to: 2023 });
    expect(parse("from=1990&to=2099", KNOWN).view).toMatchObject({ from: 2016, to: 2026 });
  });

  it("drops unknown categories, venues and nodes when the data is known", () => {
    const { view, dropped } = parse(
      "cat=LG,XX&venue=Nowhere&node=author:nobody&expand=fold:paper:big-bench,fold:paper:none",
      KNOWN,
    );
    expect(view.categories).toEqual(["LG"]);
    expect(view.venues).toBeNull();
    expect(view.node).toBeNull();
    expect(view.expanded).toEqual(["fold:paper:big-bench"]);
    expect(dropped.map((d) => d.reason)).toEqual([
      "unknown category",
      "unknown venue",
      "unknown node",
      "unknown node",
    ]);
  });

  it("keeps venues with spaces and dots", () => {
    expect(parse(`venue=${encodeURIComponent("ISPRS J. Photogramm.")}`, KNOWN).view.venues).toEqual(
      ["ISPRS J. Photogramm."],
    );
  });

  it("drops __proto__, constructor and other unknown parameter names", () => {
    const out = reasons("__proto__=1&constructor=x&toString=y&q=hi");
    expect(out).toEqual([
      "__proto__=1: unknown parameter",
      "constructor=x: unknown parameter",
      "toString=y: unknown parameter",
    ]);
    const { view } = parse("__proto__[polluted]=1&q=hi");
    expect(view.query).toBe("hi");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("treats __proto__ and constructor as ordinary (unknown) values", () => {
    const { view, dropped } = parse("cat=__proto__,constructor&node=__proto__", KNOWN);
    expect(view.categories).toBeNull();
    expect(view.node).toBeNull();
    expect(dropped).toHaveLength(3);
    // Without knowledge of the data, a key is just a string.
    expect(parse("node=constructor").view.node).toBe("constructor");
  });

  it("uses the first of repeated parameters and reports the others", () => {
    const { view, dropped } = parse("from=2020&from=2021&view=bipartite&view=coauthors");
    expect(view.from).toBe(2020);
    expect(view.view).toBe("bipartite");
    expect(dropped.map((d) => d.reason)).toEqual([
      "repeated parameter (the first one is used)",
      "repeated parameter (the first one is used)",
    ]);
  });

  it("caps overlong values", () => {
    const long = "x".repeat(MAX_QUERY_LENGTH + 50);
    const { view, dropped } = parse(`q=${long}`);
    expect(view.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(dropped[0]?.reason).toMatch(/cut to/);
    expect(dropped[0]?.value.length).toBeLessThan(100);
    const huge = parse(`node=${"n".repeat(MAX_VALUE_LENGTH + 1)}&code=1`);
    expect(huge.view.node).toBeNull();
    expect(huge.view.codeOnly).toBe(true);
    expect(huge.dropped[0]?.reason).toMatch(/too long/);
  });

  it("drops a camera with NaN, a negative or zero ratio, or the wrong shape", () => {
    for (const cam of [
      "NaN,0,1",
      "0,0,-1",
      "0,0,0",
      "1,2",
      "1,2,3,4",
      "a,b,c",
      "Infinity,0,1",
      "0x10,0,1",
      ",,",
    ]) {
      const { view, dropped } = parse(`cam=${cam}&code=1`);
      expect(view.camera, cam).toBeNull();
      expect(view.codeOnly).toBe(true);
      expect(dropped).toHaveLength(1);
    }
    expect(parse("cam=0.5,-0.5,2").view.camera).toEqual({ x: 0.5, y: -0.5, ratio: 2 });
  });

  it("clamps a camera to what the view can show, with a notice (issue 16)", () => {
    const { view, dropped, adjusted } = parse("cam=1e9,1e9,100000");
    expect(dropped).toEqual([]);
    expect(view.camera).toEqual({ x: 3, y: 3, ratio: 4 });
    expect(adjusted).toEqual([
      {
        param: "cam",
        value: "1e9,1e9,100000",
        to: "3,3,4",
        reason: "outside what the view can show",
      },
    ]);
    expect(serializeViewParams(view).get("cam")).toBe("3,3,4");
    expect(parse("cam=-5,0.5,0.001").view.camera).toEqual({ x: -0.01, y: 0.5, ratio: 0.02 });
    expect(parse("cam=0.5,-0.5,2").adjusted).toEqual([]);
  });

  it("drops malformed flags and modes", () => {
    expect(reasons("view=3d&code=yes&owner=maybe&isolated=2")).toEqual([
      "view=3d: expected coauthors or bipartite",
      "code=yes: expected 1 or 0",
      "owner=maybe: expected 1 or 0",
      "isolated=2: expected 1 or 0",
    ]);
  });

  it("reads color and size modes, and drops unknown ones with the choices", () => {
    expect(parse("color=year&size=betweenness").view).toMatchObject({
      color: "year",
      size: "betweenness",
    });
    expect(reasons("color=rainbow&size=huge")).toEqual([
      "color=rainbow: expected cluster, year, category",
      "size=huge: expected papers, coauthors, betweenness",
    ]);
    expect(parse("color=rainbow").view.color).toBe("cluster");
  });

  it("drops a malformed or unknown ego focus, path and table", () => {
    expect(reasons("ego=author:a,3&fade=x&path=author:a&table=grid")).toEqual([
      "ego=author:a,3: hops must be 1 or 2",
      "fade=x: expected 1 or 0",
      "path=author:a: expected key,key",
      "table=grid: expected authors or papers",
    ]);
    const known = { nodeExists: (k: string) => k === "author:a" };
    const parsed = parseViewParams(
      new URLSearchParams("ego=author:b,1&path=author:a,author:b"),
      known,
    );
    expect(parsed.dropped.map((d) => d.reason)).toEqual(["unknown node", "unknown node"]);
    const ok = parseViewParams(new URLSearchParams("ego=author:a,1&path=author:a,author:a"), known);
    expect(ok.view.ego).toEqual({ node: "author:a", hops: 1 });
    expect(ok.view.path).toEqual(["author:a", "author:a"]);
  });

  it("never throws, whatever the query string", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...PARAM_ORDER, "__proto__", "x"), fc.string()), {
          maxLength: 8,
        }),
        fc.boolean(),
        (pairs, withKnown) => {
          const params = new URLSearchParams();
          for (const [k, v] of pairs) params.append(k, v);
          const { view } = parseViewParams(params, withKnown ? KNOWN : undefined);
          // Whatever came in, what comes out serializes and parses back to itself.
          expect(parseViewParams(serializeViewParams(view)).view).toEqual(view);
        },
      ),
      { numRuns: 500 },
    );
    expect(() => parse("%E0%A4%A&=&&==&cam=%00")).not.toThrow();
  });
});
