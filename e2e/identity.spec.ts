// Identity on the default network: the Identity panel lists the merge (Jason Dai), and the
// likely namesake papers (BigDL 2.0, SABER, Engagement Process). The spec accepts one flag
// (exclude BigDL), rejects another (keep SABER), splits the merge, and checks the counts, the
// URL, the reopened link, and the identities file: downloaded, then opened beside the inputs,
// it makes the same network through the ingest worker. With two coauthors misspelt in the real
// BibTeX, it accepts one suggestion and keeps the other apart. A list opened alone gets its
// owner from the owner picker.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import {
  graphVersion,
  openApp,
  repoPath,
  selectNode,
  visibleCounts,
  waitLoaded,
  watchErrors,
} from "./helpers";

const BIGDL =
  "paper:bigdl-2-0-seamless-scaling-of-ai-pipelines-from-laptops-to-distributed-cluster";
const SABER = "paper:saber-switchable-and-balanced-training-for-efficient-llm-reasoning";

function asBuffer(relative: string, mimeType: string) {
  return {
    name: relative.split("/").pop() as string,
    mimeType,
    buffer: readFileSync(repoPath(relative)),
  };
}

async function nodeExists(page: Page, key: string): Promise<boolean> {
  return page.evaluate((k) => window.__atlas?.store.getState().graph?.hasNode(k) ?? false, key);
}

test("accept a flag, reject another, split a merge; URL and identities file round trip", async ({
  page,
}) => {
  // Seven re-projections and one ingest in software WebGL: longer than the default minute.
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await openApp(page);
  const panel = page.getByRole("region", { name: "Identity" });
  await expect(panel).toBeVisible();
  const flags = panel.getByRole("list", { name: "Likely namesake papers" }).locator(":scope > li");
  await expect(flags).toHaveCount(3);
  const merged = panel.getByRole("list", { name: "Merged authors" }).locator(":scope > li");
  await expect(merged).toHaveCount(1);
  await expect(merged.first()).toContainText("Jason Jinquan Dai = Jason Dai");
  const before = await visibleCounts(page);
  expect(before.papers).toBe(50);

  // The paper's details carry the badge and the reasons.
  await flags.filter({ hasText: "BigDL" }).getByRole("button", { name: /BigDL/ }).click();
  const details = page.getByTestId("details");
  await expect(details.getByText("likely a namesake's paper")).toBeVisible();
  await expect(details).toContainText("none of its 15 other authors");

  // Accept the BigDL flag: the paper and its 15 lone coauthors leave.
  let version = await graphVersion(page);
  await flags.filter({ hasText: "BigDL" }).getByRole("button", { name: "Exclude" }).click();
  await expect.poll(() => graphVersion(page)).toBeGreaterThan(version);
  await expect(page.getByTestId("visible-papers")).toHaveText("49");
  const afterExclude = await visibleCounts(page);
  expect(afterExclude.authors).toBe(before.authors - 15);

  // Reject the SABER flag: it stays, unflagged.
  await flags.filter({ hasText: "SABER" }).getByRole("button", { name: "Keep" }).click();
  await expect(flags).toHaveCount(1);
  expect(await nodeExists(page, SABER)).toBe(true);

  // Split the merge: Jason Dai is an author again... of BigDL, which is excluded: undo that first.
  const decisions = panel.getByRole("list", { name: "Identity decisions" }).locator(":scope > li");
  await expect(decisions).toHaveCount(2);
  version = await graphVersion(page);
  await decisions.filter({ hasText: "Excluded" }).getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => graphVersion(page)).toBeGreaterThan(version);
  await expect(page.getByTestId("visible-papers")).toHaveText("50");
  await merged.first().getByRole("button", { name: "Split Jason Dai" }).click();
  await expect(merged).toHaveCount(0);
  expect(await nodeExists(page, "author:jason-dai")).toBe(true);
  const afterSplit = await visibleCounts(page);
  expect(afterSplit.authors).toBe(before.authors + 1);
  // And exclude BigDL again, now that both Dais are on it.
  await flags.filter({ hasText: "BigDL" }).getByRole("button", { name: "Exclude" }).click();
  await expect(page.getByTestId("visible-papers")).toHaveText("49");
  const final = await visibleCounts(page);
  expect(final.authors).toBe(before.authors - 15);

  // The URL holds the decisions; reopening it gives the same network.
  await expect.poll(() => new URL(page.url()).searchParams.get("exclude")).toBe(BIGDL);
  const url = new URL(page.url());
  expect(url.searchParams.get("keep")).toBe(SABER);
  expect(url.searchParams.get("split")).toBe("Jason Jinquan Dai~Jason Dai");
  await openApp(page, url.search);
  expect(await visibleCounts(page)).toEqual(final);
  expect(await nodeExists(page, BIGDL)).toBe(false);

  // The identities file: downloaded, it holds the same decisions...
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("button", { name: "Download identities file" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("identities.json");
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, "utf8"));
  expect(file).toEqual({
    format: "coauthor-atlas-identities",
    version: 1,
    merge: [],
    split: [["Jason Dai", "Jason Jinquan Dai"]],
    exclude: [BIGDL],
    keep: [SABER],
    owner: [],
  });

  // ...and opened beside the inputs, the worker's ingest applies them.
  await openApp(page);
  version = await graphVersion(page);
  await page
    .locator('input[type="file"]:not([webkitdirectory])')
    .setInputFiles([
      asBuffer("data/profiles/jiaming-song.txt", "text/plain"),
      asBuffer("data/bib/jiaming-song.bib", "text/plain"),
      { name: "identities.json", mimeType: "application/json", buffer: readFileSync(path) },
    ]);
  await expect.poll(() => graphVersion(page), { timeout: 60_000 }).toBeGreaterThan(version);
  await expect(page.getByTestId("visible-papers")).toHaveText("49");
  expect(await visibleCounts(page)).toEqual(final);
  expect(await nodeExists(page, BIGDL)).toBe(false);
  await expect(flags).toHaveCount(1);
  // The panel lists what the identities file decided at ingest.
  await expect(
    panel.getByRole("list", { name: "Decisions applied at ingest" }).locator(":scope > li"),
  ).toHaveCount(3);
  expect(errors).toEqual([]);
});

