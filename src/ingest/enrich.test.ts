// Tests for enrichment: the real profile + BibTeX, and the matching rules on small inputs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "./bibtex";
import { enrichPapers, indexBibRecords, titleSimilarity } from "./enrich";
import { nameIdentity, slugify, titleKey } from "./names";
import { parseProfile } from "./profile";
import type { BibRecord, ParsedBib, ParsedProfile, ProfilePaper } from "./types";

const PROFILE_FILE = "data/profiles/jiaming-song.txt";
const BIB_FILE = "data/bib/jiaming-song.bib";

describe("enrichPapers on the real data", () => {
  const profile = parseProfile(readFileSync(PROFILE_FILE, "utf8"), {
    file: PROFILE_FILE,
    asOf: "2026-11-28",
  });
  const bib = parseBibtex(readFileSync(BIB_FILE, "utf8"), { file: BIB_FILE });
  const { papers, report } = enrichPapers(profile, [bib]);
  const byTitle = (start: string) => papers.find((p) => p.title.startsWith(start));

  it("matches all 50 papers to a record, one-to-one", () => {
    expect(papers).toHaveLength(50);
    expect(report.matched).toBe(50);
    expect(report.unmatchedPapers).toEqual([]);
    expect(report.unmatchedRecords).toEqual([]);
    expect(new Set(papers.map((p) => p.bibKey)).size).toBe(50);
    expect(papers.every((p) => p.sources.authors === "bib")).toBe(true);
  });

  it("gives every paper a venue", () => {
    for (const p of papers) {
      expect(p.venue).not.toBe("");
      expect(p.venueFull).not.toBe("");
      expect(p.venueYear).not.toBeNull();
    }
    expect(byTitle("Denoising Diffusion Implicit Models")).toMatchObject({
      venue: "ICLR",
      venueYear: 2021,
      sources: { venue: "bib" },
    });
  });

  it("gives BIG-bench its 444 authors, no longer cut", () => {
    const big = byTitle("Beyond the Imitation Game");
    expect(big?.authors).toHaveLength(444);
    expect(big?.authorsTruncated).toBe(false);
    expect(big?.authors.map((a) => a.position)).toEqual([...Array(444).keys()]);
    expect(big?.venue).toBe("TMLR");
  });

  it("gives Edify Image 30 authors, the owner among them", () => {
    const edify = byTitle("Edify Image");
    expect(edify?.authors).toHaveLength(30);
    expect(edify?.authors.filter((a) => a.name === "Jiaming Song")).toEqual([
      { name: "Jiaming Song", position: 24, source: "bib" },
    ]);
  });

  it("puts the owner in every paper's author list", () => {
    const owner = nameIdentity(profile.header.owner);
    for (const p of papers) {
      expect(p.authors.some((a) => nameIdentity(a.name) === owner)).toBe(true);
    }
  });

  it("matches eDiff-I although the titles differ in 'an'", () => {
    const ediff = byTitle("eDiff-I");
    expect(ediff?.bibKey).toBe("balaji2022ediffi");
    expect(ediff?.authors).toHaveLength(12);
    expect(ediff?.venue).toBe("arXiv");
  });

  it("keeps profile authors the record lacks and warns about them", () => {
    const robust = byTitle("Robust and On-the-fly Dataset Denoising");
    expect(robust?.authors.at(-1)).toEqual({ name: "Lunjia Hu", position: 4, source: "profile" });
    // Reported at the BibTeX record's line (the record lacks the name), the profile's in the reason.
    const record = bib.records.find((r) => r.key === robust?.bibKey);
    expect(report.warnings).toEqual([
      {
        file: record?.file,
        line: record?.line,
        reason: `BibTeX record "${record?.key}" lacks author "Lunjia Hu", whom the profile lists (${profile.file}:${robust?.line}); kept`,
      },
    ]);
    // "Jason Dai" in the profile is "Jason Jinquan Dai" in BibTeX: the same person, kept once.
    const bigdl = byTitle("BigDL 2.0");
    expect(bigdl?.authors.filter((a) => a.name.startsWith("Jason"))).toHaveLength(1);
  });

  it("carries the profile's facts and slugs over", () => {
    const engagement = byTitle("Engagement Process");
    expect(engagement).toMatchObject({ date: "2026-05-12", year: 2026, yearInferred: true });
    expect(new Set(papers.map((p) => p.slug)).size).toBe(50);
    expect(papers[0]?.slug).toBe(slugify(papers[0]?.title ?? ""));
    expect(papers.map((p) => p.line)).toEqual(profile.papers.map((p) => p.line));
  });
});

