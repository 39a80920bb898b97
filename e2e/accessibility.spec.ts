// Accessibility (issue 5): an axe-core audit of the main view, with details open (paper and
// author), finds no serious or critical violation; the keyboard reaches the search box, the
// filters and the toolbar, each with a visible focus indicator.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { findNodeKey, openApp, selectNode, watchErrors } from "./helpers";
import { decodePng } from "./png";

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ""}`,
    );
}

interface Focused {
  tag: string;
  type: string;
  role: string;
  name: string;
  indicator: boolean;
}

/**
 * Whether focusing the active element visibly changes its surroundings: screenshots of its box
 * (plus a margin for an outline) focused and blurred differ. For controls whose indicator lives in
 * a pseudo-element that getComputedStyle cannot read (a range input's thumb).
 */
async function focusChangesPixels(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const r = document.activeElement?.getBoundingClientRect();
    return r ? { x: r.left - 6, y: r.top - 6, width: r.width + 12, height: r.height + 12 } : null;
  });
  if (!box) return false;
  const focusedShot = decodePng(await page.screenshot({ clip: box }));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const blurredShot = decodePng(await page.screenshot({ clip: box }));
  let changed = 0;
  for (let i = 0; i < focusedShot.rgba.length; i += 4) {
    const d =
      Math.abs((focusedShot.rgba[i] ?? 0) - (blurredShot.rgba[i] ?? 0)) +
      Math.abs((focusedShot.rgba[i + 1] ?? 0) - (blurredShot.rgba[i + 1] ?? 0)) +
      Math.abs((focusedShot.rgba[i + 2] ?? 0) - (blurredShot.rgba[i + 2] ?? 0));
    if (d > 60) changed++;
  }
  return changed >= 20;
}

/** What has focus now, its accessible-ish name, and whether a focus indicator is drawn. */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const ring = (e: Element, pseudo?: string, shadowToo = true) => {
      const cs = getComputedStyle(e, pseudo);
      const outline =
        cs.outlineStyle !== "none" &&
        Number.parseFloat(cs.outlineWidth) > 0 &&
        cs.outlineColor !== "transparent" &&
        cs.outlineColor !== "rgba(0, 0, 0, 0)";
      return outline || (shadowToo && cs.boxShadow !== "none" && cs.boxShadow !== "");
    };
    // A control styled through its wrapper (a segmented radio's label outline, a range thumb)
    // counts too; a wrapper's box-shadow does not (cards have one whether focused or not).
    const input = el instanceof HTMLInputElement ? el : null;
    const indicator =
      ring(el) ||
      (input !== null &&
        (input.type === "radio" || input.type === "checkbox") &&
        input.parentElement !== null &&
        ring(input.parentElement, undefined, false)) ||
      (input?.type === "range" && ring(input, "::-webkit-slider-thumb"));
    const label =
      el.getAttribute("aria-label") ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.closest("label")?.textContent ??
      el.textContent ??
      "";
    return {
      tag: el.tagName.toLowerCase(),
      type: (el as HTMLInputElement).type ?? "",
      role: el.getAttribute("role") ?? "",
      name: label.trim().replace(/\s+/g, " "),
      indicator,
    };
  });
}

test.describe("accessibility", () => {
  // Three whole-page axe audits in software WebGL: past the default minute on a busy machine.
  test.setTimeout(120_000);
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors, "no uncaught or console errors").toEqual([]);
  });

  test("axe finds no serious or critical violation, with and without details", async ({ page }) => {
    await openApp(page);
    expect(await seriousViolations(page), "main view").toEqual([]);

    await selectNode(page, await findNodeKey(page, "paper"));
    await expect(page.getByTestId("details")).toBeVisible();
    expect(await seriousViolations(page), "paper details open").toEqual([]);

    await selectNode(page, "author:jiaming-song");
    await expect(page.getByTestId("details")).toBeVisible();
    expect(await seriousViolations(page), "author details open").toEqual([]);

    // The details panel is a labelled landmark.
    await expect(page.getByRole("complementary", { name: "Details" })).toBeVisible();
  });

  test("Tab reaches search, filters and toolbar, each with a visible focus ring", async ({
    page,
  }) => {
    await openApp(page);
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    const seen: Focused[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      if (!f) continue;
      if (!f.indicator && f.type === "range") {
        const name = f.name;
        f.indicator = await focusChangesPixels(page);
        // Blurring moved Tab's starting point nowhere: focus the slider again to go on.
        await page.getByRole("slider", { name }).focus();
      }
      seen.push(f);
    }
    const reached = (pred: (f: Focused) => boolean, what: string) => {
      const hit = seen.find(pred);
      expect(hit, `Tab reaches ${what}`).toBeDefined();
      expect(hit?.indicator, `${what} shows a focus indicator`).toBe(true);
    };
    reached((f) => f.role === "combobox", "the search box");
    reached((f) => f.type === "range" && /from year/i.test(f.name), "the From year slider");
    reached((f) => f.type === "checkbox" && /public code/i.test(f.name), "the has-code filter");
    reached((f) => f.type === "checkbox" && /^LG\b/.test(f.name), "a category checkbox");
    reached((f) => f.type === "checkbox" && /^NeurIPS\b/.test(f.name), "a venue checkbox");
    reached((f) => f.type === "radio", "the view switch");
    reached((f) => f.tag === "button" && f.name === "Copy link", "Copy link");
    reached((f) => f.tag === "button" && f.name === "Open files", "Open files");
    reached((f) => f.tag === "button" && f.name === "Default profile", "Default profile");
    const without = seen.filter((f) => !f.indicator).map((f) => `${f.tag}[${f.type}] ${f.name}`);
    expect(without, "every focused control shows a focus indicator").toEqual([]);

    // Keyboard use: Enter on a search result selects it; Escape closes the details.
    const box = page.getByRole("combobox", { name: /search/i });
    await box.focus();
    await page.keyboard.type("diffusion");
    await expect(page.getByRole("option").first()).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("details")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("details")).toHaveCount(0);
  });
});
