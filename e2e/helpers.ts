// Shared e2e helpers: opening the app and waiting for its first frame, reading the test hooks,
// driving the store through `window.__atlas`, locating nodes on the canvas, and collecting
// errors. Specs wait on conditions, never on fixed sleeps.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { decodePng } from "./png";

/** Path of a repository file, from the e2e folder. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

/** The default profile export, as text (the real data every spec starts from). */
export function readProfile(): string {
  return readFileSync(repoPath("data/profiles/jiaming-song.txt"), "utf8");
}

/**
 * Wait until the graph container says its first frame with the current data is drawn, and the
 * interface (which loads after that first frame) is there.
 */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.getByTestId("graph")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("button", { name: "Open files" })).toBeVisible();
}

/** Open the app at `search` (a query string with or without `?`) and wait for the first frame. */
export async function openApp(page: Page, search = ""): Promise<void> {
  const qs = search === "" || search.startsWith("?") ? search : `?${search}`;
  await page.goto(`/${qs}`);
  await waitReady(page);
}

/** Uncaught errors and console errors of a page, collected from now on. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

/**
 * In a `test.describe` block: each test starts on the default network, and fails if the page
 * logged an uncaught or console error by its end.
 */
export function startEachOnDefaultNetworkWithoutErrors(): void {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = watchErrors(page);
    await page.goto("/");
    await waitReady(page);
  });
  test.afterEach(() => {
    expect(errors, "no uncaught or console errors").toEqual([]);
  });
}

/** The store's graph version: it grows by one with every network or re-projection shown. */
export async function graphVersion(page: Page): Promise<number> {
  return page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? -1);
}

/** Wait until a load after `version` has finished and its first frame is drawn. */
export async function waitLoaded(page: Page, version: number, timeout = 30_000): Promise<void> {
  await expect.poll(() => graphVersion(page), { timeout }).toBeGreaterThan(version);
  await waitReady(page);
}

/** The numbers shown in the visible-papers / visible-authors hooks. */
export async function visibleCounts(page: Page): Promise<{ papers: number; authors: number }> {
  const read = async (id: string) => {
    const text = (await page.getByTestId(id).textContent())?.trim() ?? "";
    expect(text, `${id} holds the number alone`).toMatch(/^\d+$/);
    return Number(text);
  };
  return { papers: await read("visible-papers"), authors: await read("visible-authors") };
}

/** Resolve after `n` animation frames (sigma renders on the next frame after a refresh). */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(async (count) => {
    for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
  }, n);
}

/** The store's view (a plain copy). */
export async function storeView(page: Page) {
  return page.evaluate(() => {
    const s = window.__atlas?.store.getState();
    if (!s) throw new Error("e2e: window.__atlas is missing");
    return JSON.parse(JSON.stringify(s.view)) as typeof s.view;
  });
}

/** The key of the first node (graph order) whose attributes pass `kind` and, optionally, a title match. */
export async function findNodeKey(
  page: Page,
  kind: "paper" | "author",
  titleIncludes?: string,
): Promise<string> {
  const key = await page.evaluate(
    ({ kind, titleIncludes }) => {
      const graph = window.__atlas?.store.getState().graph;
      if (!graph) return null;
      return (
        graph.findNode((_k, a) => {
          if (a.kind !== kind) return false;
          if (titleIncludes === undefined) return true;
          const text = a.kind === "paper" ? a.title : a.kind === "author" ? a.name : "";
          return text.includes(titleIncludes);
        }) ?? null
      );
    },
    { kind, titleIncludes },
  );
  if (key === null) throw new Error(`e2e: no ${kind} node matching ${titleIncludes ?? "(any)"}`);
  return key;
}

/**
 * Page coordinates of a node as sigma draws it now, or null when it is hidden or off screen.
 * Uses sigma's own display data (after the reducers) and what the programs show, so it is
 * where a user would click.
 */
export async function nodePagePosition(
  page: Page,
  key: string,
): Promise<{ x: number; y: number; size: number } | null> {
  return page.evaluate((k) => {
    const sigma = window.__atlas?.sigma;
    if (!sigma) throw new Error("e2e: sigma is missing");
    const data = sigma.getNodeDisplayData(k);
    if (!data || !window.__atlas?.isNodeShown(k)) return null;
    // Display data is in sigma's framed-graph space, not the graph's own coordinates.
    const p = sigma.framedGraphToViewport(data);
    const rect = sigma.getContainer().getBoundingClientRect();
    if (p.x < 0 || p.y < 0 || p.x > rect.width || p.y > rect.height) return null;
    return { x: rect.left + p.x, y: rect.top + p.y, size: sigma.scaleSize(data.size) };
  }, key);
}

