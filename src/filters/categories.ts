// Category codes to names. The profile export glues a bare arXiv code (`LG`, `CV`, `IV`) to
// each date; the panels and legend show the full name and the arXiv id users know.

interface CategoryInfo {
  /** arXiv id, e.g. `cs.LG`. */
  arxiv: string;
  name: string;
}

// Bare codes seen in profile exports, with the archive each one belongs to. `ML` is stat.ML
// (cs has no ML); codes that exist in several archives take the cs/eess one the export uses.
const CATEGORIES = new Map<string, CategoryInfo>([
  ["AI", { arxiv: "cs.AI", name: "Artificial Intelligence" }],
  ["AR", { arxiv: "cs.AR", name: "Hardware Architecture" }],
  ["AS", { arxiv: "eess.AS", name: "Audio and Speech Processing" }],
  ["CC", { arxiv: "cs.CC", name: "Computational Complexity" }],
  ["CE", { arxiv: "cs.CE", name: "Computational Engineering, Finance, and Science" }],
  ["CG", { arxiv: "cs.CG", name: "Computational Geometry" }],
  ["CL", { arxiv: "cs.CL", name: "Computation and Language" }],
  ["CR", { arxiv: "cs.CR", name: "Cryptography and Security" }],
  ["CV", { arxiv: "cs.CV", name: "Computer Vision and Pattern Recognition" }],
  ["CY", { arxiv: "cs.CY", name: "Computers and Society" }],
  ["DB", { arxiv: "cs.DB", name: "Databases" }],
  ["DC", { arxiv: "cs.DC", name: "Distributed, Parallel, and Cluster Computing" }],
  ["DL", { arxiv: "cs.DL", name: "Digital Libraries" }],
  ["DM", { arxiv: "cs.DM", name: "Discrete Mathematics" }],
  ["DS", { arxiv: "cs.DS", name: "Data Structures and Algorithms" }],
  ["ET", { arxiv: "cs.ET", name: "Emerging Technologies" }],
  ["FL", { arxiv: "cs.FL", name: "Formal Languages and Automata Theory" }],
  ["GR", { arxiv: "cs.GR", name: "Graphics" }],
  ["GT", { arxiv: "cs.GT", name: "Computer Science and Game Theory" }],
  ["HC", { arxiv: "cs.HC", name: "Human-Computer Interaction" }],
  ["IR", { arxiv: "cs.IR", name: "Information Retrieval" }],
  ["IT", { arxiv: "cs.IT", name: "Information Theory" }],
  ["IV", { arxiv: "eess.IV", name: "Image and Video Processing" }],
  ["LG", { arxiv: "cs.LG", name: "Machine Learning" }],
  ["LO", { arxiv: "cs.LO", name: "Logic in Computer Science" }],
  ["MA", { arxiv: "cs.MA", name: "Multiagent Systems" }],
  ["ME", { arxiv: "stat.ME", name: "Methodology" }],
  ["ML", { arxiv: "stat.ML", name: "Machine Learning (Statistics)" }],
  ["MM", { arxiv: "cs.MM", name: "Multimedia" }],
  ["MS", { arxiv: "cs.MS", name: "Mathematical Software" }],
  ["NA", { arxiv: "cs.NA", name: "Numerical Analysis" }],
  ["NE", { arxiv: "cs.NE", name: "Neural and Evolutionary Computing" }],
  ["NI", { arxiv: "cs.NI", name: "Networking and Internet Architecture" }],
  ["OS", { arxiv: "cs.OS", name: "Operating Systems" }],
  ["PF", { arxiv: "cs.PF", name: "Performance" }],
  ["PL", { arxiv: "cs.PL", name: "Programming Languages" }],
  ["RO", { arxiv: "cs.RO", name: "Robotics" }],
  ["SC", { arxiv: "cs.SC", name: "Symbolic Computation" }],
  ["SD", { arxiv: "cs.SD", name: "Sound" }],
  ["SE", { arxiv: "cs.SE", name: "Software Engineering" }],
  ["SI", { arxiv: "cs.SI", name: "Social and Information Networks" }],
  ["SP", { arxiv: "eess.SP", name: "Signal Processing" }],
  ["SY", { arxiv: "eess.SY", name: "Systems and Control" }],
  ["TH", { arxiv: "stat.TH", name: "Statistics Theory" }],
]);

/** The category's name (`LG` → "Machine Learning"); an unknown code is shown as itself. */
export function categoryName(code: string): string {
  return CATEGORIES.get(code)?.name ?? code;
}

/** The arXiv id (`LG` → "cs.LG"), or null for a code the table does not know. */
export function categoryArxivId(code: string): string | null {
  return CATEGORIES.get(code)?.arxiv ?? null;
}

/** "Machine Learning (cs.LG)" for known codes, the code itself otherwise: for legends. */
export function categoryLabel(code: string): string {
  const info = CATEGORIES.get(code);
  return info ? `${info.name} (${info.arxiv})` : code;
}