// Small hand-made inputs for the rules.
function paper(title: string, authors: string[], truncated = true, line = 12): ProfilePaper {
  return {
    line,
    title,
    category: "LG",
    date: "2022-01-01",
    year: 2022,
    yearInferred: false,
    hasCode: false,
    authors,
    authorsTruncated: truncated,
    orgs: [],
    abstract: null,
  };
}

function record(
  key: string,
  title: string,
  authors: string[],
  venueFull: string | null,
): BibRecord {
  return {
    file: "r.bib",
    line: 1,
    key,
    type: "inproceedings",
    title,
    authors,
    authorsTruncated: false,
    venueFull,
    year: 2023,
    eprint: null,
    note: null,
  };
}

function profileOf(papers: ProfilePaper[]): ParsedProfile {
  return {
    file: "p.txt",
    header: {
      owner: "Jiaming Song",
      primaryCategory: "LG",
      hIndex: null,
      papers: null,
      citations: null,
      novelty: null,
      aiScore: null,
    },
    asOf: "2026-11-28",
    papers,
    report: { entriesSeen: papers.length, rejected: [], duplicates: [], warnings: [] },
  };
}

const bibOf = (records: BibRecord[]): ParsedBib => ({
  file: "r.bib",
  records,
  errors: [],
  warnings: [],
});

describe("enrichPapers rules", () => {
  it("leaves an unmatched paper with the profile's authors, arXiv, and the owner implied", () => {
    const { papers, report } = enrichPapers(
      profileOf([paper("Beyond the Imitation Game", ["Aarohi Srivastava", "Abhinav Rastogi"])]),
      [],
    );
    expect(papers[0]).toMatchObject({
      venue: "arXiv",
      venueFull: "arXiv preprint",
      venueYear: 2022,
      authorsTruncated: true,
      bibKey: null,
      sources: { authors: "profile", venue: "default" },
    });
    expect(papers[0]?.authors).toEqual([
      { name: "Aarohi Srivastava", position: 0, source: "profile" },
      { name: "Abhinav Rastogi", position: 1, source: "profile" },
      { name: "Jiaming Song", position: null, source: "implied" },
    ]);
    expect(report.unmatchedPapers).toEqual([
      { file: "p.txt", line: 12, title: "Beyond the Imitation Game" },
    ]);
  });

  it("does not imply the owner when a differently written name is the owner", () => {
    const { papers } = enrichPapers(profileOf([paper("T", ["jiaming song", "X Y"], false)]), []);
    expect(papers[0]?.authors.map((a) => a.source)).toEqual(["profile", "profile"]);
  });

  it("tolerates case, punctuation, an article or a dropped word, but not a changed word", () => {
    const profile = profileOf([
      paper("Denoising Diffusion Implicit Models", ["A B"]),
      paper("eDiff-I: Text-to-Image Diffusion Models with an Ensemble of Expert Denoisers", [
        "C D",
      ]),
      paper(
        "Variational Automatic Curriculum Learning for Sparse-Reward Cooperative Multi-Agent Problems",
        ["E F"],
      ),
    ]);
    const bib = bibOf([
      record("r1", "Denoising Diffusion Restoration Models", ["A B"], "NeurIPS"),
      record(
        "r2",
        "EDIFF-I: text-to-image diffusion models with ensemble of expert denoisers",
        ["C D"],
        null,
      ),
      record(
        "r3",
        "Variational Automatic Curriculum Learning for Sparse-Reward Cooperative Multi-Agent",
        ["E F"],
        "Advances in Neural Information Processing Systems (NeurIPS)",
      ),
    ]);
    const { papers, report } = enrichPapers(profile, [bib]);
    expect(papers.map((p) => p.bibKey)).toEqual([null, "r2", "r3"]);
    expect(report.matched).toBe(2);
    expect(report.unmatchedRecords.map((r) => r.key)).toEqual(["r1"]);
    expect(papers[2]?.venue).toBe("NeurIPS");
  });

  it("never gives one record to two papers: the closer title wins", () => {
    const profile = profileOf([
      paper("Score Matching for Discrete Data with Neural Networks", ["A B"]),
      paper("Score Matching for Discrete Data with Neural Networks Revisited", ["A B"]),
    ]);
    const bib = bibOf([
      record(
        "only",
        "Score Matching for Discrete Data with Neural Networks Revisited",
        ["A B"],
        null,
      ),
    ]);
    const { papers } = enrichPapers(profile, [bib]);
    expect(papers.map((p) => p.bibKey)).toEqual([null, "only"]);
  });

  it("takes the record's `and others` as still cut, and its author order", () => {
    const rec = {
      ...record("k", "Some Title Here", ["Z Last", "Jiaming Song"], null),
      authorsTruncated: true,
    };
    const { papers } = enrichPapers(profileOf([paper("Some title here", ["Jiaming Song"])]), [
      bibOf([rec]),
    ]);
    expect(papers[0]?.authorsTruncated).toBe(true);
    expect(papers[0]?.authors.map((a) => [a.name, a.position, a.source])).toEqual([
      ["Z Last", 0, "bib"],
      ["Jiaming Song", 1, "bib"],
    ]);
  });

  it("keeps slugs unique when two titles slug the same", () => {
    const { papers } = enrichPapers(
      profileOf([paper("Stein's Method", ["A B"]), paper("Stein s Method", ["A B"])]),
      [],
    );
    expect(papers.map((p) => p.slug)).toEqual(["stein-s-method", "stein-s-method-2"]);
  });
});

