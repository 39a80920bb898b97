// Ego networks, collaboration paths and the table view in the built app, on the default network
// and on a seeded synthetic one of 10k authors (opened as a file, as a user would): `ego` and
// `path` links restore; the counters count the ego network; the path panel lists shortest
// steps whose joint papers the data confirms; the table lists as many rows as the counter says,
// and selection flows both ways. Expected values are recomputed from the graph in the page.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { syntheticSerialized } from "../src/filters/syntheticGraph.fixture";
import { openApp, selectNode, storeView, visibleCounts, watchErrors } from "./helpers";

const FILE_INPUT = 'input[type="file"]:not([webkitdirectory])';

/** waitReady with room for a large network's first frame in software WebGL. */
async function waitLargeReady(page: Page): Promise<void> {
  await expect(page.getByTestId("graph")).toHaveAttribute("data-ready", "true", {
    timeout: 120_000,
  });
  await expect(page.getByRole("button", { name: "Open files" })).toBeVisible();
}

/** An author the default view draws, with at least `minDegree` coauthor links; most linked first. */
async function linkedAuthor(page: Page, minDegree = 2): Promise<string> {
  return page.evaluate((min) => {
    const s = window.__atlas?.store.getState();
    if (!s?.graph || !s.visibility) throw new Error("e2e: nothing loaded");
    const graph = s.graph;
    const vis = s.visibility;
    const candidates = graph
      .filterNodes((k, a) => a.kind === "author" && !a.owner && vis.isNodeVisible(k))
      .map((k) => ({
        k,
        d: graph.filterEdges(k, (_e, a) => a.kind === "coauthor").length,
      }))
      .filter((c) => c.d >= min)
      .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1));
    // The median candidate: linked enough to have a neighbourhood, not the hub of everything.
    const chosen = candidates[Math.floor(candidates.length / 2)];
    if (!chosen) throw new Error("e2e: no linked author");
    return chosen.k;
  }, minDegree);
}

/** Authors within `hops` coauthor links of `key`, over authors the current view draws. */
async function neighbourhood(page: Page, key: string, hops: number): Promise<string[]> {
  return page.evaluate(
    ({ key, hops }) => {
      const s = window.__atlas?.store.getState();
      if (!s?.graph || !s.index) throw new Error("e2e: nothing loaded");
      const graph = s.graph;
      // What the view draws without the ego network, recomputed from the store's own action.
      const view = { ...s.view, ego: null };
      const shown = new Set(
        graph.filterNodes((_k, a) => {
          if (a.kind !== "author") return false;
          if (view.hideOwner && a.owner) return false;
          return true;
        }),
      );
      const seen = new Set([key]);
      let frontier = [key];
      for (let h = 0; h < hops; h++) {
        const next: string[] = [];
        for (const n of frontier) {
          graph.forEachEdge(n, (_e, a, src, dst) => {
            if (a.kind !== "coauthor") return;
            const other = src === n ? dst : src;
            if (!shown.has(other) || seen.has(other)) return;
            seen.add(other);
            next.push(other);
          });
        }
        frontier = next;
      }
      return [...seen].sort();
    },
    { key, hops },
  );
}

/** Every author the canvas draws now, by the programs' own bytes. */
async function drawnAuthors(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const s = window.__atlas?.store.getState();
    if (!s?.graph) throw new Error("e2e: nothing loaded");
    return s.graph
      .filterNodes((k, a) => a.kind === "author" && window.__atlas?.isNodeShown(k) === true)
      .sort();
  });
}

/** Coauthor-link distance between two authors in the graph, the owner left out when asked. */
async function distance(page: Page, from: string, to: string, skipOwner: boolean) {
  return page.evaluate(
    ({ from, to, skipOwner }) => {
      const graph = window.__atlas?.store.getState().graph;
      if (!graph) throw new Error("e2e: nothing loaded");
      const dist = new Map([[from, 0]]);
      let frontier = [from];
      while (frontier.length > 0 && !dist.has(to)) {
        const next: string[] = [];
        for (const n of frontier) {
          graph.forEachEdge(n, (_e, a, src, dst) => {
            if (a.kind !== "coauthor") return;
            const other = src === n ? dst : src;
            const attrs = graph.getNodeAttributes(other);
            if (skipOwner && attrs.kind === "author" && attrs.owner) return;
            if (dist.has(other)) return;
            dist.set(other, (dist.get(n) as number) + 1);
            next.push(other);
          });
        }
        frontier = next;
      }
      return dist.get(to) ?? null;
    },
    { from, to, skipOwner },
  );
}

