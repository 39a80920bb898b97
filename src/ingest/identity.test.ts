// Identity resolution over real name pairs: the spellings the default data's sources disagree
// on (its BibTeX notes name them), the cases, and hard negatives. Each case is a small
// set of records built from the real papers in data/; the table prints precision and recall.
import { describe, expect, it } from "vitest";
import { realData } from "../graph/realData.testing";
import {
  editDistance,
  type IdentityDecisions,
  parseNameParts,
  relateNames,
  resolveIdentities,
  sourceBit,
} from "./identity";
import type { AuthorIds, PaperRecord } from "./types";

const { input, profile } = realData();
const OWNER = profile.header.owner;

function realPaper(titleStart: string): PaperRecord {
  const paper = input.papers.find((p) => p.title.startsWith(titleStart));
  if (!paper) throw new Error(`no paper "${titleStart}" in data/`);
  return paper;
}

/** The same paper as another source lists it: one name written `to` instead of `from`. */
function asListedElsewhere(
  paper: PaperRecord,
  file: string,
  from: string,
  to: string,
  ids?: AuthorIds,
): PaperRecord {
  if (!paper.authors.some((a) => a.name === from)) throw new Error(`${from} not on ${paper.title}`);
  return {
    ...paper,
    file,
    authors: paper.authors.map((a) => (a.name === from ? { ...a, name: to, ids } : a)),
  };
}

/** A paper of a given year, authors and organisations (other fields from a real paper). */
function paperWith(
  title: string,
  year: number,
  names: (string | [string, AuthorIds])[],
  orgs: string[] = [],
  file = "other.txt",
): PaperRecord {
  const base = realPaper("Denoising Diffusion Implicit Models");
  return {
    ...base,
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title,
    year,
    date: `${year}-01-01`,
    orgs,
    file,
    authors: names.map((n, position) =>
      typeof n === "string"
        ? { name: n, position, source: "profile" as const }
        : { name: n[0], ids: n[1], position, source: "profile" as const },
    ),
  };
}

interface Case {
  label: string;
  papers: PaperRecord[];
  names: [string, string];
  /** True when the two names are one person. */
  same: boolean;
}

const lisa = realPaper("LISA");
const bigdl = realPaper("BigDL 2.0");
const nda = realPaper("Negative Data Augmentation");
const ddim = realPaper("Denoising Diffusion Implicit Models");
const bigBench = realPaper("Beyond the Imitation Game");
const engagement = realPaper("Engagement Process");

