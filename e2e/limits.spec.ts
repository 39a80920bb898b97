// Big and broken files (issue 5): a 50 MB profile is refused by the worker before it is read,
// with a message naming the file and the limit, and the page keeps answering; binary, empty,
// BibTeX-as-profile and profile-as-BibTeX files each get their own clear message; the network
// that was showing stays one click away.
import { expect, type Page, test } from "@playwright/test";
import { startEachOnDefaultNetworkWithoutErrors, visibleCounts } from "./helpers";

/** Drop files built in the page (so a 50 MB file never crosses the test protocol). */
async function dropFiles(
  page: Page,
  files: { name: string; text?: string; megabytes?: number; bytes?: number[] }[],
) {
  const dataTransfer = await page.evaluateHandle((specs) => {
    const dt = new DataTransfer();
    for (const spec of specs) {
      let body: BlobPart;
      if (spec.megabytes) {
        // A real-looking entry repeated to size: the limit must bite on size alone.
        const entry = "LGMar 1, 2024\nA Title\n\nAda Lovelace, Alan Turing\n\nAn abstract.\n\n";
        body = entry.repeat(Math.ceil((spec.megabytes * 1024 * 1024) / entry.length));
      } else if (spec.bytes) {
        body = new Uint8Array(spec.bytes);
      } else {
        body = spec.text ?? "";
      }
      dt.items.add(new File([body], spec.name));
    }
    return dt;
  }, files);
  await page.dispatchEvent("main", "dragenter", { dataTransfer });
  await page.dispatchEvent("main", "dragover", { dataTransfer });
  await page.dispatchEvent("main", "drop", { dataTransfer });
}

async function expectRefused(page: Page, file: string, reason: RegExp): Promise<void> {
  const panel = page.getByRole("alert").filter({ hasText: "Could not load the network" });
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText(file);
  await expect(panel).toContainText(reason);
  // Back to the network that was showing: nothing was replaced.
  await panel.getByRole("button", { name: "Back to the network" }).click();
  await expect(panel).toHaveCount(0);
}

test.describe("big and broken files", () => {
  startEachOnDefaultNetworkWithoutErrors();

  test("a 50 MB profile is refused with the limit, and the page stays responsive", async ({
    page,
  }) => {
    const before = await visibleCounts(page);
    await dropFiles(page, [{ name: "huge-lab.txt", megabytes: 50 }]);
    // The main thread answers while the worker decides (a round trip well under a second).
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started).toBeLessThan(2_000);
    await expectRefused(page, "huge-lab.txt", /over the 20 MB limit/);
    expect(await visibleCounts(page)).toEqual(before);
  });

  test("binary, empty and no-format files each get a clear message", async ({ page }) => {
    const cases: { files: Parameters<typeof dropFiles>[1]; file: string; reason: RegExp }[] = [
      {
        files: [
          { name: "scan.txt", bytes: [0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 255, 254, 0] },
        ],
        file: "scan.txt",
        reason: /binary/,
      },
      { files: [{ name: "blank.txt", text: "" }], file: "blank.txt", reason: /empty/ },
      // Formats are read by content, whatever the extension (BibTeX named .txt is a network):
      // text that is no format at all is refused with the reason.
      {
        files: [
          {
            name: "notes.txt",
            text: "Meeting notes\nBuy milk and eggs.\nCall the plumber on Tuesday.\n",
          },
        ],
        file: "notes.txt",
        reason: /no recognisable entry/,
      },
    ];
    const before = await visibleCounts(page);
    for (const c of cases) {
      await dropFiles(page, c.files);
      await expectRefused(page, c.file, c.reason);
    }
    expect(await visibleCounts(page)).toEqual(before);
  });
});
