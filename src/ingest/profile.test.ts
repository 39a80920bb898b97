// Tests for the profile parser: the real export, tolerance cases and whole-file failures.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectInputError } from "./expectInputError.testing";
import { parseProfile } from "./profile";

const REAL_FILE = "data/profiles/jiaming-song.txt";
const real = readFileSync(REAL_FILE, "utf8");

// Real entries from the export, shortened abstracts.
const HEADER = [
  "Jiaming Song",
  "",
  "LG",
  "h-index93",
  "77papers",
  "26,160citations",
  "Novelty59%",
  "AI Score57",
  "",
  "77 Papers",
  "",
];
const DDIM = [
  "LGOct 6, 2020",
  "Denoising Diffusion Implicit Models",
  "",
  "Jiaming Song, Chenlin Meng, Stefano Ermon",
  "",
  "Denoising diffusion probabilistic models (DDPMs) have achieved high quality image generation without adversarial training.",
  "",
];
const SMRD = [
  "IVOct 3, 2023Code",
  "SMRD: SURE-based Robust MRI Reconstruction with Diffusion Models",
  "",
  "Batu Ozturkler, Chao Liu, Benjamin Eckart et al. · stanford",
  "",
  "Diffusion models have recently gained popularity for accelerated MRI reconstruction.",
  "",
];
const ENGAGEMENT = [
  "AIMay 12",
  "Engagement Process: Rethinking the Temporal Interface of Action and Observation",
  "",
  "Jialian Li, Yuchen Cao, Junhong Liu et al.",
  "",
  "Task completion in digital and physical environments increasingly involves complex temporal interaction.",
  "",
];

const profile = (...blocks: string[][]) => [...HEADER, ...blocks.flat()].join("\n");
const parse = (text: string, asOf = "2026-11-28") => parseProfile(text, { file: "p.txt", asOf });

function accounting(p: ReturnType<typeof parse>) {
  const r = p.report;
  expect(r.entriesSeen).toBe(p.papers.length + r.duplicates.length + r.rejected.length);
}

describe("parseProfile on the real export", () => {
  const p = parseProfile(real, { file: REAL_FILE, asOf: "2026-11-28" });

  it("reads the header", () => {
    expect(p.header).toEqual({
      owner: "Jiaming Song",
      primaryCategory: "LG",
      hIndex: 93,
      papers: 77,
      citations: 26160,
      novelty: 59,
      aiScore: 57,
    });
    expect(p.asOf).toBe("2026-11-28");
  });

  it("reads all 50 entries and rejects none", () => {
    expect(p.papers).toHaveLength(50);
    expect(p.report.rejected).toEqual([]);
    expect(p.report.duplicates).toEqual([]);
    accounting(p);
  });

  it("reads the first entry fully", () => {
    const big = p.papers[0];
    expect(big?.line).toBe(12);
    expect(big?.category).toBe("CL");
    expect(big?.date).toBe("2022-06-09");
    expect(big?.title).toMatch(/^Beyond the Imitation Game/);
    expect(big?.authors).toEqual(["Aarohi Srivastava", "Abhinav Rastogi", "Abhishek Rao"]);
    expect(big?.authorsTruncated).toBe(true);
    expect(big?.orgs).toEqual(["allen-ai", "amazon-science"]);
    expect(big?.abstract).toMatch(/^Language models demonstrate/);
    expect(big?.hasCode).toBe(false);
  });

  it("infers the year of 'AIMay 12' from as-of and says so", () => {
    const e = p.papers.find((x) => x.title.startsWith("Engagement Process"));
    expect(e?.date).toBe("2026-05-12");
    expect(e?.year).toBe(2026);
    expect(e?.yearInferred).toBe(true);
    expect(p.papers.filter((x) => x.yearInferred)).toHaveLength(1);
    expect(p.report.warnings).toEqual([
      expect.objectContaining({ line: e?.line, reason: expect.stringMatching(/no year/) }),
    ]);
  });

  it("counts cut author lists, code flags and org tags as in the export", () => {
    expect(p.papers.filter((x) => x.authorsTruncated)).toHaveLength(45);
    expect(p.papers.filter((x) => x.hasCode)).toHaveLength(5);
    expect(p.papers.filter((x) => x.orgs.length > 0)).toHaveLength(6);
    expect(p.papers.every((x) => x.authors.length >= 1 && x.authors.length <= 3)).toBe(true);
  });
});

