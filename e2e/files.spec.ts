// Opening your own data (issues 3 and 5): a profile dropped on the page is ingested in the worker
// and replaces the network; a profile whose title, abstract, organisation tag and author
// name carry markup shows it as literal text everywhere and runs none of it.
import { expect, test } from "@playwright/test";
import {
  frames,
  graphVersion,
  joinProfile,
  readProfile,
  splitProfile,
  startEachOnDefaultNetworkWithoutErrors,
  visibleCounts,
  waitLoaded,
} from "./helpers";

test.describe("open your own data", () => {
  startEachOnDefaultNetworkWithoutErrors();

  test("a dropped profile file loads and replaces the network", async ({ page }) => {
    const before = await visibleCounts(page);
    const { header, entries } = splitProfile(readProfile());
    // Every third entry from the second on: a real, smaller profile (BIG-bench, the first, left out).
    const subset = entries.filter((_e, i) => i % 3 === 1);
    const text = joinProfile(header, subset);
    // The profile's authors lines list at most three names plus the owner.
    const maxAuthors = subset.length * 3 + 1;

    const version = await graphVersion(page);
    const dataTransfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], "song-subset.txt", { type: "text/plain" }));
      return dt;
    }, text);
    await page.dispatchEvent("main", "dragenter", { dataTransfer });
    await page.dispatchEvent("main", "dragover", { dataTransfer });
    await page.dispatchEvent("main", "drop", { dataTransfer });
    await waitLoaded(page, version);

    await expect(page.getByTestId("visible-papers")).toHaveText(String(subset.length));
    const after = await visibleCounts(page);
    expect(after.papers).toBeLessThan(before.papers);
    expect(after.authors).toBeLessThan(before.authors);
    expect(after.authors).toBeGreaterThan(1);
    expect(after.authors).toBeLessThanOrEqual(maxAuthors);
    const source = await page.evaluate(() => window.__atlas?.store.getState().source);
    expect(source).toContain("song-subset.txt");
    // Drawn, and the drop hint is gone.
    await expect(page.locator(".overlay.drop")).toHaveCount(0);

    // The default profile is one click away.
    const v2 = await graphVersion(page);
    await page.getByRole("button", { name: "Default profile" }).click();
    await waitLoaded(page, v2);
    await expect(page.getByTestId("visible-papers")).toHaveText(String(before.papers));
  });

  test("markup in a title, abstract, author name and organisation tag is shown as text, never run", async ({
    page,
  }) => {
    const { header, entries } = splitProfile(readProfile());
    const entry = entries[1];
    if (!entry) throw new Error("profile has fewer than two entries");
    const imgTitle = `<img src=x onerror="window.__pwned=1">`;
    const scriptTitle = "<script>window.__pwned=2</script>";
    const orgTag = "<img src=y onerror=window.__pwned=3>";
    const authorName = "<svg onload=window.__pwned=4>Mallory</svg>";
    // entry: [date line, title, "", authors · orgs, "", abstract, ...]
    const [dateLine, title, , authorsLine, , abstract] = entry;
    const markedTitle = `${imgTitle} ${title} ${scriptTitle}`;
    const markedAbstract = `${abstract} ${scriptTitle} ${imgTitle}`;
    const names = (authorsLine ?? "").split(" · ")[0] ?? "";
    const marked = [
      dateLine ?? "",
      markedTitle,
      "",
      `${authorName}, ${names} · nvidia, ${orgTag}`,
      "",
      markedAbstract,
    ];
    const text = joinProfile(header, [marked, ...entries.slice(2, 6)]);

    const version = await graphVersion(page);
    await page.locator('input[type="file"]:not([webkitdirectory])').setInputFiles({
      name: "markup.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(text, "utf8"),
    });
    await waitLoaded(page, version);
    await expect(page.getByTestId("visible-papers")).toHaveText("5");

    // Search results show the title literally.
    const box = page.getByRole("combobox", { name: /search/i });
    await box.click();
    await box.pressSequentially((title ?? "").split(" ").slice(0, 2).join(" ").toLowerCase());
    const option = page.getByRole("option").filter({ hasText: imgTitle });
    await expect(option).toHaveCount(1);
    await expect(option).toContainText(scriptTitle);
    await option.click();

    const details = page.getByTestId("details");
    await expect(details).toBeVisible();
    await expect(details.getByRole("heading", { level: 2 })).toHaveText(markedTitle);
    await expect(details).toContainText(markedAbstract);
    await expect(details).toContainText(orgTag);
    const author = details.getByRole("button", { name: authorName });
    await expect(author).toHaveCount(1);

    // The author's own details: the name as the heading, literally.
    await author.click();
    await expect(details.getByRole("heading", { level: 2 })).toHaveText(authorName);

    // None of it became elements, and no handler ran.
    expect(await page.locator('img[src="x"], img[src="y"], svg[onload]').count()).toBe(0);
    expect(await page.locator("script:not([src])").count()).toBe(0);
    await frames(page, 3);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
  });
});