/**
 * A node that can be clicked: visible, on screen, drawn at least `minSize` px in radius, and with
 * its centre at least `clearance` px outside every other displayed node's disc (so a click on
 * its centre cannot land on a neighbour).
 */
export async function clickableNode(
  page: Page,
  kind: "paper" | "author",
  { minSize = 4, clearance = 4 } = {},
): Promise<{ key: string; x: number; y: number }> {
  const found = await page.evaluate(
    ({ kind, minSize, clearance }) => {
      const sigma = window.__atlas?.sigma;
      const graph = window.__atlas?.store.getState().graph;
      if (!sigma || !graph) throw new Error("e2e: sigma or graph missing");
      const rect = sigma.getContainer().getBoundingClientRect();
      const shown: { key: string; kind: string; x: number; y: number; size: number }[] = [];
      graph.forEachNode((key, attrs) => {
        const d = sigma.getNodeDisplayData(key);
        if (!d || !window.__atlas?.isNodeShown(key)) return;
        const p = sigma.framedGraphToViewport(d);
        shown.push({ key, kind: attrs.kind, x: p.x, y: p.y, size: sigma.scaleSize(d.size) });
      });
      const margin = 30;
      const candidates = shown
        .filter(
          (n) =>
            n.kind === kind &&
            n.size >= minSize &&
            n.x > margin &&
            n.y > margin &&
            n.x < rect.width - margin &&
            n.y < rect.height - margin,
        )
        .filter((n) =>
          shown.every((m) => m === n || Math.hypot(m.x - n.x, m.y - n.y) > clearance + m.size),
        )
        .sort((a, b) => b.size - a.size);
      const best = candidates[0];
      return best ? { key: best.key, x: rect.left + best.x, y: rect.top + best.y } : null;
    },
    { kind, minSize, clearance },
  );
  if (!found) throw new Error(`e2e: no clickable ${kind} node on screen`);
  return found;
}

/** Sections of a profile export: its header lines and its entries (blocks starting at a category+date line). */
export function splitProfile(text: string): { header: string[]; entries: string[][] } {
  const lines = text.split("\n");
  const isEntryStart = (line: string) =>
    /^[A-Z]{2,}(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(, \d{4})?(Code)?$/.test(
      line,
    );
  const starts = lines.flatMap((l, i) => (isEntryStart(l) ? [i] : []));
  const first = starts[0];
  if (first === undefined) throw new Error("e2e: no entry in the profile");
  const entries = starts.map((s, j) => lines.slice(s, starts[j + 1] ?? lines.length));
  return { header: lines.slice(0, first), entries };
}

/** Join a header and entries back into a profile export. */
export function joinProfile(header: string[], entries: string[][]): string {
  const body = entries.map((e) => e.join("\n").replace(/\n+$/, "")).join("\n\n");
  return `${header.join("\n").replace(/\n+$/, "")}\n\n${body}\n`;
}

/** Select a node through the store and wait for the details panel. */
export async function selectNode(page: Page, key: string | null): Promise<void> {
  await page.evaluate((k) => window.__atlas?.store.getState().select(k), key);
}

/** Number of pixels in a screenshot of `png` that differ from its most common colour. */
export function countForegroundPixels(png: Buffer, tolerance = 24): number {
  const { width, height, rgba } = decodePng(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < width * height; i++) {
    const o = i * 4;
    const c = ((rgba[o] ?? 0) << 16) | ((rgba[o + 1] ?? 0) << 8) | (rgba[o + 2] ?? 0);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bg = 0;
  let most = -1;
  for (const [c, n] of counts) {
    if (n > most) {
      most = n;
      bg = c;
    }
  }
  const br = (bg >> 16) & 255;
  const bgG = (bg >> 8) & 255;
  const bb = bg & 255;
  let fg = 0;
  for (let i = 0; i < width * height; i++) {
    const o = i * 4;
    const d =
      Math.abs((rgba[o] ?? 0) - br) +
      Math.abs((rgba[o + 1] ?? 0) - bgG) +
      Math.abs((rgba[o + 2] ?? 0) - bb);
    if (d > tolerance) fg++;
  }
  return fg;
}