describe("parseProfile tolerance", () => {
  const reference = parse(profile(DDIM, SMRD));

  it("reads CRLF, lone CR and a BOM the same as LF", () => {
    const lf = profile(DDIM, SMRD);
    expect(parse(`\uFEFF${lf.replace(/\n/g, "\r\n")}`).papers).toEqual(reference.papers);
    expect(parse(lf.replace(/\n/g, "\r")).papers).toEqual(reference.papers);
    expect(parse(`\uFEFF${lf}`).header).toEqual(reference.header);
  });

  it("ignores extra blank lines and trailing spaces", () => {
    const messy = profile(DDIM, SMRD)
      .split("\n")
      .map((l) => (l === "" ? "\n\n" : `${l}   \t`))
      .join("\n");
    const lineless = (p: ReturnType<typeof parse>) => p.papers.map(({ line: _, ...rest }) => rest);
    const parsed = parse(`\n\n${messy}\n\n\n`);
    expect(lineless(parsed)).toEqual(lineless(reference));
    expect(parsed.header).toEqual(reference.header);
    // Lines still point at the entry heads in the messier file.
    const messyLines = `\n\n${messy}`.split("\n");
    expect(parsed.papers.map((x) => messyLines[x.line - 1]?.trim())).toEqual([DDIM[0], SMRD[0]]);
  });

  it("keeps unknown category codes verbatim, 2 to 4 capitals", () => {
    const ro = ["ROJan 2, 2024", ...DDIM.slice(1)];
    const qbio = ["QBIOMar 3, 2021Code", ...SMRD.slice(1)];
    const p = parse(profile(ro, qbio));
    expect(p.papers.map((x) => [x.category, x.date, x.hasCode])).toEqual([
      ["RO", "2024-01-02", false],
      ["QBIO", "2021-03-03", true],
    ]);
    expect(p.report.warnings.map((w) => w.reason)).toEqual([expect.stringContaining('"QBIO"')]);
  });

  it("accepts an entry without an abstract", () => {
    const p = parse(profile(DDIM.slice(0, 5), SMRD));
    expect(p.papers[0]?.abstract).toBeNull();
    expect(p.papers[0]?.authors).toEqual(["Jiaming Song", "Chenlin Meng", "Stefano Ermon"]);
    expect(p.papers[1]?.abstract).toMatch(/^Diffusion models/);
  });

  it("gives null, never 0, for header stats that are missing, and reads reordered ones", () => {
    const p = parse(["Jiaming Song", "", "Novelty59%", "26,160citations", "", ...DDIM].join("\n"));
    expect(p.header).toEqual({
      owner: "Jiaming Song",
      primaryCategory: null,
      hIndex: null,
      papers: null,
      citations: 26160,
      novelty: 59,
      aiScore: null,
    });
  });

  it("infers a missing year as as-of's year, or the previous one for a later date", () => {
    expect(parse(profile(ENGAGEMENT), "2026-11-28").papers[0]?.date).toBe("2026-05-12");
    expect(parse(profile(ENGAGEMENT), "2026-05-12").papers[0]?.date).toBe("2026-05-12");
    const before = parse(profile(ENGAGEMENT), "2026-05-11");
    expect(before.papers[0]?.date).toBe("2025-05-12");
    expect(before.papers[0]?.yearInferred).toBe(true);
    expect(before.report.warnings[0]?.reason).toMatch(/taken as 2025 from as-of 2026-05-11/);
  });

  it("merges duplicate titles, keeping the first and filling in what it lacks", () => {
    const again = [
      "CVOct 3, 2023Code",
      "SMRD: SURE-based robust MRI reconstruction with diffusion models",
      "",
      "Batu Ozturkler et al. · nvidia",
      "",
      "Another abstract.",
    ];
    const first = SMRD.slice(0, 5)
      .map((l) => l.replace(" · stanford", ""))
      .map((l) => l.replace("Code", ""));
    const p = parse(profile(first, DDIM, again));
    expect(p.papers).toHaveLength(2);
    const kept = p.papers[0];
    expect(kept?.category).toBe("IV");
    expect(kept?.abstract).toBe("Another abstract.");
    expect(kept?.orgs).toEqual(["nvidia"]);
    expect(kept?.hasCode).toBe(true);
    expect(p.report.duplicates).toEqual([
      expect.objectContaining({ file: "p.txt", line: 24, keptLine: 12 }),
    ]);
    accounting(p);
  });

  it("parses 100,000-character lines quickly, whatever they hold", () => {
    const long = "x".repeat(100_000);
    // Runs of spaces and commas are what trips backtracking patterns.
    const spaces = `a${" ".repeat(100_000)}b`;
    const commas = `${", ".repeat(50_000)}et al.`;
    const spacedAuthors = `Jiaming Song${" ".repeat(15_000)}, Stefano Ermon${" ".repeat(4_000)}et al.`;
    const t0 = performance.now();
    const p = parse(
      profile(
        [...DDIM.slice(0, 5), long, ""],
        ["LGJan 1, 2020", long, "", `${"A, ".repeat(30_000)}B`, ""],
        ["LGJan 2, 2020", spaces, "", commas, "", spaces, ""],
        ["LGJan 3, 2020", "A title", "", spacedAuthors, "", commas, ""],
        [`LGJan 4, 2020${" ".repeat(100_000)}x`, "Title", "", "A B", ""],
      ),
    );
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(p.papers[0]?.abstract).toHaveLength(100_000);
    expect(p.papers.find((x) => x.title === "A title")).toMatchObject({
      authors: ["Jiaming Song", "Stefano Ermon"],
      authorsTruncated: true,
    });
    // The last head line is too long to be a head: its block is reported, never absorbed.
    expect(p.report.entriesSeen).toBe(5);
    expect(p.report.rejected.at(-1)?.reason).toMatch(
      /^a block the parser cannot place, starting "LGJan 4, 2020 {47}"/,
    );
    accounting(p);
  });
});

