// Tests for the publication-list readers on the project's sample files (data/samples): format
// detection by content, what each format gives, and the same records in BibTeX, RIS and
// CSL-JSON giving the same works.
import { describe, expect, it } from "vitest";
import { readRepoFile } from "../../graph/realData.testing";
import { parseProfile } from "../profile";
import type { SourceWork } from "../types";
import { parseBibtexWorks } from "./bibWorks";
import { parseCslJson } from "./csl";
import { parseDblpPerson } from "./dblp";
import { detectFormat } from "./detect";
import {
  normaliseArxivId,
  normaliseDoi,
  normaliseOrcid,
  parseMonth,
  shortCategory,
} from "./identifiers";
import { abstractFromInvertedIndex, parseOpenAlexWorks } from "./openalex";
import { parseRis } from "./ris";
import { worksToPapers } from "./toPapers";

const SAMPLES = "data/samples";
const sample = (name: string) => readRepoFile(`${SAMPLES}/${name}`);

/** Title and authors of each work: what "the same papers and authors" means across formats. */
function shape(works: SourceWork[]): { title: string; authors: string[] }[] {
  return works.map((w) => ({ title: w.title, authors: w.authors.map((a) => a.name) }));
}

describe("detectFormat", () => {
  it("tells every format by its content, whatever the file is called", () => {
    expect(detectFormat(sample("papers.bib"))).toBe("bib");
    expect(detectFormat(sample("papers.ris"))).toBe("ris");
    expect(detectFormat(sample("papers.csl.json"))).toBe("csl");
    expect(detectFormat(sample("dblp-person.xml"))).toBe("dblp");
    expect(detectFormat(sample("openalex-works.json"))).toBe("openalex");
    expect(detectFormat(sample("openalex-works.jsonl"))).toBe("openalex");
    expect(detectFormat(readRepoFile("data/profiles/jiaming-song.txt"))).toBe("profile");
    expect(detectFormat(readRepoFile("data/bib/jiaming-song.bib"))).toBe("bib");
  });

  it("names nothing for text of no format, and XML that is not DBLP's", () => {
    expect(detectFormat("just a note\nwith two lines")).toBeNull();
    expect(detectFormat("<html><body>hello</body></html>")).toBeNull();
    // A BOM and blank lines before the first record change nothing.
    expect(detectFormat(`\uFEFF\n\n${sample("papers.ris")}`)).toBe("ris");
  });
});

describe("identifiers", () => {
  it("normalise DOIs, arXiv ids, ORCIDs, months and categories", () => {
    expect(normaliseDoi("https://doi.org/10.48550/arXiv.2010.02502")).toBe(
      "10.48550/arxiv.2010.02502",
    );
    expect(normaliseDoi("doi:10.1000/ABC.")).toBe("10.1000/abc");
    expect(normaliseDoi("no doi here")).toBeNull();
    expect(normaliseArxivId("arXiv preprint arXiv:2211.01324v3")).toBe("2211.01324");
    expect(normaliseArxivId("https://arxiv.org/pdf/hep-th/9901001v2")).toBe("hep-th/9901001");
    expect(normaliseArxivId("10.48550/arxiv.2010.02502")).toBe("2010.02502");
    expect(normaliseArxivId("version 12.3")).toBeNull();
    expect(normaliseOrcid("https://orcid.org/0000-0002-1825-009x")).toBe("0000-0002-1825-009X");
    expect(parseMonth("jun")).toBe(6);
    expect(parseMonth("11")).toBe(11);
    expect(parseMonth("13")).toBeNull();
    expect(shortCategory("cs.LG")).toBe("LG");
    expect(shortCategory("stat.ML")).toBe("ML");
    expect(shortCategory("hep-th")).toBe("hep-th");
    expect(shortCategory("")).toBeNull();
  });
});