test("a list opened alone: the owner picker marks its owner, Hide owner hides it, links keep it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const OWNER = "author:jiaming-song";
  const isOwner = () =>
    page.evaluate((k) => {
      const g = window.__atlas?.store.getState().graph;
      if (!g?.hasNode(k)) return null;
      const attrs = g.getNodeAttributes(k);
      return attrs.kind === "author" && attrs.owner;
    }, OWNER);
  await openApp(page);
  let version = await graphVersion(page);
  await page
    .locator('input[type="file"]:not([webkitdirectory])')
    .setInputFiles([asBuffer("data/bib/jiaming-song.bib", "text/plain")]);
  await expect.poll(() => graphVersion(page), { timeout: 60_000 }).toBeGreaterThan(version);
  expect(await isOwner()).toBe(false);
  await expect(page.locator(".stage-owner")).toHaveCount(0);

  const picker = page.getByTestId("owner-picker");
  const mark = picker.getByRole("button", {
    name: /^Mark Jiaming Song as owner \(\d+ of \d+ papers\)$/,
  });
  await expect(mark).toBeVisible();
  version = await graphVersion(page);
  await mark.click();
  await expect.poll(() => graphVersion(page)).toBeGreaterThan(version);
  expect(await isOwner()).toBe(true);
  await expect(picker).toHaveCount(0);
  await expect(page.locator(".stage-owner")).toHaveText("Jiaming Song");
  await expect.poll(() => new URL(page.url()).searchParams.get("owners")).toBe("Jiaming Song");

  // Hide owner now hides the marked owner.
  await page.getByRole("checkbox", { name: "Hide owner" }).check();
  await expect.poll(() => page.evaluate((k) => window.__atlas?.isNodeShown(k), OWNER)).toBe(false);

  // The link reopens the same network with the same owner, still hidden.
  const search = new URL(page.url()).search;
  await openApp(page, search);
  expect(await isOwner()).toBe(true);
  expect(await page.evaluate((k) => window.__atlas?.isNodeShown(k), OWNER)).toBe(false);

  // "Not the owner" in the author's details takes the decision back.
  await page.getByRole("checkbox", { name: "Hide owner" }).uncheck();
  await selectNode(page, OWNER);
  version = await graphVersion(page);
  await page.getByTestId("details").getByRole("button", { name: "Not the owner" }).click();
  await expect.poll(() => graphVersion(page)).toBeGreaterThan(version);
  expect(await isOwner()).toBe(false);
  await expect.poll(() => new URL(page.url()).searchParams.get("owners")).toBeNull();
  expect(errors).toEqual([]);
});

