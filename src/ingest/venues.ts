// Venue names: a long BibTeX venue string → the short series name users filter by
// (`Advances in Neural Information Processing Systems (NeurIPS)` → `NeurIPS`).
import { foldText } from "./names";

export interface ShortVenue {
  /** Short series name (`NeurIPS`, `ICLR`, `NeurIPS Workshop`, `arXiv` ...). */
  venue: string;
  /** The long form, kept for display (`arXiv preprint` when there was none). */
  venueFull: string;
}

export interface ShortVenueOptions {
  /** Extra `[phrase, short]` pairs checked before the built-in table (phrases match whole words, case and accents ignored). */
  aliases?: ReadonlyArray<readonly [string, string]>;
}

/**
 * Well-known series by a distinctive phrase of their full name. More specific phrases come
 * first (NAACL and Findings before ACL, SIGGRAPH Asia before SIGGRAPH).
 */
const VENUE_TABLE: ReadonlyArray<readonly [string, string]> = [
  ["neural information processing systems", "NeurIPS"],
  ["international conference on machine learning", "ICML"],
  ["international conference on learning representations", "ICLR"],
  ["computer vision and pattern recognition", "CVPR"],
  ["european conference on computer vision", "ECCV"],
  ["international conference on computer vision", "ICCV"],
  ["winter conference on applications of computer vision", "WACV"],
  ["british machine vision conference", "BMVC"],
  ["international conference on 3d vision", "3DV"],
  ["international journal of computer vision", "IJCV"],
  ["transactions on pattern analysis and machine intelligence", "TPAMI"],
  ["transactions on image processing", "TIP"],
  ["transactions on medical imaging", "TMI"],
  ["medical image computing and computer assisted intervention", "MICCAI"],
  ["isprs journal of photogrammetry and remote sensing", "ISPRS J. Photogramm."],
  ["aaai conference on artificial intelligence", "AAAI"],
  ["international joint conference on artificial intelligence", "IJCAI"],
  ["artificial intelligence and statistics", "AISTATS"],
  ["uncertainty in artificial intelligence", "UAI"],
  ["conference on learning theory", "COLT"],
  ["transactions on machine learning research", "TMLR"],
  ["journal of machine learning research", "JMLR"],
  ["learning for dynamics and control", "L4DC"],
  ["conference on robot learning", "CoRL"],
  ["international conference on robotics and automation", "ICRA"],
  ["intelligent robots and systems", "IROS"],
  ["robotics science and systems", "RSS"],
  ["autonomous agents and multiagent systems", "AAMAS"],
  ["autonomous agents and multi agent systems", "AAMAS"],
  ["findings of the association for computational linguistics", "ACL Findings"],
  ["north american chapter of the association for computational linguistics", "NAACL"],
  ["european chapter of the association for computational linguistics", "EACL"],
  ["transactions of the association for computational linguistics", "TACL"],
  ["association for computational linguistics", "ACL"],
  ["empirical methods in natural language processing", "EMNLP"],
  ["international conference on computational linguistics", "COLING"],
  ["conference on language modeling", "COLM"],
  ["knowledge discovery and data mining", "KDD"],
  ["the web conference", "WWW"],
  ["world wide web conference", "WWW"],
  ["research and development in information retrieval", "SIGIR"],
  ["acoustics speech and signal processing", "ICASSP"],
  ["siggraph asia", "SIGGRAPH Asia"],
  ["acm transactions on graphics", "TOG"],
  ["siggraph", "SIGGRAPH"],
  ["acm international conference on multimedia", "ACM MM"],
  ["nature machine intelligence", "Nat. Mach. Intell."],
  ["nature communications", "Nat. Commun."],
  ["proceedings of the national academy of sciences", "PNAS"],
  ["interspeech", "Interspeech"],
];

/** Series acronyms recognised as words inside a venue string (`NeurIPS 2022 Workshop ...`). */
const ACRONYMS: ReadonlyMap<string, string> = new Map(
  [
    ...new Set(VENUE_TABLE.map(([, short]) => short).filter((s) => /^[A-Za-z0-9]+$/.test(s))),
    "NIPS",
    "ISPRS",
  ].map((s) => [s.toLowerCase(), s === "NIPS" ? "NeurIPS" : s]),
);

const ARXIV: ShortVenue = { venue: "arXiv", venueFull: "arXiv preprint" };

/** Folded, lower case, words separated by single spaces, padded for whole-word search. */
function words(text: string): string {
  return ` ${foldText(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

function fromTable(
  norm: string,
  table: ReadonlyArray<readonly [string, string]>,
): string | undefined {
  return table.find(([phrase]) => norm.includes(words(phrase)))?.[1];
}

function firstAcronym(text: string): string | undefined {
  for (const token of foldText(text).split(/[^A-Za-z0-9]+/)) {
    const hit = ACRONYMS.get(token.toLowerCase());
    if (hit !== undefined) return hit;
  }
  return undefined;
}

// `... (NeurIPS)`, `(L4DC)`, `(ICML 2020)`: a one-word acronym in parentheses at the end.
const PAREN_ACRONYM_RE = /\(([A-Za-z][A-Za-z0-9&+\-/]{1,15})(?:[ \t]*'?\d{2,4})?\)[ \t.]*$/;

function parenAcronym(text: string): string | undefined {
  const m = PAREN_ACRONYM_RE.exec(text.slice(-60));
  const acro = m?.[1];
  // Needs two capitals or a digit, so `(Oral)` or `(Poster)` is not taken for a series.
  if (acro === undefined || !/[A-Z].*[A-Z0-9]/.test(acro)) return undefined;
  return acro === "NIPS" ? "NeurIPS" : acro;
}

/** Without "Proceedings of the", ordinals and years: a readable fallback series name. */
function tidy(text: string): string {
  const cleaned = text
    .replace(/^proceedings of (the )?/i, "")
    .replace(/\b\d{1,3}(?:st|nd|rd|th)\b/gi, "")
    .replace(/\b(?:19|20)\d{2}\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned === "" ? text : cleaned;
}

/** The short series name for a venue string; null, empty and arXiv/CoRR give `arXiv`. */
export function shortVenue(
  venueFull: string | null | undefined,
  options: ShortVenueOptions = {},
): ShortVenue {
  const full = (venueFull ?? "").replace(/\s+/g, " ").trim();
  if (full === "") return { ...ARXIV };
  const norm = words(full);
  if (/ arxiv | corr /.test(norm) || norm.startsWith(" arxiv")) {
    return { venue: "arXiv", venueFull: full };
  }
  const table = [...(options.aliases ?? []), ...VENUE_TABLE];

  if (/ workshops? /.test(norm)) {
    const series = firstAcronym(full) ?? fromTable(norm, table);
    const paren = parenAcronym(full);
    if (series !== undefined) return { venue: `${series} Workshop`, venueFull: full };
    return { venue: paren ?? "Workshop", venueFull: full };
  }

  const alias = options.aliases ? fromTable(norm, options.aliases) : undefined;
  const venue = alias ?? parenAcronym(full) ?? fromTable(norm, table) ?? firstAcronym(full);
  return { venue: venue ?? tidy(full), venueFull: full };
}