describe("enrichPapers with one index for many profiles", () => {
  const profile = parseProfile(readFileSync(PROFILE_FILE, "utf8"), {
    file: PROFILE_FILE,
    asOf: "2026-11-28",
  });
  const bib = parseBibtex(readFileSync(BIB_FILE, "utf8"), { file: BIB_FILE });

  it("gives the same result from an index, a reused array and a fresh array", () => {
    const bibs = [bib];
    const fresh = enrichPapers(profile, [bib]);
    expect(enrichPapers(profile, indexBibRecords(bibs))).toEqual(fresh);
    expect(enrichPapers(profile, bibs)).toEqual(fresh);
    expect(enrichPapers(profile, bibs)).toEqual(fresh);
  });

  it("matches each profile one-to-one on its own, and fuzzily only to untaken records", () => {
    const index = indexBibRecords([
      bibOf([
        record("exact", "Denoising Diffusion Implicit Models", ["A B"], null),
        record(
          "fuzzy",
          "Score Matching for Discrete Data with Deep Neural Networks",
          ["A B"],
          null,
        ),
      ]),
    ]);
    const first = profileOf([
      paper("Denoising Diffusion Implicit Models", ["A B"]),
      paper("Score Matching for Discrete Data with Neural Networks", ["A B"]),
    ]);
    // The second profile lists the same papers in the other order: the index holds no state.
    const second = profileOf([...first.papers].reverse());
    expect(enrichPapers(first, index).papers.map((p) => p.bibKey)).toEqual(["exact", "fuzzy"]);
    expect(enrichPapers(second, index).papers.map((p) => p.bibKey)).toEqual(["fuzzy", "exact"]);
    // Both records taken by the exact title and one fuzzy one: the near-duplicate is left out.
    const both = enrichPapers(
      profileOf([
        paper("Score Matching for Discrete Data with Deep Neural Networks", ["A B"]),
        paper("Score Matching for Discrete Data with Neural Networks", ["A B"]),
      ]),
      index,
    );
    expect(both.papers.map((p) => p.bibKey)).toEqual(["fuzzy", null]);
    expect(both.report.unmatchedRecords.map((r) => r.key)).toEqual(["exact"]);
  });

  it("indexes again when the array it was given gains a file", () => {
    const bibs: ParsedBib[] = [];
    const p = profileOf([paper("Denoising Diffusion Implicit Models", ["A B"])]);
    expect(enrichPapers(p, bibs).report.matched).toBe(0);
    bibs.push(bibOf([record("r", "Denoising Diffusion Implicit Models", ["A B"], null)]));
    expect(enrichPapers(p, bibs).report.matched).toBe(1);
  });
});

describe("titleSimilarity", () => {
  const words = (t: string) => new Set(titleKey(t).split(" "));
  it("is high for a dropped word and zero for a swapped one", () => {
    expect(
      titleSimilarity(words("a b c d e f g h i j"), words("a b c d e f g h i")),
    ).toBeGreaterThan(0.9);
    expect(
      titleSimilarity(
        words("denoising diffusion implicit models"),
        words("denoising diffusion restoration models"),
      ),
    ).toBe(0);
    expect(titleSimilarity(new Set(), words("x"))).toBe(0);
    expect(titleSimilarity(words("Negative Data Augmentation"), words("Negative Data"))).toBe(0);
    expect(
      titleSimilarity(
        words("Score Matching for Discrete Data"),
        words("Score Matching Discrete Data"),
      ),
    ).toBeGreaterThan(0.8);
  });
});
