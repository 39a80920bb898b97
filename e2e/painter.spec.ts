// Filter changes are painted straight into sigma's buffers (src/render/visibilityPainter.ts), not
// by a full refresh. This checks, in both views, that each filter change takes that path (no
// sigma process runs) and that the picture is pixel for pixel the one a full refresh draws.
import { expect, type Page, test } from "@playwright/test";
import { frames, openApp, watchErrors } from "./helpers";
import { decodePng } from "./png";

async function shot(page: Page) {
  await frames(page, 2);
  return decodePng(await page.getByTestId("graph").screenshot());
}

function differingPixels(a: ReturnType<typeof decodePng>, b: ReturnType<typeof decodePng>) {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let n = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (
      a.rgba[i] !== b.rgba[i] ||
      a.rgba[i + 1] !== b.rgba[i + 1] ||
      a.rgba[i + 2] !== b.rgba[i + 2]
    ) {
      n++;
    }
  }
  return n;
}

test("filter changes are painted without a sigma pass and match a full refresh", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const facts = await page.evaluate(() => {
    const graph = window.__atlas?.store.getState().graph;
    if (!graph) throw new Error("no graph");
    let yearMax = 0;
    const counts = new Map<string, number>();
    graph.forEachNode((_k, a) => {
      if (a.kind !== "paper") return;
      yearMax = Math.max(yearMax, a.year);
      counts.set(a.category, (counts.get(a.category) ?? 0) + 1);
    });
    const top = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] as string;
    return { yearMax, top };
  });
  const steps: [string, unknown[]][] = [
    ["setYearRange", [facts.yearMax - 2, null]],
    ["toggleCategory", [facts.top]],
    ["setCodeOnly", [true]],
    ["clearFilters", []],
  ];
  for (const view of ["coauthors", "bipartite"]) {
    await page.evaluate((v) => window.__atlas?.store.getState().setViewMode(v as never), view);
    await frames(page, 2);
    for (const [action, args] of steps) {
      const processed = await page.evaluate(
        async ({ action, args }) => {
          const atlas = window.__atlas;
          if (!atlas?.sigma) throw new Error("no sigma");
          let passes = 0;
          const count = () => passes++;
          atlas.sigma.on("afterProcess", count);
          const state = atlas.store.getState() as unknown as Record<
            string,
            (...a: unknown[]) => void
          >;
          state[action]?.(...args);
          for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
          atlas.sigma.off("afterProcess", count);
          return passes;
        },
        { action, args },
      );
      expect(processed, `${view}/${action}: no full sigma pass`).toBe(0);
      const painted = await shot(page);
      await page.evaluate(() => window.__atlas?.sigma?.refresh());
      const refreshed = await shot(page);
      expect(differingPixels(painted, refreshed), `${view}/${action}: same pixels`).toBe(0);
    }
  }
  expect(errors).toEqual([]);
});
