// Field atlas end to end: the committed DBLP sample is imported into DuckDB by the command
// line, an ego network is extracted from it, and the app opens that graph (through the store's
// loadGraph, as a loaded file is opened): counts, the ego's details and a venue filter.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import type { SerializedAtlasGraph } from "../src/graph/schema";
import { openApp, repoPath, visibleCounts, waitReady, watchErrors } from "./helpers";

const EGO = "Wei Andersen";

function corpusCli(args: string[]): string {
  return execFileSync("npx", ["tsx", "src/corpus/cli.ts", ...args], {
    cwd: repoPath(""),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

test.describe("field atlas: DBLP sample → DuckDB → ego network → app", () => {
  test.describe.configure({ timeout: 240_000 });
  let dir = "";
  let graph: SerializedAtlasGraph;
  let summary = "";

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "atlas-corpus-e2e-"));
    const db = join(dir, "db");
    corpusCli(["import", "--quiet", "--db", db, "data/dblp-sample.xml.gz"]);
    const out = join(dir, "ego.graph.json");
    summary = corpusCli([
      "extract",
      "--db",
      db,
      "--ego",
      EGO,
      "--hops",
      "2",
      "--from",
      "2010",
      "--max-nodes",
      "400",
      "--out",
      out,
    ]);
    graph = JSON.parse(readFileSync(out, "utf8")) as SerializedAtlasGraph;
  });
  test.afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the extracted ego network opens in the app with its counts and the ego's details", async ({
    page,
  }) => {
    expect(summary).toMatch(/Ego network of Wei Andersen .*2 hops, 2010-2024/);
    expect(summary).toMatch(/Over the node budget: kept/);
    expect(graph.nodes.length).toBeLessThanOrEqual(400);
    const errors = watchErrors(page);
    await openApp(page);
    const version = await page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? -1);
    await page.evaluate(
      (g) => window.__atlas?.store.getState().loadGraph(g, "ego.graph.json"),
      graph,
    );
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? -1))
      .toBeGreaterThan(version);
    await waitReady(page);

    const papers = graph.nodes.flatMap((n) =>
      n.attributes?.kind === "paper" ? [n.attributes] : [],
    );
    const authors = graph.nodes.filter((n) => n.attributes?.kind === "author");
    expect(await visibleCounts(page)).toEqual({ papers: papers.length, authors: authors.length });

    const egoKey = graph.attributes.profiles[0]?.ownerKey as string;
    await page.evaluate((k) => window.__atlas?.store.getState().select(k), egoKey);
    const details = page.getByTestId("details");
    await expect(details.getByRole("heading", { level: 2 })).toHaveText(EGO);

    // A venue filter from the corpus's venues: visible papers drop to that venue's.
    const venue = "ICLR";
    const iclr = papers.filter((p) => p.venue === venue);
    expect(iclr.length).toBeGreaterThan(0);
    await page.evaluate((v) => window.__atlas?.store.getState().setVenues([v]), venue);
    await expect(page.getByTestId("visible-papers")).toHaveText(String(iclr.length));
    expect(errors).toEqual([]);
  });
});