/** The author furthest (by coauthor links, owner left out) from `from` in its component. */
async function furthestAuthor(page: Page, from: string): Promise<string> {
  return page.evaluate((from) => {
    const graph = window.__atlas?.store.getState().graph;
    if (!graph) throw new Error("e2e: nothing loaded");
    const seen = new Set([from]);
    let frontier = [from];
    let last = from;
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const n of frontier) {
        graph.forEachEdge(n, (_e, a, src, dst) => {
          if (a.kind !== "coauthor") return;
          const other = src === n ? dst : src;
          const attrs = graph.getNodeAttributes(other);
          if (attrs.kind === "author" && attrs.owner) return;
          if (seen.has(other)) return;
          seen.add(other);
          next.push(other);
        });
      }
      next.sort();
      if (next.length > 0) last = next[0] as string;
      frontier = next;
    }
    return last;
  }, from);
}

/** Check the listed path against the data: shortest, each step's papers joint and passing. */
async function checkPathPanel(page: Page, from: string, to: string, skipOwner: boolean) {
  const panel = page.getByTestId("path");
  await expect(panel).toBeVisible();
  const length = await distance(page, from, to, skipOwner);
  expect(length, "the two authors are connected").not.toBeNull();
  await expect(panel.getByTestId("path-step")).toHaveCount(length as number);
  // Each step: two author names, then its joint papers, each of which both authors wrote.
  const verified = await page.evaluate(() => {
    const s = window.__atlas?.store.getState();
    const graph = s?.graph;
    if (!graph) throw new Error("e2e: nothing loaded");
    const byName = new Map<string, string[]>();
    graph.forEachNode((k, a) => {
      const label = a.kind === "author" ? a.name : a.kind === "paper" ? a.title : null;
      if (label !== null) byName.set(label, [...(byName.get(label) ?? []), k]);
    });
    const items = [...document.querySelectorAll('[data-testid="path-step"]')];
    return items.map((li) => {
      const [a, b] = [...li.querySelectorAll(":scope > button")].map((x) => x.textContent ?? "");
      const papers = [...li.querySelectorAll("ul button span:last-child")].map(
        (x) => x.textContent ?? "",
      );
      const authorsOf = (title: string) =>
        (byName.get(title) ?? []).flatMap((p) =>
          graph
            .filterNeighbors(p, (_k, at) => at.kind === "author")
            .map((k) => {
              const at = graph.getNodeAttributes(k);
              return at.kind === "author" ? at.name : "";
            }),
        );
      return {
        a,
        b,
        papers: papers.length,
        joint: papers.every(
          (t) => authorsOf(t).includes(a ?? "") && authorsOf(t).includes(b ?? ""),
        ),
      };
    });
  });
  for (const step of verified) {
    expect(step.papers).toBeGreaterThan(0);
    expect(step.joint, `${step.a} and ${step.b} wrote every listed paper`).toBe(true);
  }
  return verified;
}

/** Rows the table's grid says it has (aria-rowcount counts the header row too). */
async function tableRowCount(page: Page): Promise<number> {
  const value = await page.getByTestId("table-grid").getAttribute("aria-rowcount");
  return Number(value) - 1;
}

