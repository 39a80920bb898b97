// Portable views (issue 10): networks built from the user's files survive a reload and travel
// by link (the files-needed notice, then the link's view once the same files are opened); a
// saved .atlas.json reopens network and view in a fresh browser; hosted networks open by name;
// embed=1 is the read-only view; Back and Forward walk the user's changes.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { main as ingest } from "../src/cli/ingest";
import {
  graphVersion,
  joinProfile,
  readProfile,
  repoPath,
  splitProfile,
  storeView,
  visibleCounts,
  waitLoaded,
  waitReady,
  watchErrors,
} from "./helpers";

const { header, entries } = splitProfile(readProfile());
/** A real, smaller profile: every third entry from the second on. */
const SUBSET = joinProfile(
  header,
  entries.filter((_e, i) => i % 3 === 1),
);
const SUBSET_PAPERS = entries.filter((_e, i) => i % 3 === 1).length;
const SUBSET_FILE = { name: "my-profile.txt", mimeType: "text/plain", buffer: Buffer.from(SUBSET) };

/** Open the subset profile through the toolbar's file input and wait for it to be drawn. */
async function openSubset(page: Page): Promise<void> {
  const version = await graphVersion(page);
  await page.getByLabel(/^Open a profile export/).setInputFiles(SUBSET_FILE);
  await waitLoaded(page, version);
  await expect(page.getByTestId("visible-papers")).toHaveText(String(SUBSET_PAPERS));
}

/** A view with a filter, a selection and a camera, set through the store; the URL follows. */
async function makeView(page: Page) {
  const key = await page.evaluate(() => {
    const s = window.__atlas?.store.getState();
    if (!s?.graph) throw new Error("e2e: no graph");
    const author = s.graph.findNode(
      (_k, a) => a.kind === "author" && !a.owner && (a as { paperCount: number }).paperCount > 1,
    );
    if (!author) throw new Error("e2e: no author with two papers");
    s.setViewMode("bipartite");
    s.select(author);
    window.__atlas?.sigma?.getCamera().setState({ x: 0.45, y: 0.55, ratio: 0.6 });
    return author;
  });
  await expect.poll(() => new URL(page.url()).searchParams.get("cam")).toBe("0.45,0.55,0.6");
  await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe(key);
  return key;
}

function localKey(url: string): string {
  const data = new URL(url).searchParams.get("data") ?? "";
  expect(data).toMatch(/^local:[0-9a-f]{32}$/);
  return data;
}

test.describe("your own files stay and share", () => {
  test("open a profile, reload: the same network and view", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/");
    await waitReady(page);
    await openSubset(page);
    const data = localKey(page.url());
    expect(new URL(page.url()).searchParams.get("files")).toBe("my-profile.txt");
    const key = await makeView(page);

    await page.reload();
    await waitReady(page);
    expect(new URL(page.url()).searchParams.get("data")).toBe(data);
    await expect(page.getByTestId("visible-papers")).toHaveText(String(SUBSET_PAPERS));
    const view = await storeView(page);
    expect(view.node).toBe(key);
    expect(view.view).toBe("bipartite");
    expect(view.camera).toEqual({ x: 0.45, y: 0.55, ratio: 0.6 });
    await expect(page.getByTestId("details")).toBeVisible();

    // Listed under Recent networks, and removed from there.
    await page.getByTestId("network-picker").locator("summary").click();
    const recent = page.getByTestId("recent-networks");
    await expect(recent.getByRole("button", { name: /^Jiaming Song/ })).toContainText(
      `${SUBSET_PAPERS} papers`,
    );
    await expect(recent).toContainText("my-profile.txt");
    await recent.getByRole("button", { name: /^Remove / }).click();
    await expect(recent).toContainText("Networks you build from your own files are kept here");
    expect(errors).toEqual([]);
  });

  test("a local link in a fresh browser: files-needed notice, then the link's view", async ({
    page,
    browser,
  }) => {
    await page.goto("/");
    await waitReady(page);
    await openSubset(page);
    const key = await makeView(page);
    const link = page.url();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const errors = watchErrors(other);
    await other.goto(link);
    await waitReady(other);
    const notice = other.getByTestId("notice");
    await expect(notice).toContainText("my-profile.txt");
    await expect(notice).toContainText("not kept in this browser");
    // Not a silent switch: the default network is shown, the notice says so, the link stays.
    await expect(notice).toContainText("Showing the default network");
    expect(other.url()).toBe(link);

    const version = await graphVersion(other);
    await other.getByTestId("open-missing-files").setInputFiles(SUBSET_FILE);
    await waitLoaded(other, version);
    await expect(other.getByTestId("visible-papers")).toHaveText(String(SUBSET_PAPERS));
    const view = await storeView(other);
    expect(view.node).toBe(key);
    expect(view.view).toBe("bipartite");
    expect(view.camera).toEqual({ x: 0.45, y: 0.55, ratio: 0.6 });
    await expect(other.getByTestId("details")).toBeVisible();
    await expect(notice).toBeHidden();
    expect(errors).toEqual([]);
    await fresh.close();
  });
});

