// Namesake detection: papers a profile export lists under its owner's name that are likely by
// someone else with the same name. A profile service matches papers to people by name, so a
// common name draws in other people's papers, and each brings a whole cluster of strangers.
//
// A paper is a candidate only when none of its authors (owners aside) appears on the owner's
// other papers; it is flagged when its field differs as well: a category none of the owner's
// other papers has, organisations none of them names, words its title and abstract share with
// few of them, a venue the owner never used. Papers on the owner's own publication list, and
// papers the user kept, are never flagged. Pure: the graph in, a score per paper out.
import type { AtlasGraph, NamesakeFlag, PaperNodeAttributes } from "./schema";

/** A paper scoring this much or more is flagged. */
export const NAMESAKE_THRESHOLD = 0.75;

/** Weights of each reason (README, "Identity"). */
export const NAMESAKE_SCORES = {
  /** No author in common with the owner's other papers: required for any flag. */
  noSharedCoauthor: 0.5,
  /** The category is on none of the owner's other papers under the hyperauthor cap. */
  otherCategory: 0.25,
  /** The paper names organisations, the owner's other papers name some, and none match. */
  otherOrgs: 0.25,
  /** Title and abstract far from the owner's core papers' words (see TOPIC_Z). */
  otherTopic: 0.25,
  /** A venue (not arXiv) none of the owner's other papers appeared at. */
  otherVenue: 0.1,
} as const;

/**
 * A paper's words are "far" when the share of its vocabulary the owner's core papers use lies
 * this many standard deviations under theirs (see fieldShare).
 */
export const TOPIC_Z = -1.75;

export interface NamesakeOptions {
  /** Paper keys on an owner's own publication list: never flagged. */
  ownListed?: ReadonlySet<string>;
  /** Paper keys the user confirmed as the owner's (decisions `keep`): never flagged. */
  keep?: ReadonlySet<string>;
}

const STOP_WORDS = new Set(
  (
    "with from that this these those their there which while where when into over under about " +
    "such than then them they have been also more most other only both each what using used " +
    "uses based show shows novel propose proposed approach method methods results paper work " +
    "however including across between within without whose because existing further often " +
    "many much well able make makes made first second three large small high highly different " +
    "various thus hence given order allow allows state"
  ).split(" "),
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w.length > 3 && !STOP_WORDS.has(w));
}

/**
 * How much of each paper's vocabulary is the owner's: the mean, over its distinct words, of the
 * share of the other core papers that use the word.
 */
function fieldShare(texts: string[], core: boolean[]): number[] {
  const docs = texts.map((t) => new Set(words(t)));
  const df = new Map<string, number>();
  let coreCount = 0;
  docs.forEach((doc, i) => {
    if (!core[i]) return;
    coreCount++;
    for (const w of doc) df.set(w, (df.get(w) ?? 0) + 1);
  });
  return docs.map((doc, i) => {
    if (doc.size === 0) return 0;
    const self = core[i] ? 1 : 0;
    const others = Math.max(coreCount - self, 1);
    let sum = 0;
    for (const w of doc) sum += ((df.get(w) ?? 0) - self) / others;
    return sum / doc.size;
  });
}

/**
 * Namesake flags for every paper of every profile owner: `paper key → flag`, where flagged.
 * Needs at least four papers per owner (fewer leave nothing to compare with).
 */
export function detectNamesakes(
  graph: AtlasGraph,
  options: NamesakeOptions = {},
): Map<string, NamesakeFlag> {
  const flags = new Map<string, NamesakeFlag>();
  const cap = graph.getAttribute("hyperauthorCap");
  const owners = new Set(graph.getAttribute("profiles").map((p) => p.ownerKey));
  for (const ownerKey of owners) {
    if (!graph.hasNode(ownerKey)) continue;
    const paperKeys = graph
      .neighbors(ownerKey)
      .filter((k) => graph.getNodeAttribute(k, "kind") === "paper");
    if (paperKeys.length < 4) continue;
    const attrs = paperKeys.map((k) => graph.getNodeAttributes(k) as PaperNodeAttributes);
    const authorsOf = paperKeys.map((k) => graph.neighbors(k).filter((a) => !owners.has(a)));
    // How many of the owner's papers each coauthor is on.
    const papersPerAuthor = new Map<string, number>();
    for (const list of authorsOf)
      for (const a of list) papersPerAuthor.set(a, (papersPerAuthor.get(a) ?? 0) + 1);
    // Core papers share a coauthor with another of the owner's papers; the rest are candidates.
    const core = authorsOf.map((list) => list.some((a) => (papersPerAuthor.get(a) ?? 0) > 1));
    const similarity = fieldShare(
      attrs.map((a) => `${a.title} ${a.abstract ?? ""}`),
      core,
    );
    // The yardstick is the core papers' own spread.
    const coreSims = similarity.filter((_, i) => core[i]);
    const mean = coreSims.reduce((a, b) => a + b, 0) / Math.max(coreSims.length, 1);
    const sd =
      Math.sqrt(coreSims.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(coreSims.length, 1)) ||
      1;

    paperKeys.forEach((key, i) => {
      if (options.ownListed?.has(key) || options.keep?.has(key)) return;
      const paper = attrs[i] as PaperNodeAttributes;
      const authors = authorsOf[i] as string[];
      if (core[i]) return;
      const others = attrs.filter((_, j) => j !== i);
      const underCap = others.filter((_, j) => {
        const index = j < i ? j : j + 1;
        return graph.degree(paperKeys[index] as string) <= cap;
      });
      let score = NAMESAKE_SCORES.noSharedCoauthor;
      const reasons = [
        `none of its ${authors.length} other authors is on the owner's other ${others.length} papers`,
      ];
      const categories = new Set(underCap.map((p) => p.category));
      if (!categories.has(paper.category)) {
        score += NAMESAKE_SCORES.otherCategory;
        reasons.push(`category ${paper.category}: none of the owner's other papers`);
      }
      const orgs = new Set(others.flatMap((p) => p.orgs));
      if (paper.orgs.length > 0 && orgs.size > 0 && !paper.orgs.some((o) => orgs.has(o))) {
        score += NAMESAKE_SCORES.otherOrgs;
        reasons.push(`organisations ${paper.orgs.join(", ")}: none of the owner's`);
      }
      const z = ((similarity[i] as number) - mean) / sd;
      if (z <= TOPIC_Z) {
        score += NAMESAKE_SCORES.otherTopic;
        reasons.push("its title and abstract share few words with the owner's other papers");
      }
      if (paper.venue !== "arXiv" && !others.some((p) => p.venue === paper.venue)) {
        score += NAMESAKE_SCORES.otherVenue;
        reasons.push(`venue ${paper.venue}: none of the owner's other papers`);
      }
      score = Math.round(score * 100) / 100;
      if (score < NAMESAKE_THRESHOLD) return;
      const prior = flags.get(key);
      if (!prior || prior.score < score) flags.set(key, { score, reasons });
    });
  }
  return flags;
}

/** An owner's own publication list, as a BibTeX note names its source ("X's own site"). */
export function notesOwnList(note: string | null, owners: readonly string[]): boolean {
  if (!note) return false;
  const text = note.toLowerCase().replace(/[’`]/g, "'");
  if (/\bthe author's own (web)?(site|page|homepage|publication list)/.test(text)) return true;
  return owners.some((o) => o !== "" && text.includes(`${o.toLowerCase()}'s own`));
}