async function checkTable(page: Page) {
  await page.getByTestId("show-table").click();
  await expect(page.getByTestId("table")).toBeVisible();
  const counts = await visibleCounts(page);
  expect(await tableRowCount(page)).toBe(counts.authors);
  // Windowed: far fewer rows in the page than in the table, when the table is long.
  const rendered = await page.getByTestId("table-row").count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThanOrEqual(Math.min(counts.authors, 80));

  // A row picks its node: the store selects it and the details open.
  const row = page.getByTestId("table-row").nth(2);
  const key = (await row.getAttribute("data-key")) as string;
  await row.click();
  await expect.poll(async () => (await storeView(page)).node).toBe(key);
  await expect(page.getByTestId("details")).toBeVisible();
  await expect(row).toHaveAttribute("aria-selected", "true");

  // Keyboard: End then Enter picks the last row, which is scrolled into the page.
  await page.getByTestId("table-grid").focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const lastKey = await page.evaluate(() => window.__atlas?.store.getState().view.node ?? null);
  const last = page.locator(`[data-testid="table-row"][aria-rowindex="${counts.authors + 1}"]`);
  await expect(last).toHaveAttribute("data-key", lastKey as string);
  await expect(last).toBeInViewport();

  // A node selected elsewhere becomes the selected row, brought into sight.
  await selectNode(page, key);
  const selectedRow = page.locator(`[data-testid="table-row"][data-key="${key}"]`);
  await expect(selectedRow).toHaveAttribute("aria-selected", "true");
  await expect(selectedRow).toBeInViewport();

  // Papers: the visible-papers count; a sorted header says so.
  await page.getByTestId("table-papers").click();
  expect(await tableRowCount(page)).toBe(counts.papers);
  await expect(page.getByRole("columnheader", { name: "Year" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await page.getByRole("button", { name: "Title", exact: true }).click();
  await expect(page.getByRole("columnheader", { name: "Title" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );

  // Filters reach the table.
  await page.evaluate(() => window.__atlas?.store.getState().setYearRange(2023, null));
  const filtered = await visibleCounts(page);
  await expect.poll(() => tableRowCount(page)).toBe(filtered.papers);
  await page.getByTestId("table-authors").click();
  await expect.poll(() => tableRowCount(page)).toBe(filtered.authors);
  await page.getByTestId("show-map").click();
  await expect(page.getByTestId("table")).toHaveCount(0);
}

test.describe("default network", () => {
  test("ego: a link restores it, counters count it, hops and Leave focus work", async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const all = await visibleCounts(page);
    const key = await linkedAuthor(page);
    const oneHop = await neighbourhood(page, key, 1);

    await openApp(page, `ego=${encodeURIComponent(key)},1`);
    expect((await storeView(page)).ego).toEqual({ node: key, hops: 1 });
    await expect(page.getByTestId("ego-bar")).toBeVisible();
    // A link without `cam` fits the camera to the ego network.
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.sigma?.getCamera().ratio ?? 1))
      .toBeLessThan(0.8);
    await expect(page.getByTestId("visible-authors")).toHaveText(String(oneHop.length));
    await expect.poll(() => drawnAuthors(page)).toEqual(oneHop);
    // Papers: the links of the ego network, papers with two of its authors.
    const linking = await page.evaluate((members) => {
      const graph = window.__atlas?.store.getState().graph;
      if (!graph) throw new Error("e2e: nothing loaded");
      const set = new Set(members);
      return graph.filterNodes(
        (k, a) => a.kind === "paper" && graph.filterNeighbors(k, (n) => set.has(n)).length >= 2,
      ).length;
    }, oneHop);
    await expect(page.getByTestId("visible-papers")).toHaveText(String(linking));
    expect(linking).toBeLessThan(all.papers);

    // Two hops from the bar, then fading the rest keeps the counts and draws everything.
    await page.getByTestId("ego-bar").getByRole("button", { name: "2 hops" }).click();
    const twoHops = await neighbourhood(page, key, 2);
    await expect(page.getByTestId("visible-authors")).toHaveText(String(twoHops.length));
    expect(new URL(page.url()).searchParams.get("ego")).toBe(`${key},2`);
    await page.getByTestId("ego-fade").check();
    await expect.poll(() => new URL(page.url()).searchParams.get("fade")).toBe("1");
    await expect(page.getByTestId("visible-authors")).toHaveText(String(twoHops.length));
    await expect.poll(async () => (await drawnAuthors(page)).length).toBe(all.authors);

    // Filters apply inside it.
    await page.getByTestId("ego-fade").uncheck();
    await page.evaluate(() => window.__atlas?.store.getState().setYearRange(2024, null));
    const narrowed = Number(await page.getByTestId("visible-authors").textContent());
    expect(narrowed).toBeLessThanOrEqual(twoHops.length);

    await page.getByTestId("leave-focus").click();
    await expect(page.getByTestId("ego-bar")).toHaveCount(0);
    expect((await storeView(page)).ego).toBeNull();
    expect(errors).toEqual([]);
  });

  test("focus from the details panel fits the camera to the ego network", async ({ page }) => {
    await openApp(page);
    const key = await linkedAuthor(page);
    await selectNode(page, key);
    const before = await page.evaluate(() => window.__atlas?.sigma?.getCamera().ratio ?? 0);
    await page.getByTestId("details").getByTestId("focus-1").click();
    await expect.poll(async () => (await storeView(page)).ego).toEqual({ node: key, hops: 1 });
    // Every member on screen once the camera settles.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const sigma = window.__atlas?.sigma;
          const s = window.__atlas?.store.getState();
          if (!sigma || !s?.graph || !s.visibility) return false;
          const { width, height } = sigma.getDimensions();
          return s.graph
            .filterNodes((k) => s.visibility?.isNodeVisible(k) === true)
            .every((k) => {
              const p = sigma.graphToViewport(
                s.graph?.getNodeAttributes(k) as { x: number; y: number },
              );
              return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
            });
        }),
      )
      .toBe(true);
    // Fitted: zoomed in on the neighbourhood, not left at the whole network.
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.sigma?.getCamera().ratio ?? 1))
      .toBeLessThan(before * 0.8);
  });

  test("path: a link restores it, the panel lists the shortest steps, and no path says so", async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openApp(page, "owner=0");
    const from = await linkedAuthor(page);
    const to = await furthestAuthor(page, from);
    await openApp(page, `owner=0&path=${encodeURIComponent(from)},${encodeURIComponent(to)}`);
    expect((await storeView(page)).path).toEqual([from, to]);
    const steps = await checkPathPanel(page, from, to, true);
    expect(steps.length).toBeGreaterThan(1);

    // An author linked only through papers over the cap has no path to anyone.
    const lonely = await page.evaluate(() => {
      const s = window.__atlas?.store.getState();
      if (!s?.index) throw new Error("e2e: nothing loaded");
      const i = s.index.isIsolated.indexOf(1);
      return s.index.nodeKeys[i] as string;
    });
    await page.evaluate(
      ([a, b]) => window.__atlas?.store.getState().setPath([a as string, b as string]),
      [from, lonely],
    );
    await expect(page.getByTestId("no-path")).toContainText("No path");
    await page.getByTestId("clear-path").click();
    await expect(page.getByTestId("path")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("path from an author's details: the picker asks for it", async ({ page }) => {
    await openApp(page);
    const from = await linkedAuthor(page);
    const toName = await page.evaluate((from) => {
      const graph = window.__atlas?.store.getState().graph;
      const other = graph?.findNode(
        (k, a) => a.kind === "author" && !a.owner && k !== from && a.name.length > 6,
      );
      const a = other ? graph?.getNodeAttributes(other) : null;
      return a && a.kind === "author" ? a.name : "";
    }, from);
    await selectNode(page, from);
    await page.getByTestId("path-to").fill(toName);
    await page.getByTestId("path-to").press("Enter");
    await expect.poll(async () => (await storeView(page)).path?.[0]).toBe(from);
    await expect(page.getByTestId("path")).toBeVisible();
  });

  test("table: rows match the counters, selection flows both ways", async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await checkTable(page);
    expect(errors).toEqual([]);
  });
});