describe("parseProfile places lines by their place (issue 16)", () => {
  it("accepts names ending in . ! ? and an authors line over 20,000 characters", () => {
    const names = Array.from({ length: 2_500 }, (_, i) => `Given${i} Family${i}`).join(", ");
    expect(names.length).toBeGreaterThan(20_000);
    const p = parse(
      profile(
        [
          "LGJan 1, 2020",
          "A paper by a reverend",
          "",
          "Martin Luther King Jr., A. B.",
          "",
          "Abstract.",
        ],
        ["LGJan 2, 2020", "Exclaimed", "", "Yahoo!, Who?", ""],
        ["LGJan 3, 2020", "A big collaboration", "", names, ""],
      ),
    );
    expect(p.report.rejected).toEqual([]);
    expect(p.papers.map((x) => x.authors.length)).toEqual([2, 2, 2_500]);
    expect(p.papers[0]?.authors).toEqual(["Martin Luther King Jr.", "A. B."]);
    expect(p.papers[1]?.authors).toEqual(["Yahoo!", "Who?"]);
    accounting(p);
  });

  it("cuts an authors line over the budget of names, with a warning at its line", () => {
    const names = Array.from({ length: 3_200 }, (_, i) => `Given${i} Family${i}`).join(", ");
    const p = parse(profile(["LGJan 3, 2020", "A huge collaboration", "", names, ""]));
    expect(p.papers[0]?.authors).toHaveLength(3_000);
    expect(p.papers[0]?.authorsTruncated).toBe(true);
    expect(p.report.warnings).toEqual([
      {
        file: "p.txt",
        line: 15,
        reason:
          "3,200 authors, over the budget of 3,000 per entry; the first 3,000 kept, the list marked as cut",
      },
    ]);
  });

  it("reports a block it cannot place instead of absorbing it into the abstract", () => {
    const p = parse(
      profile(
        [...DDIM],
        ["<b>Feb 2, 2020", "A title after a broken head", "", "A B, C D", "", "Its abstract.", ""],
        [...SMRD],
      ),
    );
    expect(p.report.entriesSeen).toBe(3);
    expect(p.papers.map((x) => x.title)).toEqual([DDIM[1], SMRD[1]]);
    expect(p.papers[0]?.abstract).toBe(DDIM[5]);
    expect(p.report.rejected).toEqual([
      {
        file: "p.txt",
        line: 12 + DDIM.length,
        reason:
          'a block the parser cannot place, starting "<b>Feb 2, 2020": an entry starts with a category and date line such as `LGJun 9, 2022`; rejected',
      },
    ]);
    accounting(p);
  });
});

