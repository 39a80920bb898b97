// Levels of detail in the authors + papers view: a seeded synthetic network of 10k papers
// (opened as a file, as a user would) draws only papers that stand apart at overview zoom, says
// so in the stage bar, and draws the others as the camera zooms in; the counters keep every
// paper the filters keep. The default network is drawn whole.
import { expect, type Page, test } from "@playwright/test";
import { syntheticSerialized } from "../src/filters/syntheticGraph.fixture";
import { openApp, visibleCounts, waitReady, watchErrors } from "./helpers";

const FILE_INPUT = 'input[type="file"]:not([webkitdirectory])';

/** Paper keys the canvas draws now, with their centre on screen and drawn half-size (px). */
async function drawnPapers(
  page: Page,
): Promise<{ key: string; x: number; y: number; r: number }[]> {
  return page.evaluate(() => {
    const atlas = window.__atlas;
    const sigma = atlas?.sigma;
    const s = atlas?.store.getState();
    if (!atlas || !sigma || !s?.graph) throw new Error("e2e: nothing loaded");
    return s.graph
      .filterNodes((_k, a) => a.kind === "paper")
      .filter((key) => atlas.isNodeShown(key))
      .map((key) => {
        const data = sigma.getNodeDisplayData(key);
        if (!data) throw new Error(`e2e: no display data for ${key}`);
        const { x, y } = sigma.framedGraphToViewport(data);
        return { key, x, y, r: sigma.scaleSize(data.size) };
      });
  });
}

/** Papers drawn on the canvas area only (the rest of the frame is off screen when zoomed). */
async function onCanvas<T extends { x: number; y: number }>(page: Page, papers: T[]): Promise<T[]> {
  const box = await page.getByTestId("graph").boundingBox();
  if (!box) throw new Error("e2e: no graph pane");
  return papers.filter((p) => p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height);
}

/** The closest two centres, over the sum of their half-sizes (>= 1: the squares do not overlap). */
function tightestPair(papers: { x: number; y: number; r: number }[]): number {
  let tightest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < papers.length; i++) {
    const a = papers[i] as { x: number; y: number; r: number };
    for (let j = i + 1; j < papers.length; j++) {
      const b = papers[j] as { x: number; y: number; r: number };
      tightest = Math.min(tightest, Math.hypot(a.x - b.x, a.y - b.y) / (a.r + b.r));
    }
  }
  return tightest;
}

/** How many papers the canvas draws now. */
async function shownPaperCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const atlas = window.__atlas;
    const graph = atlas?.store.getState().graph;
    if (!atlas || !graph) throw new Error("e2e: nothing loaded");
    return graph.filterNodes((k, a) => a.kind === "paper" && atlas.isNodeShown(k)).length;
  });
}

async function setCamera(page: Page, ratio: number): Promise<void> {
  await page.evaluate(
    (r) => window.__atlas?.store.getState().setCamera({ x: 0.5, y: 0.5, ratio: r }),
    ratio,
  );
  await expect
    .poll(() => page.evaluate(() => window.__atlas?.sigma?.getCamera().getState().ratio))
    .toBeCloseTo(ratio, 5);
}

test("the default network's authors + papers view draws every paper", async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, "view=bipartite");
  const papers = await drawnPapers(page);
  expect(papers.length).toBe((await visibleCounts(page)).papers);
  await expect(page.getByTestId("papers-by-zoom")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe("synthetic network, 10k papers", () => {
  test.setTimeout(240_000);

  test("papers stand apart at overview and appear as the camera zooms in", async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const version = await page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? 0);
    await page.locator(FILE_INPUT).setInputFiles({
      name: "synthetic-10k-papers.atlas.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(syntheticSerialized(10_000, 8_000, 5))),
    });
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? 0), {
        timeout: 120_000,
      })
      .toBeGreaterThan(version);
    await page.evaluate(() => window.__atlas?.store.getState().setViewMode("bipartite"));
    await expect(page.getByTestId("graph")).toHaveAttribute("data-ready", "true", {
      timeout: 120_000,
    });
    await waitReady(page);

    // Overview: a share of the papers, none overlapping; the counters keep all 10,000.
    const overview = await drawnPapers(page);
    expect(overview.length).toBeGreaterThan(50);
    expect(overview.length).toBeLessThan(10_000 / 3);
    expect(tightestPair(overview)).toBeGreaterThanOrEqual(1);
    expect((await visibleCounts(page)).papers).toBe(10_000);
    await expect(page.getByTestId("papers-by-zoom")).toHaveText(
      `papers appear as you zoom in: ${overview.length} of 10000 drawn`,
    );
    const hidden = await page.evaluate(() => {
      const atlas = window.__atlas;
      const graph = atlas?.store.getState().graph;
      return graph?.filterNodes((k, a) => a.kind === "paper" && !atlas?.isNodeShown(k)) ?? [];
    });
    expect(hidden.length).toBe(10_000 - overview.length);

    // Zoomed in eightfold: the overview's papers and more; those on screen still apart.
    await setCamera(page, 0.125);
    const zoomedIn = await drawnPapers(page);
    const zoomedKeys = new Set(zoomedIn.map((p) => p.key));
    expect(overview.filter((p) => !zoomedKeys.has(p.key))).toEqual([]);
    expect(zoomedIn.length).toBeGreaterThan(overview.length);
    const overviewKeys = new Set(overview.map((p) => p.key));
    const inView = await onCanvas(page, zoomedIn);
    expect(inView.filter((p) => !overviewKeys.has(p.key)).length).toBeGreaterThan(0);
    expect(tightestPair(inView)).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId("papers-by-zoom")).toHaveText(
      `papers appear as you zoom in: ${zoomedIn.length} of 10000 drawn`,
    );

    // Zoomed in all the way: every paper.
    await setCamera(page, 0.02);
    await expect.poll(() => shownPaperCount(page), { timeout: 60_000 }).toBe(10_000);
    await expect(page.getByTestId("papers-by-zoom")).toHaveCount(0);

    // Back at overview, a selected paper is drawn with its authors whatever its level.
    await setCamera(page, 1);
    await expect.poll(() => shownPaperCount(page), { timeout: 60_000 }).toBe(overview.length);
    const chosen = hidden[0] as string;
    await page.evaluate((k) => window.__atlas?.store.getState().select(k), chosen);
    await expect
      .poll(() => page.evaluate((k) => window.__atlas?.isNodeShown(k), chosen))
      .toBe(true);
    expect(errors).toEqual([]);
  });
});
