// Tests for networks built from publication lists through the pipeline (the project's sample
// files in data/samples): BibTeX alone, the same records in three formats, DBLP identities,
// mixed inputs merging into one paper node, owners, and what each file contributed.
import { describe, expect, it } from "vitest";
import { AS_OF, PROFILE_FILE, readRepoFile } from "../graph/realData.testing";
import type { AtlasGraph, AuthorNodeAttributes, PaperNodeAttributes } from "../graph/schema";
import { formatContributions, type InputFile, ingestFiles } from "./ingestFiles";

const sample = (name: string): InputFile => ({
  name: `data/samples/${name}`,
  text: readRepoFile(`data/samples/${name}`),
});
// Layout does not change which nodes and edges exist: a few ticks keep these tests quick.
const quick = { asOf: AS_OF, iterations: 5 };

function papers(graph: AtlasGraph): (PaperNodeAttributes & { key: string })[] {
  return graph
    .filterNodes((_k, a) => a.kind === "paper")
    .map((key) => ({ key, ...(graph.getNodeAttributes(key) as PaperNodeAttributes) }));
}

function authors(graph: AtlasGraph): (AuthorNodeAttributes & { key: string })[] {
  return graph
    .filterNodes((_k, a) => a.kind === "author")
    .map((key) => ({ key, ...(graph.getNodeAttributes(key) as AuthorNodeAttributes) }));
}

/** Each paper's title with its authors' names: the network's content, format aside. */
function content(graph: AtlasGraph): string[] {
  return papers(graph)
    .map((p) => {
      const names = graph
        .neighbors(p.key)
        .map((k) => (graph.getNodeAttributes(k) as AuthorNodeAttributes).name)
        .sort();
      return `${p.title} | ${names.join(", ")}`;
    })
    .sort();
}

describe("BibTeX alone", () => {
  const { graph, summary } = ingestFiles([sample("papers.bib")], quick);

  it("is a network of its records: the key used twice is reported, the first record kept", () => {
    expect(summary.counts.papers).toBe(5);
    expect(summary.profiles).toEqual([]);
    expect(summary.inputs).toEqual([
      {
        file: "data/samples/papers.bib",
        format: "bib",
        records: 5,
        newPapers: 5,
        mergedPapers: 0,
        rejected: 0,
      },
    ]);
    expect(graph.getAttribute("schemaVersion")).toBe(2);
  });

  it("has no owner unless one is named, and marks the named one", () => {
    expect(authors(graph).some((a) => a.owner)).toBe(false);
    const owned = ingestFiles([sample("papers.bib")], { ...quick, owners: ["jiaming song"] });
    expect(
      authors(owned.graph)
        .filter((a) => a.owner)
        .map((a) => a.name),
    ).toEqual(["Jiaming Song"]);
    const missing = ingestFiles([sample("papers.bib")], { ...quick, owners: ["Nobody Here"] });
    expect(missing.graph.getAttribute("report").warnings.map((w) => w.reason)).toContain(
      'owner "Nobody Here" is an author of no paper in the inputs',
    );
  });

  it("keeps arXiv categories, gives the others none, and credits authors to BibTeX", () => {
    const byTitle = new Map(papers(graph).map((p) => [p.title, p]));
    expect(byTitle.get("Denoising Diffusion Implicit Models")).toMatchObject({
      category: "LG",
      doi: "10.48550/arxiv.2010.02502",
      arxivId: "2010.02502",
      sources: { authors: "bib", venue: "bib", lists: ["bib"] },
    });
    expect(
      byTitle.get("SMRD: SURE-based Robust MRI Reconstruction with Diffusion Models")?.category,
    ).toBe("none");
    expect(graph.mapEdges((_k, a) => a.source).every((s) => s === "bib")).toBe(true);
  });
});

describe("the same records as BibTeX, RIS and CSL-JSON", () => {
  it("give the same papers and authors", () => {
    const bib = content(ingestFiles([sample("papers.bib")], quick).graph);
    expect(content(ingestFiles([sample("papers.ris")], quick).graph)).toEqual(bib);
    expect(content(ingestFiles([sample("papers.csl.json")], quick).graph)).toEqual(bib);
  });
});