test("axe finds no serious or critical violation in the ego bar, path panel and table", async ({
  page,
}) => {
  await openApp(page, "owner=0");
  const from = await linkedAuthor(page);
  const to = await furthestAuthor(page, from);
  await openApp(page, `ego=${from},2&path=${from},${to}&owner=0&table=authors`);
  await expect(page.getByTestId("path")).toBeVisible();
  await expect(page.getByTestId("table-row").first()).toBeVisible();
  await selectNode(page, from);
  await expect(page.getByTestId("details")).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
});

test.describe("synthetic network, 10k authors", () => {
  test.setTimeout(240_000);

  test("ego and path links restore, the table lists every shown author", async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const graph = syntheticSerialized(3_000, 10_000, 7);
    const version = await page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? 0);
    await page.locator(FILE_INPUT).setInputFiles({
      name: "synthetic-10k.atlas.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(graph)),
    });
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? 0), {
        timeout: 120_000,
      })
      .toBeGreaterThan(version);
    await waitLargeReady(page);
    const authors = await page.evaluate(() => window.__atlas?.store.getState().index?.authorCount);
    expect(authors).toBe(10_000);

    const key = await linkedAuthor(page, 3);
    const oneHop = await neighbourhood(page, key, 1);
    await page.evaluate((k) => window.__atlas?.store.getState().setEgo({ node: k, hops: 1 }), key);
    await expect(page.getByTestId("visible-authors")).toHaveText(String(oneHop.length));
    const to = await furthestAuthor(page, key);
    await page.evaluate(
      ([a, b]) => window.__atlas?.store.getState().setPath([a as string, b as string]),
      [key, to],
    );
    await checkPathPanel(page, key, to, false);
    await expect.poll(() => new URL(page.url()).searchParams.get("path")).toBe(`${key},${to}`);
    expect(new URL(page.url()).searchParams.get("ego")).toBe(`${key},1`);

    // The link reopens the same network (kept in the browser), ego network and path.
    await page.reload();
    await waitLargeReady(page);
    await expect
      .poll(async () => (await storeView(page)).ego, { timeout: 60_000 })
      .toEqual({ node: key, hops: 1 });
    expect((await storeView(page)).path).toEqual([key, to]);
    await expect(page.getByTestId("visible-authors")).toHaveText(String(oneHop.length));
    await expect.poll(() => drawnAuthors(page)).toEqual(oneHop);
    await checkPathPanel(page, key, to, false);
    await page.getByTestId("leave-focus").click();
    await page.getByTestId("clear-path").click();

    await checkTable(page);
    expect(errors).toEqual([]);
  });
});