describe("parseProfile rejects bad entries and goes on", () => {
  it("rejects an unparseable date with its line and resynchronises", () => {
    const bad = ["LGFoo 99, 2022", ...DDIM.slice(1)];
    const p = parse(profile(bad, SMRD));
    expect(p.papers.map((x) => x.title)).toEqual([SMRD[1]]);
    expect(p.report.rejected).toEqual([
      { file: "p.txt", line: 12, reason: expect.stringMatching(/unparseable date "Foo 99, 2022"/) },
    ]);
    accounting(p);
  });

  it("rejects an invalid date, a missing title and a missing authors line", () => {
    const feb30 = ["LGFeb 30, 2022", ...DDIM.slice(1)];
    const noTitle = ["CVMar 16, 2022", ""];
    const noAuthors = [
      "LGMar 5, 2023",
      "A General Recipe for Likelihood-free Bayesian Optimization",
      "",
      "The expected improvement (EI) is a popular technique to handle the tradeoff between exploration and exploitation under uncertainty.",
      "",
    ];
    const p = parse(profile(feb30, noTitle, SMRD, noAuthors));
    expect(p.papers.map((x) => x.title)).toEqual([SMRD[1]]);
    expect(p.report.rejected.map((r) => [r.line, r.reason.split(" ")[0]])).toEqual([
      [12, "invalid"],
      [19, "no"],
      [28, "missing"],
    ]);
    expect(p.report.entriesSeen).toBe(4);
    accounting(p);
  });

  it("accepts Feb 29 only in a leap year", () => {
    const leap = parse(profile(["LGFeb 29, 2024", ...DDIM.slice(1)]));
    expect(leap.papers[0]?.date).toBe("2024-02-29");
    const notLeap = parse(profile(["LGFeb 29, 2023", ...DDIM.slice(1)]));
    expect(notLeap.report.rejected).toHaveLength(1);
  });
});

describe("parseProfile whole-file failures", () => {
  it("throws on an empty or whitespace-only file", () => {
    expectInputError(() => parse(""), "p.txt: the file is empty");
    expectInputError(() => parse(" \n\r\n\t\n"), "p.txt: the file is empty");
    expectInputError(() => parse("\uFEFF\n"), "p.txt: the file is empty");
  });

  it("throws on binary content", () => {
    expectInputError(() => parse(`%PDF-1.4\n\u0000\u0001\u0002stream`), /p\.txt: binary content/);
    const garbled = Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? "\uFFFD" : "a")).join("");
    expectInputError(() => parse(garbled), /binary content/);
  });

  it("throws on BibTeX given as a profile, with or without front matter", () => {
    const bib = readFileSync("data/bib/jiaming-song.bib", "utf8");
    const e = expectInputError(() => parse(bib), "looks like BibTeX; open it as BibTeX");
    expect(e.line).toBe(5);
    expectInputError(
      () => parse("---\nlayout: none\n---\n\n@article{a, title={T}}\n"),
      "p.txt:5: looks like BibTeX; open it as BibTeX",
    );
  });

  it("throws on BibTeX that opens with free text", () => {
    expectInputError(
      () => parse("My publications\n\n@article{a, title={T}}\n"),
      "p.txt:3: looks like BibTeX; open it as BibTeX",
    );
  });

  it("throws when no entry is recognisable", () => {
    expectInputError(
      () => parse("Jiaming Song\n\nSome notes about papers.\n"),
      /p\.txt: no recognisable entry/,
    );
  });

  it("throws when the owner's name is missing", () => {
    expectInputError(() => parse(DDIM.join("\n")), /p\.txt:1: no profile owner/);
  });

  it("rejects a malformed as-of date", () => {
    expect(() => parse(profile(DDIM), "2026-13-01")).toThrow(/ingest\/profile: asOf/);
  });
});