const CASES: Case[] = [
  {
    // The owner's website misspells LISA's second author (the BibTeX note says so).
    label: "typo: Sakanda / Skanda Vaidyanath",
    papers: [
      lisa,
      asListedElsewhere(lisa, "tsong.me.bib", "Skanda Vaidyanath", "Sakanda Vaidyanath"),
    ],
    names: ["Sakanda Vaidyanath", "Skanda Vaidyanath"],
    same: true,
  },
  {
    // BigDL's README writes "Dai, Jason (Jinquan)"; the profile export writes "Jason Dai".
    label: "alias: Dai, Jason (Jinquan) / Jason Dai",
    papers: [
      asListedElsewhere(bigdl, "bigdl-readme.bib", "Jason Jinquan Dai", "Dai, Jason (Jinquan)"),
      asListedElsewhere(bigdl, "profile.txt", "Jason Jinquan Dai", "Jason Dai"),
    ],
    names: ["Dai, Jason (Jinquan)", "Jason Dai"],
    same: true,
  },
  {
    label: "middle name: Jason Jinquan Dai / Jason Dai",
    papers: [bigdl, asListedElsewhere(bigdl, "profile.txt", "Jason Jinquan Dai", "Jason Dai")],
    names: ["Jason Jinquan Dai", "Jason Dai"],
    same: true,
  },
  {
    // NDA: the owner's website writes "Ukzent, Burak"; the official repo "Uzkent, Burak".
    label: "surname typo: Burak Ukzent / Burak Uzkent",
    papers: [nda, asListedElsewhere(nda, "tsong.me.bib", "Burak Uzkent", "Ukzent, Burak")],
    names: ["Ukzent, Burak", "Burak Uzkent"],
    same: true,
  },
  {
    // NDA again: "Kumar Ayush" in the repo, "Kumar*, Ayush" (= Ayush Kumar) on the website.
    label: "swapped order: Kumar Ayush / Ayush Kumar",
    papers: [nda, asListedElsewhere(nda, "tsong.me.bib", "Kumar Ayush", "Ayush Kumar")],
    names: ["Kumar Ayush", "Ayush Kumar"],
    same: true,
  },
  {
    label: "Last, First: Song, Jiaming / Jiaming Song",
    papers: [ddim, asListedElsewhere(ddim, "citing.bib", "Jiaming Song", "Song, Jiaming")],
    names: ["Song, Jiaming", "Jiaming Song"],
    same: true,
  },
  {
    label: "middle initial: Mykel J Kochenderfer / Mykel Kochenderfer",
    papers: [
      paperWith("Paper one", 2019, ["Mykel J Kochenderfer", "Stefano Ermon", "Kunal Menda"]),
      paperWith("Paper two", 2020, ["Mykel Kochenderfer", "Stefano Ermon", "Kunal Menda"]),
    ],
    names: ["Mykel J Kochenderfer", "Mykel Kochenderfer"],
    same: true,
  },
  {
    // A citing paper's reference list: "J. Song, C. Meng, S. Ermon".
    label: "initial: J. Song / Jiaming Song",
    papers: [
      ddim,
      paperWith(
        "DDIM as cited",
        2020,
        ["J. Song", "Chenlin Meng", "Stefano Ermon"],
        [],
        "citing.bib",
      ),
    ],
    names: ["J. Song", "Jiaming Song"],
    same: true,
  },
  {
    label: "hard negative: Yang Song / Yang Wang",
    papers: [realPaper("CSDI"), bigdl],
    names: ["Yang Song", "Yang Wang"],
    same: false,
  },
  {
    // BIG-bench's Li Zhang (2022) and a Li Zhang of 2008 with a DBLP pid and other coauthors.
    label: "hard negative: Li Zhang (2022) / Li Zhang (2008), disjoint coauthors",
    papers: [
      bigBench,
      paperWith("Sensor networks", 2008, [
        ["Li Zhang", { dblpPid: "07/4977" }],
        "Wei Wang",
        "Hui Li",
      ]),
    ],
    names: ["Li Zhang", "Li Zhang"],
    same: false,
  },
  {
    // The Engagement Process paper's Jie Chen, and a Jie Chen at another organisation.
    label: "hard negative: Jie Chen, different organisations",
    papers: [
      { ...engagement, orgs: ["bytedance"] },
      paperWith(
        "Protein folding",
        2025,
        [["Jie Chen", { orcid: "0000-0001-0000-0001" }], "Min Xu"],
        ["mit"],
      ),
    ],
    names: ["Jie Chen", "Jie Chen"],
    same: false,
  },
  {
    label: "hard negative: J. Song when Jiaming and Jie Song both fit",
    papers: [
      paperWith("One", 2020, ["Jiaming Song", "Chenlin Meng"]),
      paperWith("Two", 2021, ["Jie Song", "Chenlin Meng"]),
      paperWith("Three", 2021, ["J. Song", "Chenlin Meng"]),
    ],
    names: ["J. Song", "Jie Song"],
    same: false,
  },
];

/** The resolver's verdict on a case: merged, suggested, or apart. */
function verdict(c: Case, decisions?: IdentityDecisions): "merged" | "suggested" | "apart" {
  const r = resolveIdentities(c.papers, { owners: [OWNER], decisions });
  const [x, y] = c.names;
  if (r.merged.some((m) => m.names.includes(x) && m.names.includes(y))) return "merged";
  if (r.suggested.some((s) => s.names.includes(x) && s.names.includes(y))) return "suggested";
  return "apart";
}