test.describe("save and open a network file", () => {
  test("save, then open the .atlas.json in a fresh browser: same counts, selection, camera", async ({
    page,
    browser,
  }) => {
    await page.goto("/?from=2021");
    await waitReady(page);
    const key = await makeView(page);
    const counts = await visibleCounts(page);
    expect(counts.papers).toBeLessThan(50);

    await page.getByTestId("network-picker").locator("summary").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("save-network").click(),
    ]);
    expect(download.suggestedFilename()).toBe("jiaming-song.atlas.json");
    const text = readFileSync(await download.path(), "utf8");
    const saved = JSON.parse(text);
    expect(saved.attributes.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(saved.view).toContain("from=2021");

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const errors = watchErrors(other);
    await other.goto("/");
    await waitReady(other);
    const version = await graphVersion(other);
    await other.getByLabel(/^Open a profile export/).setInputFiles({
      name: "jiaming-song.atlas.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await waitLoaded(other, version);
    expect(await visibleCounts(other)).toEqual(counts);
    const view = await storeView(other);
    expect(view.node).toBe(key);
    expect(view.from).toBe(2021);
    expect(view.camera).toEqual({ x: 0.45, y: 0.55, ratio: 0.6 });
    const camera = await other.evaluate(() => window.__atlas?.sigma?.getCamera().getState());
    expect(camera?.x).toBeCloseTo(0.45, 3);
    expect(camera?.ratio).toBeCloseTo(0.6, 3);
    localKey(other.url());

    // A newer contract version is refused with one line naming the file.
    saved.attributes.schemaVersion = 99;
    await other.getByLabel(/^Open a profile export/).setInputFiles({
      name: "future.atlas.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(saved)),
    });
    await expect(other.getByRole("alert").or(other.locator(".overlay-card.error"))).toContainText(
      "future.atlas.json",
    );
    await expect(other.locator(".overlay-card.error")).toContainText("schemaVersion 99 is newer");
    expect(errors).toEqual([]);
    await fresh.close();
  });
});

test.describe("hosted networks", () => {
  const dist = process.env.E2E_DIST ?? "dist";
  const indexPath = repoPath(`${dist}/data/index.json`);
  let indexBefore = "";
  test.beforeAll(async () => {
    // Published into the built site at run time: no rebuild.
    indexBefore = readFileSync(indexPath, "utf8");
    const dir = repoPath(`${dist}/data`);
    writeFileSync(`${dir}/e2e-subset.txt`, SUBSET);
    const code = await ingest(
      [
        "--quiet",
        "--as-of",
        "2026-11-28",
        "--data-dir",
        dir,
        "--publish",
        "e2e-subset",
        "--title",
        "Subset lab",
        `${dir}/e2e-subset.txt`,
      ],
      { stdout: () => {}, stderr: () => {} },
    );
    rmSync(`${dir}/e2e-subset.txt`);
    expect(code).toBe(0);
  });
  test.afterAll(() => {
    writeFileSync(indexPath, indexBefore);
    const graph = repoPath(`${dist}/data/e2e-subset.graph.json`);
    if (existsSync(graph)) rmSync(graph);
  });

  test("data=NAME opens that network with the link's view; the picker lists it", async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto("/?data=e2e-subset&view=bipartite");
    await waitReady(page);
    await expect(page.getByTestId("visible-papers")).toHaveText(String(SUBSET_PAPERS));
    expect((await storeView(page)).view).toBe("bipartite");
    await page.getByTestId("network-picker").locator("summary").click();
    const listed = page.getByRole("list", { name: "Networks on this site" });
    await expect(listed.getByRole("button", { name: /Subset lab/ })).toHaveAttribute(
      "aria-current",
      "true",
    );
    // Picking the default from the list goes back to it, and to the plain address.
    await listed.locator('[data-network="default"]').click();
    await expect(page.getByTestId("visible-papers")).toHaveText("50");
    await expect.poll(() => new URL(page.url()).searchParams.get("data")).toBeNull();
    expect(errors).toEqual([]);
  });

  test("an unknown name: a notice naming it, and the default network", async ({ page }) => {
    await page.goto("/?data=no-such-network&from=2022");
    await waitReady(page);
    await expect(page.getByTestId("notice")).toContainText('"no-such-network" is not on this site');
    await expect(page.getByTestId("visible-papers")).toHaveText("50");
  });

  test("a remote network from an origin not allowed: a notice and no request", async ({
    page,
    context,
  }) => {
    const requests: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    await page.goto("/?data=https://example.org/lab.graph.json");
    await waitReady(page);
    await expect(page.getByTestId("notice")).toContainText("this site opens no remote networks");
    expect(requests.filter((u) => new URL(u).hostname === "example.org")).toEqual([]);
  });
});

