// Links out and coauthor links that explain themselves (issue 18): the DDIM paper links to its
// arXiv abstract in a new tab; a record whose url is `javascript:alert(1)` shows it as text,
// never a link; hovering a coauthor link shows the pair's joint papers, clicking it (or picking
// a coauthor in an author's panel) opens them in the details panel; links can be coloured by
// category; axe stays clean; nothing is requested off the origin.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import {
  joinProfile,
  openApp,
  readProfile,
  repoPath,
  selectNode,
  splitProfile,
  waitReady,
  watchErrors,
} from "./helpers";

const DDIM = "paper:denoising-diffusion-implicit-models";
const SONG = "author:jiaming-song";
const MENG = "author:chenlin-meng";

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes[0]?.target.join(" ") ?? ""}`);
}

/** Requests the page makes to any origin but `origin`, collected from now on. */
function watchOffOrigin(page: Page, origin: string): string[] {
  const off: string[] = [];
  page.on("request", (r) => {
    const url = r.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) off.push(url);
  });
  return off;
}

/**
 * A coauthor link drawn on screen whose midpoint is clear of every node and of every other
 * shown link, so the pointer there is on that link alone. Heaviest (thickest) first.
 */
async function clearCoauthorLink(page: Page) {
  return page.evaluate(() => {
    const sigma = window.__atlas?.sigma;
    const graph = window.__atlas?.store.getState().graph;
    if (!sigma || !graph) throw new Error("e2e: sigma or graph missing");
    const rect = sigma.getContainer().getBoundingClientRect();
    const at = (key: string) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return null;
      const p = sigma.framedGraphToViewport(d);
      return { x: p.x, y: p.y, size: sigma.scaleSize(d.size) };
    };
    const nodes: { x: number; y: number; size: number }[] = [];
    graph.forEachNode((key) => {
      const p = at(key);
      if (p) nodes.push(p);
    });
    const segments: { edge: string; a: { x: number; y: number }; b: { x: number; y: number } }[] =
      [];
    graph.forEachEdge((edge, _attrs, s, t) => {
      const d = sigma.getEdgeDisplayData(edge);
      if (!d || d.hidden) return;
      const a = at(s);
      const b = at(t);
      if (a && b) segments.push({ edge, a, b });
    });
    const distance = (p: { x: number; y: number }, seg: (typeof segments)[number]) => {
      const dx = seg.b.x - seg.a.x;
      const dy = seg.b.y - seg.a.y;
      const len = dx * dx + dy * dy || 1;
      const t = Math.max(0, Math.min(1, ((p.x - seg.a.x) * dx + (p.y - seg.a.y) * dy) / len));
      return Math.hypot(p.x - (seg.a.x + t * dx), p.y - (seg.a.y + t * dy));
    };
    const candidates = segments
      .filter((seg) => graph.getEdgeAttribute(seg.edge, "kind") === "coauthor")
      .map((seg) => ({
        ...seg,
        weight: (graph.getEdgeAttributes(seg.edge) as { weight?: number }).weight ?? 0,
        mid: { x: (seg.a.x + seg.b.x) / 2, y: (seg.a.y + seg.b.y) / 2 },
      }))
      .filter(
        (c) =>
          Math.hypot(c.b.x - c.a.x, c.b.y - c.a.y) > 40 &&
          c.mid.x > 40 &&
          c.mid.y > 60 &&
          c.mid.x < rect.width - 40 &&
          c.mid.y < rect.height - 40,
      )
      .filter((c) => nodes.every((n) => Math.hypot(n.x - c.mid.x, n.y - c.mid.y) > n.size + 8))
      .filter((c) => segments.every((s) => s.edge === c.edge || distance(c.mid, s) > 8))
      .sort((x, y) => y.weight - x.weight);
    const best = candidates[0];
    if (!best) return null;
    const [a, b] = graph.extremities(best.edge);
    const papersOf = (author: string) =>
      new Set(
        graph
          .edges(author)
          .filter((e) => graph.getEdgeAttribute(e, "kind") === "authorship")
          .map((e) => graph.opposite(author, e)),
      );
    const ofA = papersOf(a);
    const joint = [...papersOf(b)].filter((p) => ofA.has(p));
    const name = (k: string) => (graph.getNodeAttributes(k) as { name?: string }).name ?? k;
    return {
      edge: best.edge,
      x: rect.left + best.mid.x,
      y: rect.top + best.mid.y,
      names: [name(a), name(b)],
      titles: joint.map((p) => (graph.getNodeAttributes(p) as { title?: string }).title ?? p),
    };
  });
}

test.describe("links out and coauthor links", () => {
  let errors: string[] = [];
  let offOrigin: string[] = [];
  test.beforeEach(({ page, baseURL }) => {
    errors = watchErrors(page);
    offOrigin = watchOffOrigin(page, new URL(baseURL ?? "http://127.0.0.1").origin);
  });
  test.afterEach(() => {
    expect(errors, "no uncaught or console errors").toEqual([]);
    expect(offOrigin, "no request leaves the origin").toEqual([]);
  });

  test("the DDIM paper's panel links to its arXiv abstract, in a new tab", async ({ page }) => {
    await openApp(page);
    await selectNode(page, DDIM);
    const details = page.getByTestId("details");
    await expect(
      details.getByRole("heading", { name: "Denoising Diffusion Implicit Models" }),
    ).toBeVisible();
    const links = details.getByRole("list", { name: "Links out" });
    const arxiv = links.getByRole("link", { name: /2010\.02502/ });
    await expect(arxiv).toHaveAttribute("href", "https://arxiv.org/abs/2010.02502");
    await expect(arxiv).toHaveAttribute("target", "_blank");
    await expect(arxiv).toHaveAttribute("rel", "noopener noreferrer");
    expect(await seriousViolations(page), "paper details with links").toEqual([]);
  });

  test("a record with url={javascript:alert(1)} shows it as text, not a link", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto("/");
    await waitReady(page);
    // The real DDIM entry and record, the record given a hostile url and code address.
    const { header, entries } = splitProfile(readProfile());
    const ddimEntry = entries.filter((e) => e.includes("Denoising Diffusion Implicit Models"));
    expect(ddimEntry).toHaveLength(1);
    const bib = readFileSync(repoPath("data/bib/jiaming-song.bib"), "utf8");
    const record = /@inproceedings\{song2021denoising,[\s\S]*?\n\}/.exec(bib)?.[0];
    expect(record).toBeDefined();
    const hostile = (record as string).replace(
      "  year = {2021},",
      "  year = {2021},\n  url = {javascript:alert(1)},\n  code = {data:text/html,<script>alert(2)</script>},",
    );
    expect(hostile).toContain("javascript:alert(1)");
    const version = await page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? -1);
    await page.locator('input[type="file"]').setInputFiles([
      {
        name: "ddim.txt",
        mimeType: "text/plain",
        buffer: Buffer.from(joinProfile(header, ddimEntry), "utf8"),
      },
      { name: "hostile.bib", mimeType: "text/plain", buffer: Buffer.from(hostile, "utf8") },
    ]);
    await expect
      .poll(() => page.evaluate(() => window.__atlas?.store.getState().graphVersion ?? -1))
      .toBeGreaterThan(version);
    await waitReady(page);
    await selectNode(page, DDIM);
    const details = page.getByTestId("details");
    const unsafe = details.getByTestId("unsafe-link");
    await expect(unsafe.filter({ hasText: "javascript:alert(1)" })).toBeVisible();
    await expect(
      unsafe.filter({ hasText: "data:text/html,<script>alert(2)</script>" }),
    ).toBeVisible();
    // The arXiv link is still a link; nothing else in the page points at script.
    await expect(details.getByRole("link", { name: /2010\.02502/ })).toBeVisible();
    expect(
      await page.evaluate(
        () =>
          [...document.querySelectorAll("a[href]")].filter((a) => {
            const href = (a.getAttribute("href") ?? "").trim().toLowerCase();
            return !href.startsWith("https:") && !href.startsWith("http:") && !href.startsWith("#");
          }).length,
      ),
    ).toBe(0);
    await unsafe.first().click();
    expect(dialogs, "no script ran").toEqual([]);
    expect(await seriousViolations(page), "details with unsafe links").toEqual([]);
  });

  test("hovering a coauthor link shows the joint papers; clicking opens them", async ({ page }) => {
    // Without the owner's links to everyone, the other links are far easier to point at.
    await openApp(page, "owner=0");
    const link = await clearCoauthorLink(page);
    expect(link, "a coauthor link clear of nodes and other links").not.toBeNull();
    if (!link) return;
    await page.mouse.move(link.x - 30, link.y - 30);
    await page.mouse.move(link.x, link.y, { steps: 4 });
    const card = page.getByTestId("link-card");
    await expect(card).toBeVisible();
    await expect(card).toContainText(`${link.names[0]} — ${link.names[1]}`);
    const count = link.titles.length;
    await expect(card).toContainText(`${count} joint paper${count === 1 ? "" : "s"}`);
    const listed = card
      .getByRole("list", { name: "Joint papers", exact: true })
      .getByRole("listitem");
    await expect(listed).toHaveCount(Math.min(5, count));
    const firstTitle = (await listed.first().locator(".joint-title").textContent()) ?? "";
    expect(link.titles).toContain(firstTitle);
    expect(await seriousViolations(page), "hover card shown").toEqual([]);

    await page.mouse.click(link.x, link.y);
    const panel = page.getByTestId("joint-work");
    await expect(panel).toBeVisible();
    await expect(
      panel.getByRole("list", { name: "Joint papers", exact: true }).getByRole("listitem"),
    ).toHaveCount(count);
    await page.mouse.move(5, 5);
    await expect(card).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
  });

  test("picking a coauthor in an author's panel shows their joint work", async ({ page }) => {
    await openApp(page);
    await selectNode(page, SONG);
    const details = page.getByTestId("details");
    await details
      .getByRole("list", { name: "Coauthors" })
      .getByRole("button", { name: /joint papers? with Chenlin Meng/ })
      .click();
    const panel = page.getByTestId("joint-work");
    await expect(
      panel.getByRole("heading", { name: "Jiaming Song and Chenlin Meng" }),
    ).toBeVisible();
    const papers = panel.getByRole("list", { name: "Joint papers", exact: true });
    await expect(
      papers.getByRole("button", { name: "Denoising Diffusion Implicit Models" }),
    ).toBeVisible();
    await expect(panel.getByRole("list", { name: "Categories of the joint papers" })).toContainText(
      "LG",
    );
    await expect(panel).toContainText(/Distinctive title words: .*score/);
    expect(await seriousViolations(page), "joint work panel").toEqual([]);
    // Back to the author, then a joint paper selects its node.
    await panel.getByRole("button", { name: "Back to Jiaming Song" }).click();
    await expect(details.getByRole("heading", { name: "Jiaming Song" })).toBeVisible();
    await details.getByRole("button", { name: /joint papers? with Chenlin Meng/ }).click();
    await papers.getByRole("button", { name: "Denoising Diffusion Implicit Models" }).click();
    await expect(
      page
        .getByTestId("details")
        .getByRole("heading", { name: "Denoising Diffusion Implicit Models" }),
    ).toBeVisible();
    expect(await page.evaluate(() => window.__atlas?.store.getState().link)).toBeNull();
    const meng = await page.evaluate(
      (k) => window.__atlas?.store.getState().graph?.hasNode(k),
      MENG,
    );
    expect(meng).toBe(true);
  });

  test("coauthor links can be coloured by their papers' main category", async ({ page }) => {
    await openApp(page);
    const colours = () =>
      page.evaluate(() => {
        const sigma = window.__atlas?.sigma;
        const graph = window.__atlas?.store.getState().graph;
        const out = new Set<string>();
        graph?.forEachEdge((e, a) => {
          if (a.kind === "coauthor") out.add(String(sigma?.getEdgeDisplayData(e)?.color));
        });
        return [...out];
      });
    expect(await colours()).toHaveLength(1);
    await page.getByRole("checkbox", { name: /Colour links by/ }).check();
    await expect.poll(async () => (await colours()).length).toBeGreaterThan(1);
    expect(await seriousViolations(page), "legend with the option").toEqual([]);
  });
});