describe("sourceBit", () => {
  it("gives each credit source its own single bit, the same one every time", () => {
    const sources = ["profile", "bib", "ris", "csl", "dblp", "openalex", "implied"];
    const bits = sources.map(sourceBit);
    for (const bit of bits) expect(bit & (bit - 1)).toBe(0);
    expect(bits.every((bit) => bit > 0)).toBe(true);
    expect(new Set(bits).size).toBe(sources.length);
    expect(sources.map(sourceBit)).toEqual(bits);
  });
});

describe("name forms", () => {
  it("takes names apart: initials, particles, aliases, Last, First", () => {
    expect(parseNameParts("J. P. Lewis")).toMatchObject({ given: ["j", "p"], surname: "lewis" });
    expect(parseNameParts("JP Lewis").given).toEqual(["j", "p"]);
    expect(parseNameParts("Maartje ter Hoeve")).toMatchObject({
      given: ["maartje"],
      surname: "terhoeve",
    });
    expect(parseNameParts("Dai, Jason (Jinquan)")).toEqual({
      given: ["jason"],
      aliases: ["jinquan"],
      surname: "dai",
      comma: true,
    });
    expect(parseNameParts("Fu-Yun Wang").given).toEqual(["fuyun"]);
  });

  it("counts an adjacent swap as one edit", () => {
    expect(editDistance("uzkent", "ukzent")).toBe(1);
    expect(editDistance("sakanda", "skanda")).toBe(1);
    expect(editDistance("song", "wang")).toBe(2);
  });

  it("relates the issue's pairs and rejects different people's names", () => {
    expect(relateNames("Sakanda Vaidyanath", "Skanda Vaidyanath")).toBe("typo");
    expect(relateNames("Mykel J Kochenderfer", "Mykel Kochenderfer")).toBe("middle");
    expect(relateNames("Jason (Jinquan) Dai", "Jason Dai")).toBe("alias");
    expect(relateNames("Jason (Jinquan) Dai", "Jinquan Dai")).toBe("alias");
    expect(relateNames("J. Song", "Jiaming Song")).toBe("initial");
    expect(relateNames("Song, Jiaming", "Jiaming Song")).toBe("commaOrder");
    expect(relateNames("Yang Song", "Yang Wang")).toBeNull();
    expect(relateNames("Yang Song", "Yangqiu Song")).toBeNull();
    expect(relateNames("Jie Chen", "Jiayu Chen")).toBeNull();
    expect(relateNames("Li Zhang", "Lei Zhang")).toBeNull();
  });
});

