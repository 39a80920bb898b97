// Every screen, every hand (issue 11): the phone layout (390×844, touch) and the desktop
// (1440×900), light and dark. Each check reads the running app's own elements and sigma's public
// state (camera, display data, settings), never pixel goldens: the drawer and menu, tap, pan and
// pinch, camera buttons and the automatic fit, honest counts, themes, search highlight, cluster
// names and the legend toggle, the load report and progress, CJK glyphs, keyboard navigation,
// axe-core, and that no overlay covers a shown node's centre on two networks.
import AxeBuilder from "@axe-core/playwright";
import { type CDPSession, expect, type Page, test } from "@playwright/test";
import {
  clickableNode,
  joinProfile,
  openApp,
  readProfile,
  splitProfile,
  storeView,
  waitReady,
  watchErrors,
} from "./helpers";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** The graph drawn and the interface mounted, at any width (on a phone the toolbar is in a menu). */
async function ready(page: Page): Promise<void> {
  await expect(page.getByTestId("graph")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("theme-toggle")).toBeAttached();
}

async function open(page: Page, search = ""): Promise<void> {
  await page.goto(`/${search}`);
  await ready(page);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

async function camera(page: Page) {
  return page.evaluate(() => {
    const c = window.__atlas?.sigma?.getCamera().getState();
    if (!c) throw new Error("e2e: no camera");
    return { x: c.x, y: c.y, ratio: c.ratio };
  });
}

/** Wait until the camera stops moving (animations done). */
async function cameraSettled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.__atlas?.sigma?.getCamera().isAnimated()))
    .toBe(false);
}

/** Shown nodes at their viewport positions (from sigma's display data), with whether on screen. */
async function shownNodes(page: Page) {
  return page.evaluate(() => {
    const sigma = window.__atlas?.sigma;
    const graph = window.__atlas?.store.getState().graph;
    if (!sigma || !graph) throw new Error("e2e: sigma or graph missing");
    const { width, height } = sigma.getDimensions();
    const rect = sigma.getContainer().getBoundingClientRect();
    return graph
      .filterNodes((key) => {
        const d = sigma.getNodeDisplayData(key);
        return d !== undefined && window.__atlas?.isNodeShown(key) === true;
      })
      .map((key) => {
        const d = sigma.getNodeDisplayData(key) as { x: number; y: number; color: string };
        const p = sigma.framedGraphToViewport(d);
        return {
          key,
          kind: graph.getNodeAttribute(key, "kind") as string,
          color: d.color,
          x: rect.left + p.x,
          y: rect.top + p.y,
          onScreen: p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height,
        };
      });
  });
}

/**
 * Shown nodes whose centre is covered by another element: `elementFromPoint` at the centre is
 * not sigma's own canvas stack (overlays such as the counts box or a notice would be on top).
 */
async function coveredNodes(page: Page): Promise<string[]> {
  const nodes = (await shownNodes(page)).filter((n) => n.onScreen);
  expect(nodes.length, "nodes on screen").toBeGreaterThan(0);
  return page.evaluate((points) => {
    const container = window.__atlas?.sigma?.getContainer();
    if (!container) throw new Error("e2e: no container");
    return points
      .filter((p) => {
        const top = document.elementFromPoint(p.x, p.y);
        return !(top && container.contains(top));
      })
      .map(
        (p) =>
          `${p.key} at ${Math.round(p.x)},${Math.round(p.y)} under ${document.elementFromPoint(p.x, p.y)?.className}`,
      );
  }, nodes);
}

/** A second network: every other entry of the default profile, opened from a file the test writes. */
async function openSecondNetwork(
  page: Page,
  extra: (entries: string[][]) => string[][] = (e) => e,
) {
  const { header, entries } = splitProfile(readProfile());
  const subset = extra(entries.filter((_e, i) => i % 2 === 1));
  const version = await page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? 0);
  await page.locator('input[type="file"]:not([webkitdirectory])').setInputFiles({
    name: "second.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(joinProfile(header, subset), "utf8"),
  });
  await expect
    .poll(() => page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? 0), {
      timeout: 30_000,
    })
    .toBeGreaterThan(version);
  await ready(page);
  return subset;
}

/** Dispatch a touch gesture through the browser's input pipeline (real TouchEvents). */
async function touch(
  cdp: CDPSession,
  type: "touchStart" | "touchMove" | "touchEnd",
  points: { x: number; y: number }[],
) {
  await cdp.send("Input.dispatchTouchEvent", {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
  });
}