test.describe("embed", () => {
  test("embed=1: graph, counts, details on click, a link to the full view, no chrome", async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto("/?embed=1&from=2021");
    await expect(page.getByTestId("graph")).toHaveAttribute("data-ready", "true");
    await expect(page.getByTestId("embed")).toBeVisible();
    await expect(page.getByRole("button", { name: "Open files" })).toHaveCount(0);
    await expect(page.getByRole("toolbar")).toHaveCount(0);
    const counts = await visibleCounts(page);
    expect(counts.papers).toBeGreaterThan(0);
    expect(counts.papers).toBeLessThan(50);
    const key = await page.evaluate(() => {
      const s = window.__atlas?.store.getState();
      const k = s?.graph?.findNode((_k, a) => a.kind === "author" && !a.owner) ?? null;
      s?.select(k);
      return k;
    });
    await expect(page.getByTestId("details")).toBeVisible();
    const entries = await page.evaluate(() => history.length);
    const open = page.getByRole("link", { name: "Open in Coauthor Atlas" });
    await open.focus();
    const href = new URL((await open.getAttribute("href")) ?? "");
    expect(href.searchParams.get("embed")).toBeNull();
    expect(href.searchParams.get("from")).toBe("2021");
    expect(href.searchParams.get("node")).toBe(key);
    // Read-only: a selection makes no entry in the iframe's history (the host page's Back).
    await page.evaluate(() => window.__atlas?.store.getState().select(null));
    await expect(page.getByTestId("details")).toBeHidden();
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(errors).toEqual([]);
  });

  test("the production headers let other sites frame the app", async ({ page }) => {
    const response = await page.goto("/?embed=1");
    const csp = (await response?.allHeaders())?.["content-security-policy"] ?? "";
    expect(csp).toMatch(/frame-ancestors \*/);
  });
});

test.describe("history", () => {
  test("Back and Forward walk three changes, and Back stays in the app", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/");
    await waitReady(page);
    const start = await page.evaluate(() => history.length);
    await page.getByText("Authors + papers", { exact: true }).click();
    await page.getByRole("checkbox", { name: "Only papers with public code" }).check();
    const key = await page.evaluate(() => {
      const s = window.__atlas?.store.getState();
      const k = s?.graph?.findNode((_k, a) => a.kind === "author" && !a.owner) ?? null;
      s?.select(k);
      return k;
    });
    await expect.poll(() => page.evaluate(() => history.length)).toBe(start + 3);

    const state = async () => {
      const v = await storeView(page);
      return [v.view, v.codeOnly, v.node];
    };
    expect(await state()).toEqual(["bipartite", true, key]);
    await page.goBack();
    await expect.poll(state).toEqual(["bipartite", true, null]);
    await page.goBack();
    await expect.poll(state).toEqual(["bipartite", false, null]);
    await page.goBack();
    await expect.poll(state).toEqual(["coauthors", false, null]);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.goForward();
    await expect.poll(state).toEqual(["bipartite", false, null]);
    await page.goForward();
    await page.goForward();
    await expect.poll(state).toEqual(["bipartite", true, key]);
    expect(errors).toEqual([]);
  });
});