describe("BibTeX as a list", () => {
  const list = parseBibtexWorks(sample("papers.bib"), "papers.bib");

  it("reads every record after the Jekyll front matter, with its line", () => {
    expect(list.errors).toEqual([]);
    expect(list.works.map((w) => [w.key, w.line])).toEqual([
      ["su2023dual", 7],
      ["song2021denoising", 21],
      ["balaji2022ediffi", 34],
      ["srivastava2023beyond", 43],
      ["ozturkler2023smrd", 50],
    ]);
  });

  it("reports a key used twice and keeps the first record", () => {
    expect(list.warnings).toEqual([
      {
        file: "papers.bib",
        line: 58,
        reason:
          'entry "song2021denoising" repeats the key of the entry at line 21; the first is kept, this one is skipped',
      },
    ]);
  });

  it("takes al-folio's code and abstract, the arXiv id and category, the DOI", () => {
    const [ddib, ddim, ediff, beyond, smrd] = list.works;
    expect(ddib).toMatchObject({
      arxivId: "2203.08382",
      category: "CV",
      hasCode: true,
      venueFull: "International Conference on Learning Representations (ICLR)",
    });
    expect(ddib?.abstract).toMatch(/^Common image-to-image translation/);
    expect(ddim).toMatchObject({
      arxivId: "2010.02502",
      category: "LG",
      doi: "10.48550/arxiv.2010.02502",
      month: 5,
      hasCode: false,
    });
    // `eprintclass` is the category when there is no `primaryClass`.
    expect(ediff).toMatchObject({ arxivId: "2211.01324", category: "CV" });
    // No arXiv id: no category.
    expect(beyond?.category).toBeNull();
    expect(smrd?.title).toBe("SMRD: SURE-based Robust MRI Reconstruction with Diffusion Models");
  });

  it("decodes TeX accents and marks a list cut by `and others`", () => {
    const beyond = list.works[3];
    expect(beyond?.authors.map((a) => a.name)).toEqual([
      "Aarohi Srivastava",
      "Adrià Garriga-Alonso",
      "Andreas Stuhlmüller",
      "Jiaming Song",
      "Stefano Ermon",
    ]);
    expect(beyond?.authorsTruncated).toBe(true);
  });

  it("gives papers with no category the value none, and no implied owner", () => {
    const { papers } = worksToPapers(list, "2026-11-28");
    expect(papers.map((p) => p.category)).toEqual(["CV", "LG", "CV", "none", "none"]);
    expect(papers[3]?.authors.map((a) => a.source)).toEqual(["bib", "bib", "bib", "bib", "bib"]);
    expect(papers.every((p) => p.authors.every((a) => a.position !== null))).toBe(true);
  });
});

describe("RIS and CSL-JSON", () => {
  const bib = parseBibtexWorks(sample("papers.bib"), "papers.bib");
  const ris = parseRis(sample("papers.ris"), "papers.ris");
  const csl = parseCslJson(sample("papers.csl.json"), "papers.csl.json");

  it("give the same papers and authors as the same records in BibTeX", () => {
    const expected = shape(bib.works);
    expect(shape(ris.works)).toEqual(expected);
    expect(shape(csl.works)).toEqual(expected);
    expect(ris.works.map((w) => w.year)).toEqual([2023, 2021, 2022, 2023, 2023]);
    expect(csl.works.map((w) => w.year)).toEqual([2023, 2021, 2022, 2023, 2023]);
  });

  it("read DOIs, arXiv ids and venues", () => {
    for (const list of [ris, csl]) {
      expect(list.works.map((w) => w.arxivId)).toEqual([
        "2203.08382",
        "2010.02502",
        "2211.01324",
        null,
        null,
      ]);
      expect(list.works[1]?.doi).toBe("10.48550/arxiv.2010.02502");
      expect(list.works[3]?.venueFull).toBe("Transactions on Machine Learning Research");
    }
  });

  it("give each RIS record its line, and each CSL item the line it opens on", () => {
    expect(ris.works.map((w) => w.line)).toEqual([1, 13, 23, 33, 44]);
    expect(csl.works.map((w) => w.line)).toEqual([2, 35, 64, 93, 128]);
  });
});