test.describe("phone (390×844, touch)", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
  // Software WebGL and axe audits of the whole page: slower than the default minute.
  test.setTimeout(120_000);
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors, "no uncaught or console errors").toEqual([]);
  });

  test("the graph fills the screen; search and filters open as a drawer, the rest in a menu", async ({
    page,
  }) => {
    await open(page);
    const graph = await page.getByTestId("graph").boundingBox();
    expect(graph?.width).toBeGreaterThanOrEqual(PHONE.width - 2);
    expect(graph?.height).toBeGreaterThan(PHONE.height * 0.6);
    await expect(page.getByRole("heading", { name: "Filters" })).toBeHidden();

    await page.getByTestId("open-filters").tap();
    await expect(page.getByRole("heading", { name: "Filters" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: /search/i })).toBeVisible();
    await page.getByRole("button", { name: "Show the network" }).tap();
    await expect(page.getByRole("heading", { name: "Filters" })).toBeHidden();

    // Every toolbar control is in the menu, inside the screen.
    await expect(page.getByRole("button", { name: "Open files" })).toBeHidden();
    await page.getByTestId("open-menu").tap();
    for (const name of ["Copy link", "Open files", "Default profile"]) {
      const box = await page.getByRole("button", { name }).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= PHONE.width, name).toBe(
        true,
      );
    }
    await expect(page.getByRole("checkbox", { name: "Hide owner" })).toBeVisible();
    await page.getByRole("checkbox", { name: "Hide owner" }).tap();
    await expect(page.getByTestId("hidden-owner")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Open files" })).toBeHidden();
  });

  test("tap selects a node and opens details under the graph; pinch zooms, a drag pans", async ({
    page,
  }) => {
    await open(page);
    const node = await clickableNode(page, "author", { minSize: 3, clearance: 6 });
    await page.touchscreen.tap(node.x, node.y);
    await expect(page.getByTestId("details")).toBeVisible();
    expect((await storeView(page)).node).toBe(node.key);
    const details = await page.getByTestId("details").boundingBox();
    const graph = await page.getByTestId("graph").boundingBox();
    // A sheet under the graph: the graph shrank, nothing covers it.
    expect(details?.y ?? 0).toBeGreaterThanOrEqual((graph?.y ?? 0) + (graph?.height ?? 0) - 1);
    await page.getByRole("button", { name: "Close details" }).tap();
    await expect(page.getByTestId("details")).toHaveCount(0);

    const box = (await page.getByTestId("graph").boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const before = await camera(page);
    // Pinch: two fingers moving apart zoom in (a smaller ratio).
    await touch(cdp, "touchStart", [
      { x: cx - 30, y: cy },
      { x: cx + 30, y: cy },
    ]);
    for (let d = 40; d <= 120; d += 20) {
      await touch(cdp, "touchMove", [
        { x: cx - d, y: cy },
        { x: cx + d, y: cy },
      ]);
    }
    await touch(cdp, "touchEnd", []);
    await cameraSettled(page);
    const pinched = await camera(page);
    expect(pinched.ratio).toBeLessThan(before.ratio * 0.8);

    // One finger dragging moves the camera.
    await touch(cdp, "touchStart", [{ x: cx, y: cy }]);
    for (let d = 20; d <= 120; d += 20) await touch(cdp, "touchMove", [{ x: cx + d, y: cy }]);
    await touch(cdp, "touchEnd", []);
    await cameraSettled(page);
    const panned = await camera(page);
    expect(Math.abs(panned.x - pinched.x)).toBeGreaterThan(0.01);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe is clean on the phone layout (${scheme}), drawer and menu open too`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId("open-filters").tap();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Show the network" }).tap();
      await page.getByTestId("open-menu").tap();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("no overlay covers a shown node's centre, on the default and a second network", async ({
    page,
  }) => {
    await open(page);
    expect(await coveredNodes(page)).toEqual([]);
    await page.getByTestId("open-menu").tap();
    await openSecondNetwork(page);
    await page.keyboard.press("Escape");
    expect(await coveredNodes(page)).toEqual([]);
  });
});

test.describe("desktop (1440×900)", () => {
  test.use({ viewport: DESKTOP });
  test.setTimeout(120_000);
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors, "no uncaught or console errors").toEqual([]);
  });

  test("camera buttons zoom, fit all and fit the visible nodes", async ({ page }) => {
    await openApp(page);
    const start = await camera(page);
    await page.getByTestId("zoom-in").click();
    await cameraSettled(page);
    const zoomed = await camera(page);
    expect(zoomed.ratio).toBeLessThan(start.ratio);
    await page.getByTestId("zoom-out").click();
    await cameraSettled(page);
    await page.getByTestId("zoom-out").click();
    await cameraSettled(page);
    expect((await camera(page)).ratio).toBeGreaterThan(zoomed.ratio);
    await page.getByTestId("fit").click();
    await cameraSettled(page);
    expect(await camera(page)).toEqual({ x: 0.5, y: 0.5, ratio: 1 });

    // Keep only NeurIPS, move the camera away, then fit the visible ones.
    await page.evaluate(() => window.__atlas?.store.getState().setVenues(["NeurIPS"]));
    await page.evaluate(() =>
      window.__atlas?.sigma?.getCamera().setState({ x: 0.1, y: 0.1, ratio: 0.1 }),
    );
    await page.getByTestId("fit-visible").click();
    await cameraSettled(page);
    const nodes = await shownNodes(page);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => !n.onScreen).map((n) => n.key)).toEqual([]);
  });

  test("a filter that leaves every shown node off screen fits them, unless the link fixed cam", async ({
    page,
  }) => {
    await openApp(page);
    // A camera far from every node, then a filter: the visible nodes come into view.
    await page.evaluate(() =>
      window.__atlas?.sigma?.getCamera().setState({ x: 3, y: 3, ratio: 0.2 }),
    );
    await expect.poll(async () => (await shownNodes(page)).some((n) => n.onScreen)).toBe(false);
    await page.getByRole("checkbox", { name: /^NeurIPS: / }).click();
    await expect
      .poll(async () => (await shownNodes(page)).filter((n) => n.onScreen).length)
      .toBeGreaterThan(0);

    // A link with its own camera keeps it (a corner the view can still show: links past that
    // are clamped, with a notice).
    await openApp(page, "?cam=1.05,1.05,0.1&venue=NeurIPS");
    const cam = await camera(page);
    expect(cam.x).toBeCloseTo(1.05, 3);
    expect(cam.ratio).toBeCloseTo(0.1, 3);
  });

  test("a selection the filters hide says so and Show it brings it back", async ({ page }) => {
    await openApp(page);
    const paper = await page.evaluate(() => {
      const graph = window.__atlas?.store.getState().graph;
      return graph?.findNode((_k, a) => a.kind === "paper" && a.venue !== "NeurIPS") ?? null;
    });
    if (!paper) throw new Error("no paper outside NeurIPS");
    await page.evaluate((k) => window.__atlas?.store.getState().select(k), paper);
    await expect(page.getByTestId("details")).toBeVisible();
    await expect(page.getByTestId("hidden-selection")).toHaveCount(0);
    await page.evaluate(() => window.__atlas?.store.getState().setVenues(["NeurIPS"]));
    await expect(page.getByTestId("hidden-selection")).toContainText(
      "Hidden by the current filters",
    );
    await page.getByRole("button", { name: "Show it" }).click();
    await expect(page.getByTestId("hidden-selection")).toHaveCount(0);
    expect((await storeView(page)).venues).toBeNull();
    await expect(page).not.toHaveURL(/[?&]venue=/);
  });

  test("the counters count what is drawn and name what a toggle hides", async ({ page }) => {
    await openApp(page);
    const drawnAuthors = async () =>
      (await shownNodes(page)).filter((n) => n.kind === "author").length;
    const shownText = async () => Number(await page.getByTestId("visible-authors").textContent());
    const isolated = await page.evaluate(
      () => window.__atlas?.store.getState().index?.isolatedCount,
    );
    expect(await shownText()).toBe(await drawnAuthors());
    await expect(page.getByTestId("hidden-isolated")).toHaveText(
      `${isolated} authors hidden: only on papers over 25 authors`,
    );
    const before = await shownText();
    await page.getByRole("checkbox", { name: "Hide owner" }).click();
    await expect(page.getByTestId("visible-authors")).toHaveText(String(before - 1));
    await expect(page.getByTestId("hidden-owner")).toBeVisible();
    expect(await shownText()).toBe(await drawnAuthors());
    await page.getByRole("checkbox", { name: /hidden authors/ }).click();
    await expect(page.getByTestId("hidden-isolated")).toHaveCount(0);
    expect(await shownText()).toBe(await drawnAuthors());
  });

  test("dark follows the system, the toggle is remembered, canvas labels keep AA contrast", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openApp(page);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-theme", "dark");
    const look = () =>
      page.evaluate(() => {
        const sigma = window.__atlas?.sigma;
        const label = (sigma?.getSetting("labelColor") as { color?: string } | undefined)?.color;
        const stage = getComputedStyle(document.querySelector(".stage") as Element).backgroundColor;
        const body = getComputedStyle(document.body).backgroundColor;
        return { label, stage, body };
      });
    const lum = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const hexToRgb = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const dark = await look();
    expect(lum(dark.body)).toBeLessThan(0.05);
    expect(ratio(hexToRgb(dark.label as string), dark.stage)).toBeGreaterThanOrEqual(4.5);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId("theme-toggle").click();
    await expect(html).toHaveAttribute("data-theme", "light");
    const light = await look();
    expect(lum(light.body)).toBeGreaterThan(0.8);
    expect(light.label).not.toBe(dark.label);
    expect(ratio(hexToRgb(light.label as string), light.stage)).toBeGreaterThanOrEqual(4.5);
    // Remembered: the dark system preference no longer wins after a reload.
    await page.reload();
    await waitReady(page);
    await expect(html).toHaveAttribute("data-theme", "light");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("search shows how many match, reaches all of them, and lights them on the canvas", async ({
    page,
  }) => {
    await openApp(page);
    const titles = await page.evaluate(() => {
      const graph = window.__atlas?.store.getState().graph;
      return (
        graph
          ?.filterNodes(
            (_k, a) => a.kind === "paper" && a.title.toLowerCase().includes("diffusion"),
          )
          .map((k) => graph.getNodeAttribute(k, "title" as never) as string) ?? []
      );
    });
    expect(titles.length).toBeGreaterThan(8);
    const box = page.getByRole("combobox", { name: /search/i });
    await box.fill("diffusion");
    await expect(page.getByTestId("search-count")).toContainText(`${titles.length} matches`);
    const options = page.getByRole("option");
    await expect(options).toHaveCount(titles.length);
    const labels = await page.locator(".option-label").allTextContents();
    expect(new Set(labels)).toEqual(new Set(titles));
    expect(
      await page
        .locator(".option-label")
        .first()
        .evaluate((el) => getComputedStyle(el).webkitLineClamp),
    ).toBe("2");

    // Lit on the canvas: the matched papers' authors keep their colour, the rest is dimmed.
    const dimmed = async () => {
      const nodes = await shownNodes(page);
      const colours = new Map<string, number>();
      for (const n of nodes) colours.set(n.color, (colours.get(n.color) ?? 0) + 1);
      const [dim] = [...colours].sort((a, b) => b[1] - a[1])[0] ?? [""];
      return { dim, nodes };
    };
    await expect.poll(async () => (await dimmed()).nodes.length).toBeGreaterThan(0);
    const lit = await page.evaluate(() => {
      const graph = window.__atlas?.store.getState().graph;
      const paper = graph?.findNode(
        (_k, a) => a.kind === "paper" && a.title.toLowerCase().includes("diffusion"),
      );
      return paper ? (graph?.neighbors(paper) ?? []) : [];
    });
    const dimColour = await page.evaluate(() => {
      const sigma = window.__atlas?.sigma;
      const graph = window.__atlas?.store.getState().graph;
      const outsider = graph?.findNode(
        (k, a) =>
          a.kind === "author" &&
          window.__atlas?.isNodeShown(k) === true &&
          graph.neighbors(k).every(
            (p) =>
              graph.getNodeAttribute(p, "kind") !== "paper" ||
              !String(graph.getNodeAttribute(p, "title" as never))
                .toLowerCase()
                .includes("diffusion"),
          ),
      );
      return outsider ? sigma?.getNodeDisplayData(outsider)?.color : null;
    });
    const litAuthor = lit.find((k) => k.startsWith("author:"));
    const litColour = await page.evaluate(
      (k) => window.__atlas?.sigma?.getNodeDisplayData(k as string)?.color,
      litAuthor,
    );
    expect(dimColour).toBe((await dimmed()).dim);
    expect(litColour).not.toBe(dimColour);

    // The link's q restores the highlight.
    const url = page.url();
    expect(url).toContain("q=diffusion");
    await page.goto(url);
    await waitReady(page);
    const again = await page.evaluate(
      ({ k, o }) => ({
        lit: window.__atlas?.sigma?.getNodeDisplayData(k)?.color,
        dim: o,
      }),
      { k: litAuthor as string, o: dimColour },
    );
    expect(again.lit).toBe(litColour);
    expect((await dimmed()).dim).toBe(dimColour);
  });

  test("clusters are named on the canvas, hidden when zoomed in; the legend lights one", async ({
    page,
  }) => {
    await openApp(page);
    const first = page.getByTestId("legend-cluster").first();
    const leaders = ((await first.locator(".legend-text").textContent()) ?? "").trim();
    const label = page.locator('.cluster-label[data-community="0"]');
    await expect(label).toBeVisible();
    await expect(label).toContainText(leaders);
    // At the cluster's centre: the mean position of its drawn members.
    const centre = await page.evaluate(() => {
      const sigma = window.__atlas?.sigma;
      const graph = window.__atlas?.store.getState().graph;
      if (!sigma || !graph) return null;
      const members = graph.filterNodes((_k, a) => a.kind === "author" && a.community === 0);
      let x = 0;
      let y = 0;
      for (const k of members) {
        const a = graph.getNodeAttributes(k) as unknown as { x: number; y: number };
        const p = sigma.graphToViewport({ x: a.x, y: a.y });
        x += p.x;
        y += p.y;
      }
      const rect = sigma.getContainer().getBoundingClientRect();
      return { x: rect.left + x / members.length, y: rect.top + y / members.length };
    });
    const lb = await label.boundingBox();
    expect(Math.abs((lb?.x ?? 0) + (lb?.width ?? 0) / 2 - (centre?.x ?? 0))).toBeLessThan(2);
    expect(Math.abs((lb?.y ?? 0) + (lb?.height ?? 0) / 2 - (centre?.y ?? 0))).toBeLessThan(2);

    await page.evaluate(() =>
      window.__atlas?.sigma?.getCamera().setState({ x: 0.5, y: 0.5, ratio: 0.3 }),
    );
    await expect(page.getByTestId("cluster-labels")).toBeHidden();
    await page.getByTestId("fit").click();
    await expect(page.getByTestId("cluster-labels")).toBeVisible();

    await first.click();
    await expect(first).toHaveAttribute("aria-pressed", "true");
    const colours = await page.evaluate(() => {
      const sigma = window.__atlas?.sigma;
      const graph = window.__atlas?.store.getState().graph;
      const inside = graph?.findNode(
        (_k, a) => a.kind === "author" && a.community === 0 && !a.owner,
      );
      const outside = graph?.findNode(
        (k, a) =>
          a.kind === "author" && a.community === 1 && window.__atlas?.isNodeShown(k) === true,
      );
      return {
        inside: sigma?.getNodeDisplayData(inside as string)?.color,
        outside: sigma?.getNodeDisplayData(outside as string)?.color,
        insideBase: "#4e79a7",
      };
    });
    expect(colours.inside).toBe(colours.insideBase);
    expect(colours.outside).not.toBe("#f28e2b");
    await first.click();
    await expect(first).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByTestId("legend-rest")).toHaveText(
      /^\d+ smaller clusters of 1 to \d+ authors each \(\d+ authors in all\), in grey$/,
    );
  });

  test("the load report lists rejected entries and merged duplicates; progress moves through the steps", async ({
    page,
  }) => {
    await openApp(page);
    await page.evaluate(() => {
      const w = window as unknown as { __progress: { stage: string; fraction: number }[] };
      w.__progress = [];
      window.__atlas?.store.subscribe((s) => {
        if (s.progress) w.__progress.push({ ...s.progress });
      });
    });
    const subset = await openSecondNetwork(page, (entries) => [
      ...entries,
      entries[0] as string[],
      [(entries[1] as string[])[0] as string],
    ]);
    const report = page.getByTestId("load-report");
    await expect(report.locator("summary")).toHaveText(
      /^1 entry rejected, 1 merged duplicate(, \d+ warnings?)? while reading the files$/,
    );
    await report.locator("summary").click();
    await expect(report.getByRole("list", { name: "Rejected" })).toContainText(/second\.txt:\d+ /);
    await expect(report.getByRole("list", { name: "Merged duplicates" })).toContainText(
      /second\.txt:\d+ .*repeats line \d+/,
    );
    expect(subset.length).toBeGreaterThan(2);

    const progress = await page.evaluate(
      () => (window as unknown as { __progress: { stage: string; fraction: number }[] }).__progress,
    );
    const order = ["read", "parse", "enrich", "graph", "clusters", "layout"];
    const stages = progress.map((p) => p.stage).filter((s) => order.includes(s));
    expect(new Set(stages).size).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < stages.length; i++) {
      expect(order.indexOf(stages[i] as string)).toBeGreaterThanOrEqual(
        order.indexOf(stages[i - 1] as string),
      );
    }
  });

  test("CJK names draw real glyphs with the page's and the canvas's font stacks", async ({
    page,
  }) => {
    await openApp(page);
    const result = await page.evaluate(() => {
      const font = window.__atlas?.sigma?.getSetting("labelFont") as string;
      const draw = (text: string, family: string) => {
        const canvas = document.createElement("canvas");
        canvas.width = 64;
        canvas.height = 32;
        const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
        ctx.font = `24px ${family}`;
        ctx.fillText(text, 4, 26);
        return Array.from(ctx.getImageData(0, 0, 64, 32).data).join(",");
      };
      const pageFont = getComputedStyle(document.body).fontFamily;
      // U+E000 (private use) has no glyph in these fonts: the "missing glyph" box.
      return {
        canvasReal: draw("李", font) !== draw("\uE000", font),
        canvasDistinct: draw("李", font) !== draw("明", font),
        pageReal: draw("李", pageFont) !== draw("\uE000", pageFont),
        pageFont,
      };
    });
    expect(result.pageFont).toContain("Noto Sans CJK");
    expect(result.canvasReal).toBe(true);
    expect(result.canvasDistinct).toBe(true);
    expect(result.pageReal).toBe(true);
  });

  test("keyboard: arrows move the selection, Enter opens details, Escape returns focus", async ({
    page,
  }) => {
    await openApp(page);
    const graph = page.getByTestId("graph");
    await graph.focus();
    await expect(graph).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("details")).toBeVisible();
    const first = (await storeView(page)).node as string;
    expect(first).not.toBeNull();
    const x = async (key: string) =>
      (await shownNodes(page)).find((n) => n.key === key)?.x ?? Number.NaN;
    const x1 = await x(first);
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await storeView(page)).node).not.toBe(first);
    const second = (await storeView(page)).node as string;
    expect(await x(second)).toBeGreaterThan(x1);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(async () => (await storeView(page)).node).not.toBe(second);

    await page.keyboard.press("Enter");
    await expect(page.getByTestId("details")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("details")).toHaveCount(0);
    await expect(graph).toBeFocused();

    // From the search box: Escape returns there.
    const box = page.getByRole("combobox", { name: /search/i });
    await box.fill("ermon");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("details")).toBeVisible();
    await page.getByRole("button", { name: "Close details" }).focus();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("details")).toHaveCount(0);
    await expect(box).toBeFocused();
  });

  test("no overlay covers a shown node's centre, and the Copied toast stays off the panels", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, "?from=abc");
    await expect(page.getByTestId("notice")).toBeVisible();
    expect(await coveredNodes(page)).toEqual([]);
    await page.getByRole("button", { name: "Copy link" }).click();
    const toast = page.locator(".copy-status");
    await expect(toast).toHaveText("Copied");
    const t = await toast.boundingBox();
    for (const selector of [".details-panel", ".stage"]) {
      const b = await page.locator(selector).boundingBox();
      const overlap =
        t &&
        b &&
        t.x < b.x + b.width &&
        b.x < t.x + t.width &&
        t.y < b.y + b.height &&
        b.y < t.y + t.height;
      expect(Boolean(overlap), selector).toBe(false);
    }
    await openSecondNetwork(page);
    expect(await coveredNodes(page)).toEqual([]);
  });
});

/** The graph pane's size and sigma's (public getDimensions), after the next frames. */
async function paneSize(page: Page) {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  return page.evaluate(() => {
    const box = document.querySelector('[data-testid="graph"]')?.getBoundingClientRect();
    const dims = window.__atlas?.sigma?.getDimensions();
    return { width: box?.width, height: box?.height, sigma: dims };
  });
}

/** The middle (y) of each toolbar control with a box: one row when they are all within a few px. */
function toolbarRows(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    // The fold's panel has no box of its own at desktop widths: its buttons sit in the row.
    [...document.querySelectorAll(".toolbar > *, .toolbar .fold-panel > *")]
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.width > 1 && box.height > 1)
      .map((box) => Math.round(box.top + box.height / 2)),
  );
}

/** The canvas's box at the first frame (drawn in the shell, before the interface's chunk loads)
 * against its box once the interface is there. */
async function firstFrameAndNow(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstFrame?: { width: number; height: number } };
    new MutationObserver((_, observer) => {
      const graph = document.querySelector('[data-ready="true"]');
      if (!graph) return;
      const box = graph.getBoundingClientRect();
      w.__firstFrame = { width: box.width, height: box.height };
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
  });
  await open(page);
  const first = await page.evaluate(
    () => (window as unknown as { __firstFrame?: unknown }).__firstFrame,
  );
  const now = await paneSize(page);
  return { first, now: { width: now.width, height: now.height } };
}

// The first frame is drawn in the shell, before React: the interface arriving must leave the
// canvas its size (on a phone it shrank by 77 px, the bars above it being shorter in the shell).
for (const viewport of [
  PHONE,
  { width: 844, height: 390 },
  { width: 820, height: 1180 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  test(`${viewport.width}×${viewport.height}: the interface arriving leaves the canvas its size`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const { first, now } = await firstFrameAndNow(page);
    expect(first).toEqual(now);
  });
}

// A tablet on its side gets the three columns, with controls a finger's size (they were the
// mouse's 27–32 px) and filter rows to match; the shell's bars grow with them.
test.describe("touch screens wider than the compact layout", () => {
  test.use({ hasTouch: true });
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1366, height: 1024 },
  ]) {
    test(`${viewport.width}×${viewport.height}: 40 px controls on one toolbar line; the canvas keeps its size`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const { first, now } = await firstFrameAndNow(page);
      expect(first).toEqual(now);
      const sizes = await page.evaluate(() => {
        const heights = (q: string) =>
          [...document.querySelectorAll(q)]
            .map((el) => el.getBoundingClientRect())
            .filter((box) => box.width > 1)
            .map((box) => Math.round(box.height));
        return {
          controls: heights(
            ".toolbar .button, .toolbar .check, .toolbar .segmented, .theme-toggle, .stage-bar .menu > summary, .table-toggle, .icon-button",
          ),
          facets: heights(".facet"),
        };
      });
      const rows = await toolbarRows(page);
      expect(sizes.controls.length).toBeGreaterThanOrEqual(9);
      for (const h of sizes.controls) expect(h).toBeGreaterThanOrEqual(40);
      expect(sizes.facets.length).toBeGreaterThan(3);
      for (const h of sizes.facets) expect(h).toBeGreaterThanOrEqual(36);
      expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(4);
    });
  }
});

// A filter change rewrites the counts and notes above the canvas; their bar keeps its height, so
// the canvas keeps its size (no map jump, no reallocated layers), at a laptop's width and a
// phone's alike. Each step below changed that height before.
for (const [name, viewport, touch] of [
  ["laptop (1280×800)", { width: 1280, height: 800 }, false],
  ["tablet (1024×768)", { width: 1024, height: 768 }, false],
  ["phone (390×844)", PHONE, true],
  ["phone on its side (844×390)", { width: 844, height: 390 }, true],
] as const) {
  test(`${name}: filter changes never resize the canvas`, async ({ page }) => {
    await page.setViewportSize(viewport);
    if (touch) await page.emulateMedia({ reducedMotion: "reduce" });
    await open(page);
    const start = await paneSize(page);
    const sizes = [];
    const setView = (action: string, ...args: unknown[]) =>
      page.evaluate(
        ([a, rest]) => {
          const state = window.__atlas?.store.getState() as unknown as Record<
            string,
            (...x: unknown[]) => void
          >;
          (state[a as string] as (...x: unknown[]) => void)(...(rest as unknown[]));
        },
        [action, args] as const,
      );
    const years = await page.evaluate(() => window.__atlas?.store.getState().index?.yearMax ?? 0);
    await setView("setYearRange", years - 4, null);
    sizes.push(await paneSize(page));
    await setView("setCodeOnly", true);
    await expect(page.getByTestId("hidden-isolated")).toHaveCount(0);
    sizes.push(await paneSize(page));
    await setView("clearFilters");
    await expect(page.getByTestId("hidden-isolated")).toHaveCount(1);
    sizes.push(await paneSize(page));
    for (const size of sizes) expect(size).toEqual(start);
  });
}

// The bar keeps one line by leaving out what does not fit, never by cutting a name or a count
// mid-word: at 1440 px (before this) it showed "Jia…" and "148 authors sho". Its controls never
// sit on one another: at 1024 px (before its second line there) the Network menu covered the
// Map/Table switch, the camera buttons ran off the canvas and no count was left.
for (const [name, viewport, touch] of [
  ["phone (390×844)", PHONE, true],
  ["phone on its side (844×390)", { width: 844, height: 390 }, true],
  ["tablet (1024×768)", { width: 1024, height: 768 }, false],
  ["laptop (1280×800)", { width: 1280, height: 800 }, false],
  ["desktop (1440×900)", DESKTOP, false],
  ["wide (1920×1080)", { width: 1920, height: 1080 }, false],
] as const) {
  test(`${name}: the bar above the canvas shows each name and count whole or not at all`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    if (touch) await page.emulateMedia({ reducedMotion: "reduce" });
    await open(page);
    await expect(page.getByTestId("hidden-isolated")).toHaveCount(1);
    const items = await page.evaluate(() => {
      const counts = document.querySelector(".stage-bar .counts") as HTMLElement;
      const line = counts.getBoundingClientRect();
      const owner = document.querySelector(".stage-bar .stage-owner");
      const measured = [...counts.querySelectorAll(":scope > .count")];
      return [...(owner ? [owner] : []), ...measured].map((el) => {
        const box = el.getBoundingClientRect();
        const shown = box.width > 0 && box.top < line.bottom;
        return {
          text: (el.textContent ?? "").trim(),
          shown,
          // Shown: whole, inside the bar's line; not shown: laid out off it, or not at all.
          whole: !shown || (el.scrollWidth <= el.clientWidth + 1 && box.right <= line.right + 0.5),
        };
      });
    });
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(item.whole, `"${item.text}" cut`).toBe(true);
    const controls = await page.evaluate(() => {
      const bar = (document.querySelector(".stage-bar") as HTMLElement).getBoundingClientRect();
      const boxes = [".stage-bar .menu > summary", ".table-toggle", ".camera-controls"].map((q) => {
        const box = (document.querySelector(q) as HTMLElement).getBoundingClientRect();
        return { q, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      });
      return { right: bar.right, bottom: bar.bottom, boxes };
    });
    for (const [i, a] of controls.boxes.entries()) {
      expect(a.right, `${a.q} inside the bar`).toBeLessThanOrEqual(controls.right + 0.5);
      expect(a.bottom, `${a.q} inside the bar`).toBeLessThanOrEqual(controls.bottom + 0.5);
      for (const b of controls.boxes.slice(i + 1)) {
        const apart =
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${a.q} over ${b.q}`).toBe(true);
      }
    }
    const shown = items.filter((i) => i.shown).map((i) => i.text.replace(/\s+/g, " "));
    // The papers count always fits; with room, the owner's name and both counts are all there.
    expect(shown.some((t) => / of \d+ papers?$/.test(t))).toBe(true);
    // A phone on its side keeps the bar to one line: the map has little height to give.
    if (viewport.height < 500) {
      const bar = await page.locator(".stage-bar").boundingBox();
      expect(bar?.height).toBeLessThanOrEqual(46);
    }
    if (viewport.width >= 1920) {
      expect(shown).toEqual([
        "Jiaming Song",
        expect.stringMatching(/papers?$/),
        expect.stringMatching(/authors? shown$/),
      ]);
    }
  });
}

