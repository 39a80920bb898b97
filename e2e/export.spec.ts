// Export what you see (issue 10): each export of a filtered view is a valid file holding the
// visible part: the PNG's signature and size, the GEXF parsed back with graphology-gexf, the CSV
// tables' rows, the BibTeX entries, the SVG's nodes; file names carry the network and the date.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { waitReady, watchErrors } from "./helpers";
import { decodePng } from "./png";

async function exported(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId("export-menu").locator("summary").click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    page.getByTestId(`export-${kind}`).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Rows of a CSV text (quoted cells may hold commas and line breaks). */
function csvRowCount(text: string): number {
  let rows = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\n" && !quoted) rows++;
  }
  return rows;
}

test.describe("export", () => {
  let errors: string[] = [];
  let shown = { nodes: 0, edges: 0, papers: 0 };
  test.beforeEach(async ({ page }) => {
    errors = watchErrors(page);
    await page.goto("/?view=bipartite&from=2021");
    await waitReady(page);
    shown = await page.evaluate(() => {
      const v = window.__atlas?.store.getState().visibility;
      if (!v) throw new Error("e2e: no visibility");
      return { nodes: v.shownNodes, edges: v.shownEdges, papers: v.visiblePapers };
    });
    expect(shown.papers).toBeLessThan(50);
  });
  test.afterEach(() => expect(errors).toEqual([]));

  const dated = (ext: string) => new RegExp(`^jiaming-song-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`);

  test("PNG: a PNG at twice the pane's device pixels", async ({ page }) => {
    const { name, bytes } = await exported(page, "png");
    expect(name).toMatch(dated("png"));
    const png = decodePng(bytes);
    const pane = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-testid="graph"]');
      return { w: el?.clientWidth ?? 0, h: el?.clientHeight ?? 0, dpr: window.devicePixelRatio };
    });
    expect(png.width).toBe(pane.w * pane.dpr * 2);
    expect(png.height).toBe(pane.h * pane.dpr * 2);
    // Something is drawn on the white background.
    let ink = 0;
    for (let i = 0; i < png.rgba.length; i += 4) if ((png.rgba[i] ?? 255) < 200) ink++;
    expect(ink).toBeGreaterThan(500);
    // The page's own device pixel ratio is back.
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(pane.dpr);
  });

  test("GEXF: parsed back with graphology-gexf, with the visible node count", async ({ page }) => {
    const { name, bytes } = await exported(page, "gexf");
    expect(name).toMatch(dated("gexf"));
    const graph = parseGexf(Graph, bytes.toString("utf8"));
    expect(graph.order).toBe(shown.nodes);
    expect(graph.size).toBe(shown.edges);
    const paper = graph.findNode((_k, a) => a.kind === "paper");
    expect(paper).toBeDefined();
    expect(typeof graph.getNodeAttribute(paper, "title")).toBe("string");
    expect(graph.getNodeAttribute(paper, "year")).toBeGreaterThanOrEqual(2021);
  });

  test("CSV: a zip of nodes and edges, one row each", async ({ page }) => {
    const { name, bytes } = await exported(page, "csv");
    expect(name).toMatch(dated("csv\\.zip"));
    const files = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(2);
    const [edges, nodes] = names.map((n) => strFromU8(files[n] as Uint8Array));
    expect(names[1]).toMatch(/-nodes\.csv$/);
    expect(nodes?.startsWith("key,label,kind")).toBe(true);
    expect(csvRowCount(nodes ?? "")).toBe(shown.nodes + 1);
    expect(csvRowCount(edges ?? "")).toBe(shown.edges + 1);
  });

  test("BibTeX: one entry per visible paper", async ({ page }) => {
    const { name, bytes } = await exported(page, "bib");
    expect(name).toMatch(dated("bib"));
    const entries = bytes.toString("utf8").match(/^@\w+\{/gm) ?? [];
    expect(entries.length).toBe(shown.papers);
  });

  test("SVG: the shown nodes on screen, drawn as discs and squares, with labels", async ({
    page,
  }) => {
    const { name, bytes } = await exported(page, "svg");
    expect(name).toMatch(dated("svg"));
    const svg = bytes.toString("utf8");
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const discs = svg.match(/<circle /g)?.length ?? 0;
    const squares = svg.match(/<rect x=/g)?.length ?? 0;
    expect(discs).toBeGreaterThan(0);
    expect(squares).toBeGreaterThan(0);
    expect(discs + squares).toBeLessThanOrEqual(shown.nodes);
    expect(svg).toContain("<text ");
    // Well-formed: the browser's XML parser reads it without an error.
    const ok = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, "image/svg+xml").querySelector("parsererror") ===
        null,
      svg,
    );
    expect(ok).toBe(true);
  });
});
