// Time (issue 14, part A): Play steps the year window through the brush's store path and the
// counters follow the data year by year, with the camera held still; the brush is driven by
// pointer and keyboard; `color` and `size` restore from the URL. On the default network and on
// a synthetic one of 10,000 authors (loaded through the store's loadGraph, as a file would be).
import { expect, type Page, test } from "@playwright/test";
import { authorBetweenness } from "../src/filters/betweenness";
import { buildFilterIndex } from "../src/filters/filterIndex";
import { BETWEENNESS_IN_PAGE_MAX_AUTHORS, coauthorPairs } from "../src/filters/measures";
import { syntheticSerialized } from "../src/filters/syntheticGraph.fixture";
import { prepareAtlasGraph } from "../src/graph/appGraph";
import {
  graphVersion,
  openApp,
  storeView,
  visibleCounts,
  waitLoaded,
  waitReady,
  watchErrors,
} from "./helpers";

/** Papers and drawn authors (coauthor view, default toggles) for a year window, from the data. */
async function expectedCounts(page: Page, from: number, to: number) {
  return page.evaluate(
    ({ from, to }) => {
      const graph = window.__atlas?.store.getState().graph;
      if (!graph) throw new Error("e2e: no graph");
      let papers = 0;
      graph.forEachNode((_k, a) => {
        if (a.kind === "paper" && a.year >= from && a.year <= to) papers++;
      });
      // Drawn: an author with a paper in the window and a coauthor link (the view hides authors
      // linked only through papers over the cap).
      let authors = 0;
      graph.forEachNode((k, a) => {
        if (a.kind !== "author") return;
        const linked = graph.someEdge(k, (_e, attrs) => attrs.kind === "coauthor");
        const inWindow = graph.someNeighbor(k, (_n, b) => {
          return b.kind === "paper" && b.year >= from && b.year <= to;
        });
        if (linked && inWindow) authors++;
      });
      return { papers, authors };
    },
    { from, to },
  );
}

/** Record every window the store passes through, with its counts, from now on. */
async function recordWindows(page: Page) {
  await page.evaluate(() => {
    const store = window.__atlas?.store;
    if (!store) throw new Error("e2e: no store");
    const seen: { from: number; to: number; papers: number; authors: number }[] = [];
    (window as unknown as { __windows: typeof seen }).__windows = seen;
    let last = store.getState().visibility;
    store.subscribe((s) => {
      if (s.visibility === last || !s.index || !s.visibility) return;
      last = s.visibility;
      let authors = 0;
      for (const a of s.index.authors) if (s.visibility.nodeVisible[a] === 1) authors++;
      seen.push({
        from: s.view.from ?? s.index.yearMin,
        to: s.view.to ?? s.index.yearMax,
        papers: s.visibility.visiblePapers,
        authors,
      });
    });
  });
}

const recorded = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __windows: { from: number; to: number; papers: number; authors: number }[];
        }
      ).__windows,
  );

const yearSpan = (page: Page) =>
  page.evaluate(() => {
    const index = window.__atlas?.store.getState().index;
    if (!index) throw new Error("e2e: no index");
    return { min: index.yearMin, max: index.yearMax };
  });

const cameraState = (page: Page) =>
  page.evaluate(() => {
    const c = window.__atlas?.sigma?.getCamera().getState();
    if (!c) throw new Error("e2e: no sigma");
    return { x: c.x, y: c.y, ratio: c.ratio };
  });

/** Play three steps, pause, check each step's counts against the data, then one step by hand. */
async function playThreeSteps(page: Page) {
  const { min, max } = await yearSpan(page);
  expect(max - min).toBeGreaterThanOrEqual(4);
  const camera = await cameraState(page);
  await recordWindows(page);
  const play = page.getByTestId("play-button");
  await play.click();
  await expect(play).toHaveAttribute("aria-pressed", "true");
  await expect
    .poll(async () => (await recorded(page)).length, { timeout: 20_000 })
    .toBeGreaterThanOrEqual(3);
  await play.click();
  await expect(play).toHaveAttribute("aria-pressed", "false");
  const steps = (await recorded(page)).slice(0, 3);
  for (const [k, step] of steps.entries()) {
    expect({ from: step.from, to: step.to }, `step ${k + 1}`).toEqual({ from: min, to: min + k });
    const want = await expectedCounts(page, step.from, step.to);
    expect(
      { papers: step.papers, authors: step.authors },
      `counts in ${step.from}-${step.to}`,
    ).toEqual(want);
  }
  // What the counters show once paused, then after one step by hand.
  const view = await storeView(page);
  const to = view.to ?? max;
  expect(await visibleCounts(page)).toEqual(await expectedCounts(page, min, to));
  await page.getByTestId("play-step").click();
  await expect(page.getByTestId("year-window")).toHaveText(`${min} – ${to + 1}`);
  await expect.poll(() => visibleCounts(page)).toEqual(await expectedCounts(page, min, to + 1));
  // The camera held still throughout, and the URL keeps the window.
  expect(await cameraState(page)).toEqual(camera);
  await expect.poll(() => new URL(page.url()).searchParams.get("to")).toBe(String(to + 1));
  expect(new URL(page.url()).searchParams.has("play")).toBe(false);
}