// Tablet to desktop widths: the toolbar keeps to one line, as tall as the shell's bar before
// React, so the canvas keeps its size when the interface arrives (at 1280 px it wrapped to two
// lines; from 760 to 1,160 px, before the compact layout's reach and the Open fold, it took two).
for (const viewport of [
  { width: 1001, height: 700 },
  { width: 1024, height: 768 },
  { width: 1160, height: 800 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`${viewport.width}×${viewport.height}: the toolbar is one line, the shell's height`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await open(page);
    const shellHeight = await page.evaluate(() => {
      const probe = document.createElement("header");
      probe.className = "topbar";
      document.body.appendChild(probe);
      const height = probe.getBoundingClientRect().height;
      probe.remove();
      return height;
    });
    const height = await page.evaluate(
      () => document.querySelector(".topbar")?.getBoundingClientRect().height ?? 0,
    );
    const rows = await toolbarRows(page);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    // One row: every control's middle within a few pixels of the others'.
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(4);
    expect(height).toBeCloseTo(shellHeight, 0);
  });
}

// An upright tablet gets the compact layout: at 820 px three columns left the canvas 256 px
// wide, with the bar above it overlapping its own buttons.
test("820×1180 (upright tablet): the graph fills the width; filters and the toolbar open from the compact bar", async ({
  page,
}) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await open(page);
  const graph = await page.getByTestId("graph").boundingBox();
  expect(graph?.width).toBeGreaterThanOrEqual(818);
  await expect(page.getByRole("heading", { name: "Filters" })).toBeHidden();
  await page.getByTestId("open-filters").click();
  await expect(page.getByRole("heading", { name: "Filters" })).toBeVisible();
  await page.getByRole("button", { name: "Show the network" }).click();
  await page.getByTestId("open-menu").click();
  await expect(page.getByRole("button", { name: "Open files" })).toBeVisible();
  await expect(page.getByTestId("open-fold")).toBeHidden();
});

