// Networks from the files people already have (issue 12): a folder opened with the directory
// picker or dropped on the page (every file by its content, a bad one listed while the others
// load), BibTeX alone,
// and a mixed set (a profile export with a DBLP person file and OpenAlex works).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import {
  graphVersion,
  startEachOnDefaultNetworkWithoutErrors,
  visibleCounts,
  waitLoaded,
} from "./helpers";

const SAMPLES = "data/samples";

const filesInput = (page: Page) => page.locator('input[type="file"]:not([webkitdirectory])');

test.describe("open publication lists", () => {
  startEachOnDefaultNetworkWithoutErrors();

  test("a folder: every file by content, the bad one listed, the others loaded", async ({
    page,
  }) => {
    const root = mkdtempSync(join(tmpdir(), "atlas-folder-"));
    try {
      const folder = join(root, "lab");
      cpSync(SAMPLES, join(folder, "lists"), { recursive: true });
      writeFileSync(join(folder, "broken.json"), '[\n  {"title": "cut short",\n');
      const version = await graphVersion(page);
      await page.getByTestId("open-folder").setInputFiles(folder);
      await waitLoaded(page, version);
      // The six sample lists hold eight distinct papers once merged.
      await expect(page.getByTestId("visible-papers")).toHaveText("8");
      const notice = page.getByTestId("notice");
      await expect(notice).toContainText("Skipped lab/broken.json:3: not valid CSL-JSON");
      await expect(notice.locator("li")).toHaveCount(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("a folder dropped on the page loads as Open folder does", async ({ page }) => {
    // Browsers give dropped folders only to a real drag; the drop event here carries the same
    // entry objects (webkitGetAsEntry) over the sample files, read from disk.
    const samples = readdirSync(SAMPLES)
      .sort()
      .map((name) => ({ name, text: readFileSync(join(SAMPLES, name), "utf8") }));
    const version = await graphVersion(page);
    await page.evaluate((files) => {
      const fileEntry = (dir: string, f: { name: string; text: string }) => ({
        isFile: true,
        isDirectory: false,
        name: f.name,
        fullPath: `/${dir}/${f.name}`,
        file: (done: (file: File) => void) => done(new File([f.text], f.name)),
      });
      const listed = (children: unknown[]) => () => {
        let done = false;
        return {
          readEntries: (give: (entries: unknown[]) => void) => {
            give(done ? [] : children);
            done = true;
          },
        };
      };
      const folder = {
        isFile: false,
        isDirectory: true,
        name: "lab",
        fullPath: "/lab",
        createReader: listed([
          {
            isFile: false,
            isDirectory: true,
            name: "lists",
            fullPath: "/lab/lists",
            createReader: listed(files.map((f) => fileEntry("lab/lists", f))),
          },
        ]),
      };
      const item = { kind: "file", webkitGetAsEntry: () => folder };
      const dataTransfer = { types: ["Files"], items: [item], files: [], dropEffect: "none" };
      for (const type of ["dragenter", "dragover", "drop"]) {
        const event = new Event(type, { bubbles: true, cancelable: true });
        Object.defineProperty(event, "dataTransfer", { value: dataTransfer });
        document.querySelector("main")?.dispatchEvent(event);
      }
    }, samples);
    await waitLoaded(page, version);
    await expect(page.getByTestId("visible-papers")).toHaveText("8");
    await expect(page.getByTestId("notice")).toHaveCount(0);
  });

  test("BibTeX alone is a network; papers with no arXiv category filter as none", async ({
    page,
  }) => {
    const version = await graphVersion(page);
    await filesInput(page).setInputFiles(join(SAMPLES, "papers.bib"));
    await waitLoaded(page, version);
    await expect(page.getByTestId("visible-papers")).toHaveText("5");
    const counts = await visibleCounts(page);
    expect(counts.authors).toBe(15);
    await expect(page.getByRole("checkbox", { name: /^none\b/ })).toBeVisible();
  });

  test("a mixed set merges the same paper from several sources into one node", async ({ page }) => {
    const version = await graphVersion(page);
    await filesInput(page).setInputFiles([
      "data/profiles/jiaming-song.txt",
      join(SAMPLES, "dblp-person.xml"),
      join(SAMPLES, "openalex-works.json"),
    ]);
    await waitLoaded(page, version);
    // The profile's 50 papers, plus DBLP's two and nothing new from OpenAlex.
    await expect(page.getByTestId("visible-papers")).toHaveText("52");
    await expect(page.getByTestId("notice")).toHaveCount(0);
  });
});
