// The explorer on the default profile (issue 3): first frame drawn from the ingest layout,
// filters and their counts, shareable URLs, clicking nodes on the canvas, search, bad links and
// Back. Expected numbers are computed from the served graph file, never hard-coded.
import { expect, type Page, test } from "@playwright/test";
import type { SerializedAtlasGraph } from "../src/graph/schema";
import {
  clickableNode,
  countForegroundPixels,
  findNodeKey,
  frames,
  openApp,
  readProfile,
  splitProfile,
  storeView,
  visibleCounts,
  waitReady,
  watchErrors,
} from "./helpers";

interface PaperRow {
  key: string;
  title: string;
  year: number;
  venue: string;
  abstract: string;
  authors: Set<string>;
}

// The graph file the build serves (what the app loads), fetched once per worker.
let graphFile: SerializedAtlasGraph;
let papers: PaperRow[] = [];
let paperByKey = new Map<string, PaperRow>();

test.beforeAll(async ({ request }) => {
  const response = await request.get("/data/default.graph.json");
  expect(response.ok()).toBe(true);
  graphFile = (await response.json()) as SerializedAtlasGraph;
  papers = graphFile.nodes.flatMap((n) => {
    const a = n.attributes as unknown as Record<string, unknown>;
    if (a.kind !== "paper") return [];
    return [
      {
        key: n.key,
        title: String(a.title),
        year: Number(a.year),
        venue: String(a.venue),
        abstract: String(a.abstract ?? ""),
        authors: new Set<string>(),
      },
    ];
  });
  paperByKey = new Map(papers.map((p) => [p.key, p]));
  for (const e of graphFile.edges) {
    const p = paperByKey.get(e.source) ?? paperByKey.get(e.target);
    const other = paperByKey.has(e.source) ? e.target : e.source;
    p?.authors.add(other);
  }
});

/**
 * Papers that pass a year range and venue list, and the authors the coauthor view draws for
 * them (counted from the graph file): authors of a passing paper, less those with no coauthor
 * link, whose every paper is over the hyperauthorship cap (hidden until "Show hidden authors").
 */
function expectedCounts(from: number | null, venues: string[] | null) {
  const pass = papers.filter(
    (p) => (from === null || p.year >= from) && (venues === null || venues.includes(p.venue)),
  );
  const cap = Number(graphFile.attributes.hyperauthorCap ?? Number.POSITIVE_INFINITY);
  const linked = new Set<string>();
  for (const p of papers) {
    if (p.authors.size >= 2 && p.authors.size <= cap) for (const a of p.authors) linked.add(a);
  }
  const authors = new Set<string>();
  for (const p of pass) for (const a of p.authors) if (linked.has(a)) authors.add(a);
  return { papers: pass.length, authors: authors.size };
}

async function graphPixels(page: Page): Promise<number> {
  await frames(page, 2);
  return countForegroundPixels(await page.getByTestId("graph").screenshot());
}

