// Tests for what two coauthors worked on: joint papers on the default data (checked against the
// BibTeX author lists), shared categories, TF-IDF title words, and links' dominant categories.
// Also: the app reads graphs of schemaVersion 1 and 2 and refuses others.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultAppGraph, defaultSerialized } from "../filters/defaultGraph.fixture";
import { parseBibtex } from "../ingest/bibtex";
import { titleKey } from "../ingest/names";
import { appCoauthorEdgeKey, prepareAtlasGraph } from "./appGraph";
import {
  categoryCounts,
  coauthorLinkCategories,
  distinctiveWords,
  jointPaperKeys,
  jointWork,
  titleCorpus,
  titleTerms,
} from "./jointWork";

const graph = defaultAppGraph();
const SONG = "author:jiaming-song";
const ERMON = "author:stefano-ermon";
const MENG = "author:chenlin-meng";

describe("titleTerms and distinctiveWords", () => {
  it("folds case and accents and drops stopwords, digits and single letters", () => {
    expect(titleTerms("Denoising Diffusion Implicit Models")).toEqual([
      "denoising",
      "diffusion",
      "implicit",
      "models",
    ]);
    expect(titleTerms("A Café for the 3D Généralisation of x-Rays in 2020")).toEqual([
      "cafe",
      "3d",
      "generalisation",
      "rays",
    ]);
  });

  const corpus = titleCorpus([
    "Diffusion models for images",
    "Diffusion models for audio",
    "Score matching for diffusion models",
    "Graph neural networks",
    "Graph transformers for molecules",
    "Sliced score matching",
  ]);

  it("ranks words by TF-IDF against the corpus; a word in every title scores 0", () => {
    const words = distinctiveWords(
      ["Score matching for diffusion models", "Sliced score matching"],
      corpus,
    );
    // "score" and "matching" are in 2 of 6 titles, "diffusion" and "models" in 3; "sliced" is
    // in one title only, so once (tf 1) it still beats "diffusion".
    expect(words.map((w) => w.word)).toEqual([
      "matching",
      "score",
      "sliced",
      "diffusion",
      "models",
    ]);
    expect(words[0]?.score).toBeCloseTo(2 * Math.log(6 / 2));
    const everywhere = titleCorpus(["Deep nets", "Deep trees"]);
    expect(distinctiveWords(["Deep nets", "Deep trees"], everywhere, 6, 1)).toEqual([
      { word: "nets", score: Math.log(2) },
      { word: "trees", score: Math.log(2) },
    ]);
  });

  it("needs a word in two titles once there are three or more", () => {
    const words = distinctiveWords(
      ["Graph neural networks", "Graph transformers for molecules", "Diffusion models for audio"],
      corpus,
    );
    expect(words.map((w) => w.word)).toEqual(["graph"]);
  });

  it("counts categories, most papers first", () => {
    expect(
      categoryCounts([
        { category: "LG" },
        { category: "CV" },
        { category: "CV" },
        { category: "AI" },
      ]),
    ).toEqual([
      { code: "CV", count: 2 },
      { code: "AI", count: 1 },
      { code: "LG", count: 1 },
    ]);
  });
});

describe("jointWork on the default data", () => {
  const bib = parseBibtex(readFileSync("data/bib/jiaming-song.bib", "utf8"), { file: "x.bib" });
  const titlesWith = (...names: string[]) =>
    new Set(
      bib.records
        .filter((r) => names.every((n) => r.authors.includes(n)))
        .map((r) => titleKey(r.title)),
    );

  it("finds the papers both authors wrote, as the BibTeX author lists say", () => {
    const keys = jointPaperKeys(graph, ERMON, MENG);
    const titles = new Set(
      keys.map((k) => titleKey((graph.getNodeAttributes(k) as { title: string }).title)),
    );
    expect(titles).toEqual(titlesWith("Stefano Ermon", "Chenlin Meng"));
    expect(keys.length).toBeGreaterThan(3);
    expect(jointPaperKeys(graph, ERMON, ERMON)).toEqual([]);
    expect(jointPaperKeys(graph, ERMON, "author:nobody")).toEqual([]);
  });

  it("lists joint papers newest first with year and venue; DDIM is one of Song and Meng's", () => {
    const work = jointWork(graph, SONG, MENG);
    expect(work.papers.map((p) => p.year)).toEqual(
      [...work.papers.map((p) => p.year)].sort((a, b) => b - a),
    );
    const ddim = work.papers.find((p) => p.title === "Denoising Diffusion Implicit Models");
    expect(ddim).toMatchObject({ year: 2020, venue: "ICLR", venueYear: 2021, category: "LG" });
    const total = work.topics.categories.reduce((n, c) => n + c.count, 0);
    expect(total).toBe(work.papers.length);
  });

  it("names distinctive shared words: score matching for Song and Meng, not the common diffusion", () => {
    const work = jointWork(graph, SONG, MENG);
    const words = work.topics.words.map((w) => w.word);
    // Three of their joint titles say "score matching"; "diffusion" is in 20 of the 50 titles.
    expect(words.slice(0, 3)).toEqual(["score", "image", "matching"]);
    const diffusion = words.indexOf("diffusion");
    expect(diffusion === -1 || diffusion > words.indexOf("matching")).toBe(true);
    for (const w of words) expect(titleTerms(w)).toEqual([w]);
    const scores = work.topics.words.map((w) => w.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("gives each coauthor link the category most of its joint papers have", () => {
    const categories = coauthorLinkCategories(graph);
    let links = 0;
    graph.forEachEdge((edge, attrs) => {
      if (attrs.kind !== "coauthor") return;
      links++;
      const counts = new Map<string, number>();
      for (const p of attrs.papers) {
        const c = (graph.getNodeAttributes(p) as { category: string }).category;
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      const chosen = categories.get(edge) ?? "";
      expect(counts.get(chosen), edge).toBe(Math.max(...counts.values()));
    });
    expect(categories.size).toBe(links);
    expect(categories.get(appCoauthorEdgeKey(SONG, MENG))).toBe("LG");
    // Cached per graph: the same map twice.
    expect(coauthorLinkCategories(graph)).toBe(categories);
  });
});

describe("schema versions", () => {
  it("reads version 1 (no links) and 2, refuses an unknown version", () => {
    const v2 = defaultSerialized();
    expect(v2.attributes?.schemaVersion).toBe(2);
    const v1 = defaultSerialized();
    v1.attributes = { ...(v1.attributes as NonNullable<typeof v1.attributes>), schemaVersion: 1 };
    for (const n of v1.nodes) delete (n.attributes as { links?: unknown } | undefined)?.links;
    expect(prepareAtlasGraph(v1).order).toBe(prepareAtlasGraph(v2).order);
    const v3 = defaultSerialized();
    (v3.attributes as { schemaVersion: number }).schemaVersion = 3;
    expect(() => prepareAtlasGraph(v3)).toThrow(/schemaVersion 3 is not one this app reads/);
  });
});