// Between the compact layout and a laptop, the data controls fold into "Open": one pop-over
// that Escape, a press outside and a choice all close.
test("1024×768: Open folds the data controls into a pop-over", async ({ page }) => {
  // An axe audit of the whole page: slower than the default minute.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page);
  const fold = page.getByTestId("open-fold");
  const items = ["Open files", "Open folder", "Default profile"];
  for (const name of items) await expect(page.getByRole("button", { name })).toBeHidden();
  await expect(fold).toHaveAttribute("aria-expanded", "false");

  await fold.click();
  await expect(fold).toHaveAttribute("aria-expanded", "true");
  for (const name of items) {
    const box = await page.getByRole("button", { name }).boundingBox();
    expect(box, name).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 1024, name).toBe(true);
  }
  // Open, at this width, the page passes the same audit as the phone's and the desktop's.
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Open files" })).toBeHidden();
  await expect(fold).toBeFocused();

  await fold.click();
  await page.getByTestId("graph").click({ position: { x: 10, y: 10 } });
  await expect(page.getByRole("button", { name: "Open files" })).toBeHidden();

  // By keyboard: Enter opens it, Tab walks its items, and Tab past the last one closes it.
  await fold.focus();
  await page.keyboard.press("Enter");
  await expect(fold).toHaveAttribute("aria-expanded", "true");
  for (const name of items) {
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name })).toBeFocused();
  }
  await page.keyboard.press("Tab");
  await expect(fold).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: "Open files" })).toBeHidden();

  await fold.click();
  await page.getByRole("button", { name: "Default profile" }).click();
  await expect(fold).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: "Open files" })).toBeHidden();
  await ready(page);
});