test.describe("explorer", () => {
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors, "no uncaught or console errors").toEqual([]);
  });

  test("renders the default network from the ingest layout, with drawn pixels", async ({
    page,
  }) => {
    await openApp(page);
    const entries = splitProfile(readProfile()).entries.length;
    const counts = await visibleCounts(page);
    expect(counts.papers).toBe(entries);
    expect(counts.authors).toBe(expectedCounts(null, null).authors);

    // No layout ran before the first paint: data nodes sit where the ingest put them.
    const moved = await page.evaluate(
      (nodes) => {
        const graph = window.__atlas?.store.getState().graph;
        if (!graph) return ["no graph"];
        return nodes
          .filter((n) => {
            const a = graph.getNodeAttributes(n.key) as unknown as { x: number; y: number };
            return a.x !== n.x || a.y !== n.y;
          })
          .map((n) => n.key);
      },
      graphFile.nodes.map((n) => ({ key: n.key, x: n.attributes?.x, y: n.attributes?.y })),
    );
    expect(moved).toEqual([]);

    const drawn = await graphPixels(page);
    expect(drawn, "the WebGL canvas shows nodes and edges").toBeGreaterThan(3000);

    // The same count drops when every category is unchecked: the pixels are the network.
    await page.evaluate(() => window.__atlas?.store.getState().setCategories([]));
    await expect(page.getByTestId("visible-papers")).toHaveText("0");
    const empty = await graphPixels(page);
    expect(empty).toBeLessThan(drawn / 10);
  });

  test("a filter changes the counts and the URL; the URL reopens the same view", async ({
    page,
    context,
  }) => {
    await openApp(page);
    const before = await visibleCounts(page);

    // Venue: uncheck NeurIPS in the venue list.
    await page.getByRole("checkbox", { name: /^NeurIPS: / }).click();
    await expect(page).toHaveURL(/[?&]venue=/);
    const venueParam = new URL(page.url()).searchParams.get("venue");
    expect(venueParam).not.toBeNull();
    const venues = (venueParam ?? "").split(",");
    expect(venues).not.toContain("NeurIPS");
    const afterVenue = expectedCounts(null, venues);
    await expect(page.getByTestId("visible-papers")).toHaveText(String(afterVenue.papers));
    await expect(page.getByTestId("visible-authors")).toHaveText(String(afterVenue.authors));
    expect(afterVenue.papers).toBeLessThan(before.papers);

    // Year: move the "From year" thumb two years to the right with the keyboard.
    const yearMin = Math.min(...papers.map((p) => p.year));
    await page.getByRole("slider", { name: "From year" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(new RegExp(`[?&]from=${yearMin + 2}(&|$)`));
    const afterYear = expectedCounts(yearMin + 2, venues);
    await expect(page.getByTestId("visible-papers")).toHaveText(String(afterYear.papers));
    await expect(page.getByTestId("visible-authors")).toHaveText(String(afterYear.authors));

    // Select a paper still visible, and move the camera.
    const target = papers.find((p) => p.year >= yearMin + 2 && venues.includes(p.venue));
    if (!target) throw new Error("no paper passes the filters");
    await page.evaluate((k) => window.__atlas?.store.getState().select(k), target.key);
    await expect(page.getByTestId("details")).toContainText(target.title);
    await page.evaluate(() =>
      window.__atlas?.sigma?.getCamera().setState({ x: 0.42, y: 0.58, ratio: 0.7 }),
    );
    await expect(page).toHaveURL(/[?&]cam=/);
    await expect(page).toHaveURL(/[?&]node=/);
    const link = page.url();
    const view = await storeView(page);

    const fresh = await context.newPage();
    const freshErrors = watchErrors(fresh);
    await fresh.goto(link);
    await waitReady(fresh);
    await expect(fresh.getByTestId("visible-papers")).toHaveText(String(afterYear.papers));
    await expect(fresh.getByTestId("visible-authors")).toHaveText(String(afterYear.authors));
    await expect(fresh.getByTestId("details")).toBeVisible();
    await expect(fresh.getByTestId("details")).toContainText(target.title);
    expect(await storeView(fresh)).toEqual(view);
    const cam = await fresh.evaluate(() => window.__atlas?.sigma?.getCamera().getState());
    expect(cam?.x).toBeCloseTo(0.42, 3);
    expect(cam?.y).toBeCloseTo(0.58, 3);
    expect(cam?.ratio).toBeCloseTo(0.7, 3);
    await expect(fresh.getByTestId("notice")).toHaveCount(0);
    expect(freshErrors).toEqual([]);
    await fresh.close();
  });

  test("clicking a paper node on the canvas opens its details with the abstract", async ({
    page,
  }) => {
    await openApp(page);
    await page.getByText("Authors + papers", { exact: true }).click();
    await expect(page).toHaveURL(/[?&]view=bipartite/);
    // Paper nodes are hidden in the coauthor view; wait until sigma shows them.
    const anyPaper = await findNodeKey(page, "paper");
    await expect
      .poll(() =>
        page.evaluate((k) => window.__atlas?.sigma?.getNodeDisplayData(k)?.hidden, anyPaper),
      )
      .toBe(false);
    await frames(page, 2);

    const node = await clickableNode(page, "paper");
    const paper = paperByKey.get(node.key);
    if (!paper) throw new Error(`clicked node ${node.key} is not a paper of the data`);
    await page.mouse.move(node.x, node.y);
    await page.mouse.click(node.x, node.y);
    const details = page.getByTestId("details");
    await expect(details).toBeVisible();
    await expect(details.getByRole("heading", { level: 2 })).toHaveText(paper.title);
    expect(paper.abstract.length).toBeGreaterThan(40);
    await expect(details).toContainText(paper.abstract.slice(0, 200));
    expect(new URL(page.url()).searchParams.get("node")).toBe(node.key);

    // Escape closes it.
    await page.keyboard.press("Escape");
    await expect(details).toHaveCount(0);
  });

  test("search is accent- and case-insensitive and selects the node", async ({ page }) => {
    // Most accented names are BIG-bench authors, unlinked under the cap: show them first.
    await openApp(page);
    await page.getByRole("checkbox", { name: /^Show \d+ hidden authors$/ }).check();
    await expect(page).toHaveURL(/[?&]isolated=1/);
    const target = await page.evaluate(() => {
      const s = window.__atlas?.store.getState();
      if (!s?.graph || !s.visibility) return null;
      const vis = s.visibility;
      let best: { key: string; name: string } | null = null;
      s.graph.forEachNode((key, a) => {
        if (best || a.kind !== "author" || a.owner) return;
        if (/\p{M}/u.test(a.name.normalize("NFKD")) && vis.isNodeVisible(key))
          best = { key, name: a.name };
      });
      return best as { key: string; name: string } | null;
    });
    if (!target) throw new Error("no visible author with an accented name in the default data");
    // Type the name without accents and in lower case.
    const folded = target.name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    const box = page.getByRole("combobox", { name: /search/i });
    await box.click();
    await box.pressSequentially(folded.slice(0, Math.min(folded.length, 14)));
    const option = page.getByRole("option").filter({ hasText: target.name });
    await expect(option.first()).toBeVisible();
    await option.first().click();
    await expect(page.getByTestId("details")).toBeVisible();
    await expect(page.getByTestId("details").getByRole("heading", { level: 2 })).toHaveText(
      target.name,
    );
    await expect(page).toHaveURL(new RegExp(`[?&]node=${encodeURIComponent(target.key)}`));
    // The camera flew to it: the node ends near the centre of the graph.
    await expect
      .poll(
        async () =>
          page.evaluate((k) => {
            const sigma = window.__atlas?.sigma;
            const d = sigma?.getNodeDisplayData(k);
            if (!sigma || !d || sigma.getCamera().isAnimated()) return Number.POSITIVE_INFINITY;
            const p = sigma.framedGraphToViewport(d);
            const { width, height } = sigma.getDimensions();
            return Math.hypot(p.x - width / 2, p.y - height / 2) / Math.min(width, height);
          }, target.key),
        { timeout: 10_000 },
      )
      .toBeLessThan(0.1);
  });

  test("a bad URL shows the notice, keeps what is valid, and still renders", async ({ page }) => {
    await openApp(page, "?from=abc&cat=ZZ&node=paper:nope&venue=NeurIPS");
    const notice = page.getByTestId("notice");
    await expect(notice).toBeVisible();
    for (const bad of ["abc", "ZZ", "paper:nope"]) await expect(notice).toContainText(bad);
    const expected = expectedCounts(null, ["NeurIPS"]);
    await expect(page.getByTestId("visible-papers")).toHaveText(String(expected.papers));
    await expect(page.getByTestId("visible-authors")).toHaveText(String(expected.authors));
    expect(await graphPixels(page)).toBeGreaterThan(500);
    const params = new URL(page.url()).searchParams;
    expect(params.get("venue")).toBe("NeurIPS");
    expect(params.has("from") || params.has("cat") || params.has("node")).toBe(false);
    await expect(page.getByTestId("details")).toHaveCount(0);
  });

  test("Back returns to the previous selection", async ({ page }) => {
    await openApp(page);
    const [first, second] = papers;
    if (!first || !second) throw new Error("need two papers");
    await page.evaluate(() => window.__atlas?.store.getState().setViewMode("bipartite"));
    await expect(page).toHaveURL(/view=bipartite/);
    await page.evaluate((k) => window.__atlas?.store.getState().select(k), first.key);
    await expect(page.getByTestId("details")).toContainText(first.title);
    await page.evaluate((k) => window.__atlas?.store.getState().select(k), second.key);
    await expect(page.getByTestId("details")).toContainText(second.title);

    await page.goBack();
    await expect(page.getByTestId("details")).toContainText(first.title);
    expect((await storeView(page)).node).toBe(first.key);
    expect(new URL(page.url()).searchParams.get("node")).toBe(first.key);

    await page.goBack();
    await expect(page.getByTestId("details")).toHaveCount(0);
    expect((await storeView(page)).node).toBeNull();
    expect((await storeView(page)).view).toBe("bipartite");

    await page.goForward();
    await expect(page.getByTestId("details")).toContainText(first.title);
  });
});