describe("DBLP person XML", () => {
  const list = parseDblpPerson(sample("dblp-person.xml"), "dblp-person.xml");

  it("reads each publication with its line; the page's person is the owner", () => {
    expect(list.works.map((w) => [w.key, w.line])).toEqual([
      ["conf/iclr/SongME21", 11],
      ["journals/corr/abs-2203-08382", 23],
      ["conf/sample/WangSW23", 36],
      ["journals/sample/WangS24", 46],
    ]);
    expect(list.owner).toEqual({ name: "Jiaming Song", ids: { dblpPid: "S/JiamingSong" } });
  });

  it("keeps pids and ORCIDs, drops dblp's homonym numbers and the title's period", () => {
    const [ddim, ddib, namesakes, kuhn] = list.works;
    expect(ddim?.title).toBe("Denoising Diffusion Implicit Models");
    expect(ddim?.authors[2]).toEqual({
      name: "Stefano Ermon",
      ids: { dblpPid: "S/Ermon", orcid: "0000-0001-0000-0001" },
    });
    expect(ddim?.openAccess).toBe(true);
    expect(ddib).toMatchObject({ arxivId: "2203.08382", venueFull: "arXiv" });
    expect(namesakes?.authors.map((a) => [a.name, a.ids?.dblpPid])).toEqual([
      ["Wei Wang", "W/WeiWang1"],
      ["Jiaming Song", "S/JiamingSong"],
      ["Wei Wang", "W/WeiWang2"],
    ]);
    expect(namesakes?.doi).toBe("10.0000/sample.2023.1");
    // dblp's Latin-1 entities (`&uuml;`) are text.
    expect(kuhn?.title).toBe("Consistency of Kühn's Estimator for Score Models");
  });
});

describe("OpenAlex works", () => {
  const response = parseOpenAlexWorks(sample("openalex-works.json"), "works.json");
  const lines = parseOpenAlexWorks(sample("openalex-works.jsonl"), "works.jsonl");

  it("reads a /works response and JSON Lines alike", () => {
    expect(shape(lines.works)).toEqual(shape(response.works));
    expect(lines.works.map((w) => w.line)).toEqual([1, 2, 3]);
    expect(response.works.map((w) => w.line)).toEqual([10, 175, 232]);
  });

  it("takes ids, institutions, the rebuilt abstract, venue, date and open access", () => {
    const [ddim, edify] = response.works;
    expect(ddim).toMatchObject({
      key: "W3000000001",
      doi: "10.48550/arxiv.2010.02502",
      arxivId: "2010.02502",
      year: 2021,
      month: 5,
      day: 3,
      venueFull: "arXiv (Cornell University)",
      openAccess: true,
      orgs: ["Stanford University"],
    });
    expect(ddim?.authors[2]).toEqual({
      name: "Stefano Ermon",
      ids: { openalexId: "A5000000003", orcid: "0000-0001-0000-0001" },
    });
    expect(ddim?.abstract).toMatch(/^Denoising diffusion probabilistic models have achieved/);
    expect(edify?.abstract).toBeNull();
    expect(edify?.authors[1]).toEqual({ name: "J. Song", ids: { openalexId: "A5000000001" } });
  });

  it("rebuilds an abstract word by word, ignoring positions that are not small whole numbers", () => {
    expect(abstractFromInvertedIndex({ world: [1], Hello: [0], "!": [2] })).toBe("Hello world !");
    expect(abstractFromInvertedIndex({ a: [1e9, -1, 0.5] })).toBeNull();
    expect(abstractFromInvertedIndex(null)).toBeNull();
  });
});

describe("the profile export is still itself", () => {
  it("is not mistaken for a list", () => {
    const text = readRepoFile("data/profiles/jiaming-song.txt");
    expect(detectFormat(text)).toBe("profile");
    expect(parseProfile(text, { file: "p.txt", asOf: "2026-11-28" }).papers).toHaveLength(50);
  });
});
