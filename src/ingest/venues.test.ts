// Tests for short venue names: every venue of the real BibTeX file, then the rules one by one.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "./bibtex";
import { shortVenue } from "./venues";

describe("shortVenue on every venue of data/bib/jiaming-song.bib", () => {
  const bib = parseBibtex(readFileSync("data/bib/jiaming-song.bib", "utf8"), {
    file: "data/bib/jiaming-song.bib",
  });
  const expected: Record<string, string> = {
    "4th Annual Conference on Learning for Dynamics and Control (L4DC)": "L4DC",
    "AAAI Conference on Artificial Intelligence": "AAAI",
    "Advances in Neural Information Processing Systems (NeurIPS)": "NeurIPS",
    "European Conference on Computer Vision (ECCV)": "ECCV",
    "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)": "CVPR",
    "International Conference on Learning Representations (ICLR)": "ICLR",
    "International Conference on Machine Learning (ICML)": "ICML",
    "International Conference on Medical Image Computing and Computer Assisted Intervention (MICCAI)":
      "MICCAI",
    "NeurIPS 2022 Workshop on Score-Based Methods": "NeurIPS Workshop",
    "Proceedings of the AAAI Conference on Artificial Intelligence": "AAAI",
    "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)": "ICCV",
    "ISPRS Journal of Photogrammetry and Remote Sensing": "ISPRS J. Photogramm.",
    "Transactions on Machine Learning Research": "TMLR",
  };
  const venues = [...new Set(bib.records.map((r) => r.venueFull))];

  it("covers every venue string in the file", () => {
    const known = venues.filter((v) => v !== null && !v.startsWith("arXiv preprint"));
    expect(known.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))("%s → %s", (full, short) => {
    expect(shortVenue(full)).toEqual({ venue: short, venueFull: full });
  });

  it("maps every arXiv preprint to arXiv and keeps its long form", () => {
    const arxiv = venues.filter((v): v is string => v?.startsWith("arXiv preprint") ?? false);
    expect(arxiv.length).toBe(9);
    for (const v of arxiv) expect(shortVenue(v)).toEqual({ venue: "arXiv", venueFull: v });
  });
});

describe("shortVenue rules", () => {
  it("gives arXiv for nothing, CoRR and arXiv strings", () => {
    expect(shortVenue(null)).toEqual({ venue: "arXiv", venueFull: "arXiv preprint" });
    expect(shortVenue("  ")).toEqual({ venue: "arXiv", venueFull: "arXiv preprint" });
    expect(shortVenue("CoRR").venue).toBe("arXiv");
    expect(shortVenue("arXiv:2106.01234").venue).toBe("arXiv");
  });

  it("prefers an acronym in parentheses at the end", () => {
    expect(shortVenue("Some Brand New Symposium (BNS)").venue).toBe("BNS");
    expect(shortVenue("Advances in Neural Information Processing Systems (NIPS)").venue).toBe(
      "NeurIPS",
    );
    expect(shortVenue("Conference on Robot Learning (CoRL 2021)").venue).toBe("CoRL");
    expect(shortVenue("Neural Information Processing Systems (Oral)").venue).toBe("NeurIPS");
  });

  it.each([
    ["Proceedings of the 38th International Conference on Machine Learning", "ICML"],
    ["Advances in Neural Information Processing Systems 34", "NeurIPS"],
    ["Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", "CVPR"],
    ["Journal of Machine Learning Research", "JMLR"],
    ["Findings of the Association for Computational Linguistics: EMNLP 2023", "ACL Findings"],
    [
      "Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics",
      "NAACL",
    ],
    ["Annual Meeting of the Association for Computational Linguistics", "ACL"],
    ["IEEE Transactions on Pattern Analysis and Machine Intelligence", "TPAMI"],
    ["ACM Transactions on Graphics (TOG)", "TOG"],
    ["SIGGRAPH Asia 2023 Conference Papers", "SIGGRAPH Asia"],
    ["International Conference on Artificial Intelligence and Statistics", "AISTATS"],
    ["Proceedings of ICML 2020", "ICML"],
  ])("%s → %s", (full, short) => {
    expect(shortVenue(full).venue).toBe(short);
  });

  it("names workshops after their series", () => {
    expect(shortVenue("ICML 2023 Workshop on Structured Probabilistic Inference").venue).toBe(
      "ICML Workshop",
    );
    expect(
      shortVenue(
        "Workshop on Deep Generative Models at the International Conference on Learning Representations",
      ).venue,
    ).toBe("ICLR Workshop");
    expect(shortVenue("Proceedings of the Workshop on Obscure Things").venue).toBe("Workshop");
  });

  it("falls back to a tidied full name for unknown venues", () => {
    expect(shortVenue("Proceedings of the 3rd Symposium on Quiet Things 2022").venue).toBe(
      "Symposium on Quiet Things",
    );
  });

  it("takes caller aliases first", () => {
    expect(shortVenue("Symposium on Quiet Things", { aliases: [["quiet things", "SQT"]] })).toEqual(
      { venue: "SQT", venueFull: "Symposium on Quiet Things" },
    );
  });
});