/** The real BibTeX with `from` misspelt as `to` in the record `key` alone. */
function misspell(text: string, key: string, from: string, to: string): string {
  const at = text.indexOf(`{${key},`);
  const end = text.indexOf("\n}", at);
  expect(text.slice(at, end)).toContain(from);
  return text.slice(0, at) + text.slice(at, end).replace(from, to) + text.slice(end);
}

test("misspelt coauthors: accept one suggestion, keep another apart; the link keeps both", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  // Two typos a website's BibTeX could carry, each on one record: both names stay on other
  // records too, so each pair is suggested (one letter apart, a shared coauthor), not merged.
  let bib = readFileSync(repoPath("data/bib/jiaming-song.bib"), "utf8");
  bib = misspell(bib, "balaji2022ediffi", "Arash Vahdat", "Arash Vadhat");
  bib = misspell(bib, "ozturkler2023smrd", "Morteza Mardani", "Morteza Madrani");
  await openApp(page);
  const version = await graphVersion(page);
  await page
    .locator('input[type="file"]:not([webkitdirectory])')
    .setInputFiles([
      asBuffer("data/profiles/jiaming-song.txt", "text/plain"),
      { name: "jiaming-song.bib", mimeType: "text/plain", buffer: Buffer.from(bib) },
    ]);
  await waitLoaded(page, version, 60_000);
  const panel = page.getByRole("region", { name: "Identity" });
  const suggestions = panel.getByRole("list", { name: "Suggested merges" }).locator(":scope > li");
  await expect(suggestions).toHaveCount(2);
  await expect(suggestions.filter({ hasText: "Arash Vadhat" })).toContainText(
    "spelling differs by 1 letter;",
  );
  const before = await visibleCounts(page);
  expect(await nodeExists(page, "author:morteza-madrani")).toBe(true);

  // Accept one: the misspelt node joins the right one.
  let v = await graphVersion(page);
  await suggestions
    .filter({ hasText: "Morteza Madrani" })
    .getByRole("button", { name: "Merge" })
    .click();
  await expect.poll(() => graphVersion(page)).toBeGreaterThan(v);
  await expect(suggestions).toHaveCount(1);
  expect(await nodeExists(page, "author:morteza-madrani")).toBe(false);
  expect((await visibleCounts(page)).authors).toBe(before.authors - 1);

  // Reject the other: both stay, no longer suggested.
  v = await graphVersion(page);
  await suggestions.getByRole("button", { name: "Keep apart" }).click();
  await expect.poll(() => graphVersion(page)).toBeGreaterThan(v);
  await expect(suggestions).toHaveCount(0);
  expect(await nodeExists(page, "author:arash-vadhat")).toBe(true);
  expect((await visibleCounts(page)).authors).toBe(before.authors - 1);

  // The link holds both decisions and reopens the same network with them.
  const url = new URL(page.url());
  expect(url.searchParams.get("merge")).toMatch(
    /Morteza Madrani~Morteza Mardani|Morteza Mardani~Morteza Madrani/,
  );
  expect(url.searchParams.get("split")).toMatch(
    /Arash Vadhat~Arash Vahdat|Arash Vahdat~Arash Vadhat/,
  );
  await openApp(page, url.search);
  await expect(suggestions).toHaveCount(0);
  expect((await visibleCounts(page)).authors).toBe(before.authors - 1);
  expect(await nodeExists(page, "author:morteza-madrani")).toBe(false);
  expect(errors).toEqual([]);
});

test("the filter hides likely namesake papers, from the URL too", async ({ page }) => {
  await openApp(page, "namesakes=0");
  await expect(page.getByTestId("visible-papers")).toHaveText("47");
  const box = page.getByRole("checkbox", { name: "Hide likely namesake papers" });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(page.getByTestId("visible-papers")).toHaveText("50");
  await expect.poll(() => new URL(page.url()).searchParams.get("namesakes")).toBeNull();
});
