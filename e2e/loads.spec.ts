// Cancellable loads (issue 16): a slow file set can be cancelled with the loading card's
// button or Escape, and "Default profile" during it wins: in each case the ingest worker is
// terminated (Playwright sees it close) and the abandoned load never reaches the store.
import { expect, type Page, test, type Worker } from "@playwright/test";
import { generateCorpus } from "../bench/generate";
import { startEachOnDefaultNetworkWithoutErrors, waitReady } from "./helpers";

// A corpus the worker needs many seconds for (BibTeX, layout): it is still running when the
// test acts on it.
const slowFiles = generateCorpus({ papers: 1_500, seed: 16 }).files.map((f) => ({
  name: f.name,
  text: f.text,
}));

async function storeState(page: Page) {
  return page.evaluate(() => {
    const s = window.__atlas?.store.getState();
    return { status: s?.status, source: s?.source, graphVersion: s?.graphVersion ?? -1 };
  });
}

/** Drop the slow files on the page; resolves with the ingest worker they started. */
async function dropSlowFiles(page: Page): Promise<Worker> {
  const started = page.waitForEvent("worker");
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: "text/plain" }));
    return dt;
  }, slowFiles);
  await page.dispatchEvent("main", "dragenter", { dataTransfer });
  await page.dispatchEvent("main", "dragover", { dataTransfer });
  await page.dispatchEvent("main", "drop", { dataTransfer });
  const worker = await started;
  await expect(page.getByRole("status").getByRole("button", { name: "Cancel" })).toBeVisible();
  return worker;
}

function closed(worker: Worker): Promise<void> {
  return new Promise((resolve) => worker.once("close", () => resolve()));
}

test.describe("cancellable loads", () => {
  startEachOnDefaultNetworkWithoutErrors();

  test("Cancel and Escape stop the worker and keep the network that was showing", async ({
    page,
  }) => {
    const before = await storeState(page);
    expect(before.status).toBe("ready");

    let worker = await dropSlowFiles(page);
    let stopped = closed(worker);
    await page.getByRole("button", { name: "Cancel" }).click();
    await stopped;
    await expect(page.getByRole("status").getByRole("button", { name: "Cancel" })).toHaveCount(0);
    expect(await storeState(page)).toEqual(before);
    await expect(page.getByText("Loading cancelled.")).toBeVisible();

    worker = await dropSlowFiles(page);
    stopped = closed(worker);
    await page.keyboard.press("Escape");
    await stopped;
    expect(await storeState(page)).toEqual(before);
    await waitReady(page);
  });

  test("Default profile during a slow load wins, and the abandoned worker is terminated", async ({
    page,
  }) => {
    const before = await storeState(page);
    const worker = await dropSlowFiles(page);
    const stopped = closed(worker);
    await page.getByRole("button", { name: "Default profile" }).click();
    // The worker is terminated by the click, long before it could have finished.
    await stopped;
    await expect
      .poll(async () => (await storeState(page)).graphVersion)
      .toBeGreaterThan(before.graphVersion);
    await waitReady(page);
    const after = await storeState(page);
    expect(after.status).toBe("ready");
    expect(after.source).toBe("default");
    // No worker is left that could replace it.
    expect(page.workers().filter((w) => w.url().includes("ingest"))).toEqual([]);
  });
});