describe("DBLP person XML", () => {
  const { graph } = ingestFiles([sample("dblp-person.xml")], quick);

  it("keeps two people with one name and two pids apart, and one pid under two names together", () => {
    const wangs = authors(graph).filter((a) => a.name === "Wei Wang");
    expect(wangs.map((a) => a.dblpPid).sort()).toEqual(["W/WeiWang1", "W/WeiWang2"]);
    const ermon = authors(graph).filter((a) => a.dblpPid === "S/Ermon");
    expect(ermon).toHaveLength(1);
    expect(ermon[0]).toMatchObject({
      name: "Stefano Ermon",
      paperCount: 2,
      orcid: "0000-0001-0000-0001",
    });
  });

  it("marks the page's person as the owner", () => {
    expect(
      authors(graph)
        .filter((a) => a.owner)
        .map((a) => a.dblpPid),
    ).toEqual(["S/JiamingSong"]);
  });
});

describe("OpenAlex works", () => {
  it("gives authors by OpenAlex id, institutions as orgs, the abstract and open access", () => {
    const { graph } = ingestFiles([sample("openalex-works.json")], quick);
    const ddim = papers(graph).find((p) => p.title === "Denoising Diffusion Implicit Models");
    expect(ddim).toMatchObject({ orgs: ["Stanford University"], openAccess: true, venue: "arXiv" });
    expect(ddim?.abstract).toMatch(/^Denoising diffusion probabilistic models/);
    // "J. Song" on one work and "Jiaming Song" on another share an OpenAlex id: one node.
    const song = authors(graph).filter((a) => a.openalexId === "A5000000001");
    expect(song).toHaveLength(1);
    expect(song[0]?.paperCount).toBe(3);
  });
});

describe("mixed inputs", () => {
  const files = [
    sample("papers.ris"),
    sample("dblp-person.xml"),
    sample("openalex-works.jsonl"),
    sample("papers.csl.json"),
  ];
  const { graph, summary } = ingestFiles(files, quick);

  it("merge one paper from several sources into one node (DOI, arXiv id, title)", () => {
    const ddim = papers(graph).filter((p) => p.title === "Denoising Diffusion Implicit Models");
    expect(ddim).toHaveLength(1);
    expect(ddim[0]?.sources.lists).toEqual(["ris", "dblp", "openalex", "csl"]);
    // DBLP lists DDIB as a CoRR preprint: its arXiv id joins the RIS record.
    const ddib = papers(graph).find((p) => p.arxivId === "2203.08382");
    expect(ddib?.sources.lists).toEqual(["ris", "dblp", "csl"]);
    // No identifier in OpenAlex's record of the namesakes paper but its DOI matches DBLP's.
    expect(summary.counts.papers).toBe(8);
  });

  it("join one person across sources, and keep the namesakes that ids tell apart", () => {
    const song = authors(graph).filter((a) => a.name === "Jiaming Song");
    expect(song).toHaveLength(1);
    expect(song[0]).toMatchObject({
      dblpPid: "S/JiamingSong",
      openalexId: "A5000000001",
      owner: true,
    });
    expect(authors(graph).filter((a) => a.name === "Stefano Ermon")).toHaveLength(1);
    expect(authors(graph).filter((a) => a.name === "Wei Wang")).toHaveLength(4);
  });

  it("report what each file contributed", () => {
    expect(formatContributions(summary)).toEqual([
      "data/samples/papers.ris (RIS): 5 records, 5 new papers, 0 merged with papers already in, 0 rejected",
      "data/samples/dblp-person.xml (DBLP person XML): 4 records, 2 new papers, 2 merged with papers already in, 0 rejected",
      "data/samples/openalex-works.jsonl (OpenAlex works): 3 records, 1 new paper, 2 merged with papers already in, 0 rejected",
      "data/samples/papers.csl.json (CSL-JSON): 5 records, 0 new papers, 5 merged with papers already in, 0 rejected",
    ]);
  });

  it("merge a list with a profile export: the profile's paper takes the list's identifiers", () => {
    const withProfile = ingestFiles(
      [{ name: PROFILE_FILE, text: readRepoFile(PROFILE_FILE) }, sample("dblp-person.xml")],
      quick,
    );
    const inputs = withProfile.summary.inputs;
    expect(inputs.map((i) => [i.format, i.newPapers, i.mergedPapers])).toEqual([
      ["profile", 50, 0],
      ["dblp", 2, 2],
    ]);
    const ddib = papers(withProfile.graph).find((p) => p.arxivId === "2203.08382");
    expect(ddib?.sources.lists).toEqual(["profile", "dblp"]);
    // The profile's owner and DBLP's person are one author, the owner.
    const owners = authors(withProfile.graph).filter((a) => a.owner);
    expect(owners.map((a) => [a.name, a.dblpPid])).toEqual([["Jiaming Song", "S/JiamingSong"]]);
  });

  it("is the same network whatever the order of the files", () => {
    const reversed = ingestFiles([...files].reverse(), quick);
    expect(content(reversed.graph)).toEqual(content(graph));
  });
});