test.describe("time on the default network", () => {
  test("Play steps the window a year at a time; counts follow the data", async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await playThreeSteps(page);
    expect(errors).toEqual([]);
  });

  test("the brush: drag a window, move it with the keyboard, resize it", async ({ page }) => {
    await openApp(page);
    const { min, max } = await yearSpan(page);
    const brush = page.getByTestId("year-brush");
    const box = await brush.boundingBox();
    if (!box) throw new Error("e2e: no brush");
    const years = max - min + 1;
    const inset = 7;
    const xOf = (year: number) =>
      box.x + inset + ((year - min + 0.5) / years) * (box.width - 2 * inset);
    await page.mouse.move(xOf(min + 1), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(xOf(min + 3), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(page.getByTestId("year-window")).toHaveText(`${min + 1} – ${min + 3}`);
    expect(await visibleCounts(page)).toEqual(await expectedCounts(page, min + 1, min + 3));

    const window = page.getByRole("slider", { name: /Year window/ });
    await window.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("year-window")).toHaveText(`${min + 2} – ${min + 4}`);
    await page.keyboard.press("Shift+ArrowLeft");
    await expect(page.getByTestId("year-window")).toHaveText(`${min + 2} – ${min + 3}`);
    await page.keyboard.press("Home");
    await expect(page.getByTestId("year-window")).toHaveText(`${min} – ${min + 1}`);
    await expect.poll(() => new URL(page.url()).searchParams.get("to")).toBe(String(min + 1));
    expect(await visibleCounts(page)).toEqual(await expectedCounts(page, min, min + 1));
  });

  test("color and size restore from the URL, and the colours follow them", async ({ page }) => {
    const errors = watchErrors(page);
    // The look of the first authors (graph order) as sigma draws them.
    const author = async () =>
      page.evaluate(() => {
        const s = window.__atlas?.store.getState();
        const keys = [...(s?.index?.authors ?? [])].slice(0, 30).map((i) => s?.index?.nodeKeys[i]);
        const shown = keys.map((k) =>
          k ? window.__atlas?.sigma?.getNodeDisplayData(k) : undefined,
        );
        return {
          color: shown.map((d) => d?.color).join(" "),
          size: shown.map((d) => d?.size).join(" "),
        };
      });
    await openApp(page, "?color=year&size=coauthors");
    expect(await storeView(page)).toMatchObject({ color: "year", size: "coauthors" });
    await expect(
      page.getByTestId("color-mode").getByRole("radio", { name: "first year" }),
    ).toBeChecked();
    await expect(
      page.getByTestId("size-mode").getByRole("radio", { name: "coauthors" }),
    ).toBeChecked();
    await expect(page.getByTestId("year-scale")).toBeVisible();
    const byYear = await author();
    await page.getByTestId("color-mode").getByRole("radio", { name: "cluster" }).check();
    await expect.poll(async () => (await author()).color).not.toBe(byYear.color);
    await expect.poll(() => new URL(page.url()).searchParams.get("color")).toBeNull();
    await page.getByTestId("size-mode").getByRole("radio", { name: "papers" }).check();
    await expect.poll(async () => (await author()).size).not.toBe(byYear.size);
    await page.goBack();
    await expect.poll(async () => (await storeView(page)).size).toBe("coauthors");

    // An author's details: timeline, first joint papers and measures, betweenness included.
    await openApp(page, "?color=category&size=betweenness");
    await expect(
      page.getByTestId("color-mode").getByRole("radio", { name: "category" }),
    ).toBeChecked();
    const owner = await page.evaluate(() => window.__atlas?.store.getState().index?.ownerKeys[0]);
    await page.evaluate((k) => window.__atlas?.store.getState().select(k ?? null), owner);
    const details = page.getByTestId("details");
    await expect(details.getByTestId("author-timeline")).toBeVisible();
    await expect(details.getByTestId("first-met").getByRole("listitem")).toHaveCount(8);
    await expect(details.getByTestId("measure-betweenness")).toHaveText(/^0\.\d{4}$|^1\.0000$/);
    expect(Number(await details.getByTestId("measure-coauthors").textContent())).toBeGreaterThan(
      10,
    );
    const unknown = page.waitForURL((u) => !u.searchParams.has("color"));
    await page.goto("/?color=rainbow");
    await waitReady(page);
    await unknown;
    await expect(page.getByText(/Ignored color=rainbow/)).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe("time on a synthetic network of 10,000 authors", () => {
  test.setTimeout(180_000);
  const graph = syntheticSerialized(4_000, 10_000, 14);

  test("Play steps the window and counts follow the data; color restores from the URL", async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openApp(page, "?color=year");
    const version = await graphVersion(page);
    await page.evaluate((g) => window.__atlas?.store.getState().loadGraph(g, "synthetic"), graph);
    await waitLoaded(page, version, 60_000);
    const authors = graph.nodes.filter((n) => n.attributes?.kind === "author").length;
    expect(authors).toBe(10_000);
    // Another network keeps the colour the link asked for, and a link opened on it applies.
    await expect(
      page.getByTestId("color-mode").getByRole("radio", { name: "first year" }),
    ).toBeChecked();
    await expect(page.getByTestId("year-scale")).toBeVisible();
    await page.evaluate(() => window.__atlas?.store.getState().applyUrl("?color=category"));
    await expect(
      page.getByTestId("color-mode").getByRole("radio", { name: "category" }),
    ).toBeChecked();
    await page.evaluate(() => window.__atlas?.store.getState().applyUrl("?color=year"));
    await expect(
      page.getByTestId("color-mode").getByRole("radio", { name: "first year" }),
    ).toBeChecked();
    await playThreeSteps(page);
    expect(new URL(page.url()).searchParams.get("color")).toBe("year");
    expect(errors).toEqual([]);
  });
});

test.describe("betweenness off the main thread", () => {
  test.setTimeout(120_000);
  // Above the in-page limit, so the measures worker computes it.
  const graph = syntheticSerialized(900, 2_500, 15);

  test("size=betweenness sizes authors by values the worker computed", async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const version = await graphVersion(page);
    await page.evaluate((g) => window.__atlas?.store.getState().loadGraph(g, "synthetic"), graph);
    await waitLoaded(page, version, 60_000);
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.evaluate(() => window.__atlas?.store.getState().applyUrl("?size=betweenness"));
    await expect(
      page.getByTestId("size-mode").getByRole("radio", { name: "betweenness" }),
    ).toBeChecked();
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.store.getState().betweenness?.status), {
        timeout: 90_000,
      })
      .toBe("ready");
    expect(workers.some((u) => u.includes("measures.worker"))).toBe(true);
    // The same values as the pure module gives in Node for the same graph.
    const index = buildFilterIndex(prepareAtlasGraph(structuredClone(graph)));
    expect(index.authors.length).toBeGreaterThan(BETWEENNESS_IN_PAGE_MAX_AUTHORS);
    const expected = authorBetweenness(coauthorPairs(index));
    const got = await page.evaluate(() =>
      Array.from(window.__atlas?.store.getState().betweenness?.values ?? []),
    );
    expect(got).toHaveLength(expected.length);
    const top = expected.indexOf(Math.max(...expected));
    expect(got[top]).toBeCloseTo(expected[top] as number, 10);
    expect(got.reduce((a, b) => a + b, 0)).toBeCloseTo(
      expected.reduce((a, b) => a + b, 0),
      6,
    );
    // The most central author is drawn at the largest author size.
    const key = index.nodeKeys[index.authors[top] as number] as string;
    await expect
      .poll(() => page.evaluate((k) => window.__atlas?.sigma?.getNodeDisplayData(k)?.size, key))
      .toBeCloseTo(16, 3);
    expect(errors).toEqual([]);
  });
});