// The Network menu closes as the other pop-overs do: Escape (only the menu, not the selection
// under it), and focus leaving it.
test("the Network menu closes on Escape, keeping the selection, and when focus leaves it", async ({
  page,
}) => {
  await open(page, "?node=author:stefano-ermon");
  await expect(page.getByTestId("details")).toBeVisible();
  const menu = page.getByTestId("network-picker");
  const summary = menu.locator("summary");
  await summary.click();
  await expect(menu).toHaveAttribute("open", "");
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open");
  await expect(summary).toBeFocused();
  await expect(page.getByTestId("details")).toBeVisible();

  await summary.click();
  await expect(menu).toHaveAttribute("open", "");
  let inside = 0;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (!(await menu.evaluate((el) => el.contains(document.activeElement)))) break;
    inside++;
    await expect(menu).toHaveAttribute("open", "");
  }
  expect(inside).toBeGreaterThan(2);
  await expect(menu).not.toHaveAttribute("open");
});

test("the shell is painted in the stored or the system's theme before the app's script runs", async ({
  page,
}) => {
  // What <html data-theme> says once the document is parsed, before any module script ran.
  await page.addInitScript(() => {
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      const w = window as unknown as { __shellTheme?: string; __appRan?: boolean };
      w.__shellTheme = document.documentElement.dataset.theme ?? "none";
      w.__appRan = window.__atlas !== undefined;
    });
  });
  const shell = () =>
    page.evaluate(() => {
      const w = window as unknown as { __shellTheme?: string; __appRan?: boolean };
      return { theme: w.__shellTheme, appRan: w.__appRan };
    });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await waitReady(page);
  expect(await shell()).toEqual({ theme: "dark", appRan: false });
  // A stored choice wins over the system's, from the first paint on.
  await page.evaluate(() => window.localStorage.setItem("coauthor-atlas:theme", "light"));
  await page.reload();
  await waitReady(page);
  expect(await shell()).toEqual({ theme: "light", appRan: false });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("the entry script asks to be compiled as it streams in; the panels' chunk does not", async ({
  page,
  request,
}) => {
  // The hint only pays where every function runs at load: the entry (the first frame's code).
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.url());
  });
  await page.goto("/");
  await waitReady(page);
  await expect(page.getByTestId("theme-toggle")).toBeAttached();
  const html = await (await request.get("/")).text();
  const entry = html.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1];
  expect(entry).toBeDefined();
  const entryText = await (await request.get(entry as string)).text();
  // At the head of the chunk (V8 applies it to the functions after it): only Vite's one-line
  // map of the chunks to preload may come first.
  const hintLine = entryText.split("\n").indexOf("//# allFunctionsCalledOnLoad");
  expect(hintLine).toBeGreaterThanOrEqual(0);
  expect(hintLine).toBeLessThanOrEqual(1);
  const panels = scripts.filter((url) => !url.endsWith(entry as string) && /\/assets\//.test(url));
  expect(panels.length).toBeGreaterThan(0);
  for (const url of panels) {
    expect(await (await request.get(url)).text()).not.toContain("allFunctionsCalledOnLoad");
  }
});