describe("resolveIdentities on real name pairs", () => {
  it("merges the same person and keeps namesakes apart (precision and recall printed)", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tpLoose = 0;
    let fpLoose = 0;
    const rows: string[] = [];
    for (const c of CASES) {
      const v = verdict(c);
      rows.push(`${c.same ? "same " : "apart"}  ${v.padEnd(9)}  ${c.label}`);
      if (v === "merged") c.same ? tp++ : fp++;
      else if (c.same) fn++;
      if (v !== "apart") c.same ? tpLoose++ : fpLoose++;
    }
    const positives = CASES.filter((c) => c.same).length;
    const precision = tp / Math.max(tp + fp, 1);
    const recall = tp / positives;
    const recallLoose = tpLoose / positives;
    console.log(
      `identity pairs:\n${rows.join("\n")}\n` +
        `merges: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}; ` +
        `merges + suggestions: precision ${(tpLoose / Math.max(tpLoose + fpLoose, 1)).toFixed(2)}, recall ${recallLoose.toFixed(2)}`,
    );
    expect(fp).toBe(0);
    expect(fpLoose).toBe(0);
    expect(recall).toBeGreaterThanOrEqual(7 / 8);
    expect(recallLoose).toBe(1);
    expect(fn + tp).toBe(positives);
  });

  it("records a merge with its names and reasons, and one node's worth of credits", () => {
    const c = CASES[0] as Case;
    const r = resolveIdentities(c.papers, { owners: [OWNER] });
    const merge = r.merged.find((m) => m.names.includes("Skanda Vaidyanath"));
    expect(merge).toMatchObject({ by: "score" });
    expect(merge?.names.sort()).toEqual(["Sakanda Vaidyanath", "Skanda Vaidyanath"]);
    expect(merge?.reason).toMatch(/spelling differs by 1 letter\b/);
    expect(merge?.reason).toMatch(/same paper/);
    const spellings = new Set(r.papers.flatMap((p) => p.authors.map((a) => a.name)));
    expect(spellings.has("Sakanda Vaidyanath") !== spellings.has("Skanda Vaidyanath")).toBe(true);
  });

  it("never merges two names on one author list", () => {
    const r = resolveIdentities(
      [paperWith("Both", 2020, ["J. Song", "Jiaming Song", "Chenlin Meng"]), ddim],
      { owners: [OWNER] },
    );
    expect(r.merged).toEqual([]);
    expect(r.suggested).toEqual([]);
  });

  it("lets source identities decide: one ORCID under two names merges, two DBLP pids split", () => {
    const orcid = "0000-0002-1825-0097";
    const same = resolveIdentities(
      [
        paperWith("A", 2015, [["Jinquan Dai", { orcid }], "Ding Ding"]),
        paperWith("B", 2024, [["J. Dai", { orcid }], "Shan Yu"]),
      ],
      { owners: [OWNER] },
    );
    expect(same.merged[0]?.reason).toBe(`same ORCID ${orcid}`);
    const apart = resolveIdentities(
      [
        paperWith("A", 2020, [["Wei Wang", { dblpPid: "35/7092" }], "Yi Wu"]),
        paperWith("B", 2020, [["Wei Wang", { dblpPid: "35/7092-2" }], "Yi Wu"]),
      ],
      { owners: [OWNER] },
    );
    expect(apart.merged).toEqual([]);
    expect(apart.papers.map((p) => p.authors[0]?.name)).toEqual(["Wei Wang", "Wei Wang"]);
    expect(apart.papers.map((p) => p.authors[0]?.identity)).toEqual([
      "weiwang#dblpPid:35/7092",
      "weiwang#dblpPid:35/7092-2",
    ]);
  });

  it("applies decisions: merge forces a pair, split keeps a merged pair apart", () => {
    const typo = CASES[0] as Case;
    expect(verdict(typo, { merge: [], split: [typo.names], exclude: [], keep: [] })).toBe("apart");
    const negative = CASES.find((c) => c.label.startsWith("hard negative: Yang")) as Case;
    const forced = resolveIdentities(negative.papers, {
      owners: [OWNER],
      decisions: { merge: [["Yang Song", "Yang Wang"]], split: [], exclude: [], keep: [] },
    });
    expect(forced.merged).toContainEqual(
      expect.objectContaining({ by: "decision", names: ["Yang Song", "Yang Wang"] }),
    );
    const unknown = resolveIdentities(negative.papers, {
      owners: [OWNER],
      decisions: { merge: [["Nobody Here", "Yang Song"]], split: [], exclude: [], keep: [] },
    });
    expect(unknown.unknownNames).toEqual(["Nobody Here"]);
  });

  it("merges the profile's Jason Dai into BibTeX's Jason Jinquan Dai in the default profile, and nothing else", () => {
    const r = resolveIdentities(input.papers, { owners: [OWNER] });
    expect(r.merged.map((m) => m.names)).toEqual([["Jason Jinquan Dai", "Jason Dai"]]);
    expect(r.suggested).toEqual([]);
    const bigdlAuthors = r.papers.find((p) => p.title.startsWith("BigDL"))?.authors ?? [];
    expect(bigdlAuthors.filter((a) => a.name.includes("Dai")).map((a) => a.name)).toEqual([
      "Jason Jinquan Dai",
    ]);
    // Split, the profile's spelling becomes an author of its own on the paper.
    const split = resolveIdentities(input.papers, {
      owners: [OWNER],
      decisions: { merge: [], split: [["Jason Dai", "Jason Jinquan Dai"]], exclude: [], keep: [] },
    });
    expect(split.merged).toEqual([]);
    const splitAuthors = split.papers.find((p) => p.title.startsWith("BigDL"))?.authors ?? [];
    expect(splitAuthors.filter((a) => a.name.includes("Dai")).map((a) => a.name)).toEqual([
      "Jason Jinquan Dai",
      "Jason Dai",
    ]);
  });
});
