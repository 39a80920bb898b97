// Identity resolution: which author names on the enriched papers are one person. Names that
// differ only by a middle name or initial, an initial for a given name, a parenthesised alias,
// a typo, or "Last, First" order become candidate pairs; each pair is scored on what the
// papers say about the two names (shared coauthors, the same paper written two ways, the same
// source file, years, organisations). Strong pairs merge into one author, weaker ones become
// suggestions for a person to accept or reject. Source identities (DBLP pid, OpenAlex id,
// ORCID) decide where present; the user's decisions (an identities file) override everything.
//
// Pure and framework-free: records in, renamed records and a report out, in Node, a Worker and
// the page alike. Names are matched on folded text (names.ts), so accents and case never count.
import { nameIdentity, titleKey } from "./names";
import type { AuthorCredit, AuthorIds, PaperRecord } from "./types";

/** A pair scoring this much or more merges. */
export const MERGE_THRESHOLD = 1;
/** A pair scoring this much or more (and under the merge threshold) is suggested. */
export const SUGGEST_THRESHOLD = 0.5;

/** What the name forms alone say, before any evidence from the papers. */
export const NAME_SCORES = {
  /** "Song, Jiaming" and "Jiaming Song": the comma says which part is the surname. */
  commaOrder: 1,
  /** "Jason (Jinquan) Dai" and "Jason Dai" or "Jinquan Dai": the alias is declared. */
  alias: 1,
  /** "Mykel J Kochenderfer" and "Mykel Kochenderfer". */
  middle: 0.6,
  /** The same name written twice under different source identities (an id on one side only). */
  sameName: 0.6,
  /** "Sakanda" and "Skanda", "Ukzent" and "Uzkent": one or two edits on a longer name. */
  typo: 0.4,
  /** "J. Song" and "Jiaming Song": many people share an initial and a surname. */
  initial: 0.3,
  /** "Song Jiaming" and "Jiaming Song" with no comma: the order is a guess. */
  swapped: 0.3,
} as const;

/** What the papers add to (or take from) a pair's score. */
export const EVIDENCE_SCORES = {
  /** Per shared coauthor (profile owners, who share everyone, excluded), up to two. */
  sharedCoauthor: 0.3,
  sharedCoauthorMax: 2,
  /** One paper names the person one way in one source and the other way in another. */
  samePaper: 0.5,
  /** Both names come from one source file (a list keeps one person's coauthors). */
  sameFile: 0.1,
  /** Active years overlap or lie within `YEAR_GAP` of each other. */
  yearsOverlap: 0.1,
  /** Active years lie more than `YEAR_GAP` apart. */
  yearsApart: -0.3,
  /** Both name organisations and share one. */
  sharedOrg: 0.2,
  /** Both name organisations and share none. */
  disjointOrgs: -0.3,
  /** The short name fits several full names in the network ("J. Song": Jiaming, Jie). */
  ambiguous: -0.5,
} as const;

/** Years further apart than this count against a pair. */
export const YEAR_GAP = 6;

/** The user's decisions (the identities file, or the page's `merge`, `split`, `exclude`). */
export interface IdentityDecisions {
  /** Pairs of author names that are one person, whatever the score says. */
  merge: [string, string][];
  /** Pairs of author names that are two people: never merged, never suggested. */
  split: [string, string][];
  /** Paper keys (`paper:<slug>`) that are not the owner's: left out of the graph. */
  exclude: string[];
  /** Paper keys confirmed as the owner's: never flagged as a namesake's. */
  keep: string[];
  /** Author names marked as owners (as `--owner`): a publication list's person. */
  owner?: string[];
}

export const NO_DECISIONS: IdentityDecisions = { merge: [], split: [], exclude: [], keep: [] };

/** A name taken apart: folded, lower-case tokens. */
export interface NameParts {
  /** Given names and initials in order (an initial is one letter). */
  given: string[];
  /** Names in parentheses ("Jason (Jinquan) Dai" → `jinquan`). */
  aliases: string[];
  /** The surname with its particles ("ter Hoeve" → `terhoeve`). */
  surname: string;
  /** Written "Last, First". */
  comma: boolean;
}

const PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "del",
  "della",
  "di",
  "da",
  "du",
  "le",
  "la",
  "ter",
  "ten",
  "dos",
  "das",
  "st",
]);

/** Tokens of one part of a name: initials split ("J.P.", "JP", "J.-P."), others folded whole. */
function nameTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\s.]+/)) {
    if (raw === "") continue;
    const pieces = raw.split("-").filter((p) => p !== "");
    // "J.-P." and "JP" are initials; "Fu-Yun" is one given name.
    if (pieces.length > 1 && pieces.every((p) => nameIdentity(p).length === 1)) {
      for (const p of pieces) out.push(nameIdentity(p));
      continue;
    }
    if (/^\p{Lu}{2,3}$/u.test(raw)) {
      for (const ch of raw) out.push(nameIdentity(ch));
      continue;
    }
    const id = nameIdentity(raw);
    if (id !== "") out.push(id);
  }
  return out;
}

/** Take a display name apart into given names, aliases and surname. */
export function parseNameParts(name: string): NameParts {
  const aliases: string[] = [];
  const bare = name.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    aliases.push(...nameTokens(inner));
    return " ";
  });
  const comma = bare.indexOf(",");
  let tokens: string[];
  let surnameTokens: string[];
  if (comma >= 0) {
    surnameTokens = nameTokens(bare.slice(0, comma));
    tokens = nameTokens(bare.slice(comma + 1).replace(/,.*$/, ""));
  } else {
    const all = nameTokens(bare);
    let start = all.length - 1;
    while (start > 1 && PARTICLES.has(all[start - 1] ?? "")) start--;
    surnameTokens = all.slice(Math.max(start, 0));
    tokens = all.slice(0, Math.max(start, 0));
  }
  return { given: tokens, aliases, surname: surnameTokens.join(""), comma: comma >= 0 };
}

/** Damerau-Levenshtein distance (adjacent swaps count one), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Edits allowed between two spellings of one name: none under 5 letters, 2 from 8. */
function typoLimit(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return n >= 8 ? 2 : n >= 5 ? 1 : 0;
}

function isTypo(a: string, b: string): boolean {
  const limit = typoLimit(a, b);
  return limit > 0 && a[0] === b[0] && a !== b && editDistance(a, b, limit) <= limit;
}

export type NameRelation = keyof typeof NAME_SCORES;

/** How two given-name lists relate, or null when they cannot be one person's. */
function compareGiven(a: string[], b: string[]): "same" | "middle" | "initial" | "typo" | null {
  const [a0, ...aRest] = a;
  const [b0, ...bRest] = b;
  if (a0 === undefined || b0 === undefined) return null;
  let relation: "same" | "initial" | "typo";
  if (a0 === b0) relation = "same";
  else if ((a0.length === 1 || b0.length === 1) && a0[0] === b0[0]) relation = "initial";
  else if (isTypo(a0, b0)) relation = "typo";
  else return null;
  if (aRest.length === 0 || bRest.length === 0) {
    return aRest.length === bRest.length ? relation : relation === "same" ? "middle" : relation;
  }
  if (aRest.length !== bRest.length) return null;
  for (let i = 0; i < aRest.length; i++) {
    const x = aRest[i] as string;
    const y = bRest[i] as string;
    if (x === y) continue;
    if ((x.length === 1 || y.length === 1) && x[0] === y[0]) {
      if (relation === "same") relation = "initial";
      continue;
    }
    return null;
  }
  return relation === "same" ? "middle" : relation;
}

/**
 * What the two name forms alone say: the relation that could make them one person, or null.
 * Names with the same identity are "the same name" (they meet only under different source ids).
 */
export function relateNames(a: string, b: string): NameRelation | null {
  return relateParsedNames(
    { identity: nameIdentity(a), parts: parseNameParts(a) },
    { identity: nameIdentity(b), parts: parseNameParts(b) },
  );
}

/** A name as `relateNames` compares it: its identity and its parts. */
interface ParsedName {
  identity: string;
  parts: NameParts;
}

/** `relateNames` on names already taken apart (candidate pairs reuse each name's parts). */
function relateParsedNames(a: ParsedName, b: ParsedName): NameRelation | null {
  if (a.identity === b.identity) return "sameName";
  const pa = a.parts;
  const pb = b.parts;
  if (pa.surname === "" || pb.surname === "") return null;
  const sameTokens = (x: string[], y: string[]) =>
    x.length === y.length && x.every((t, i) => t === y[i]);
  if (pa.surname === pb.surname) {
    if (sameTokens(pa.given, pb.given)) {
      if (pa.comma !== pb.comma) return "commaOrder";
      if (pa.aliases.length > 0 || pb.aliases.length > 0) return "alias";
    }
    // An alias stands for a given name: "Jason (Jinquan) Dai" is also "Jinquan Dai".
    const aliasOf = (p: NameParts, q: NameParts) =>
      p.aliases.length > 0 &&
      q.given.length > 0 &&
      (p.aliases.includes(q.given[0] as string) ||
        (q.given[0] === p.given[0] && q.given.slice(1).every((t) => p.aliases.includes(t))));
    if (aliasOf(pa, pb) || aliasOf(pb, pa)) return "alias";
    const given = compareGiven(pa.given, pb.given);
    if (given === "same") return pa.comma !== pb.comma ? "commaOrder" : null;
    if (given !== null) return given;
    return null;
  }
  // A typo in the surname, the given names written alike ("Burak Ukzent" / "Burak Uzkent").
  if (sameTokens(pa.given, pb.given) && pa.given.length > 0 && isTypo(pa.surname, pb.surname)) {
    return "typo";
  }
  // "Song Jiaming" / "Jiaming Song": the same two words in the other order.
  const wordsA = [...pa.given, pa.surname];
  const wordsB = [...pb.given, pb.surname];
  if (
    wordsA.length === 2 &&
    wordsB.length === 2 &&
    wordsA[0] === wordsB[1] &&
    wordsA[1] === wordsB[0] &&
    !pa.comma &&
    !pb.comma
  ) {
    return "swapped";
  }
  return null;
}

/** Everything the papers say about one name (or one name under one source identity). */
export interface NameProfile {
  /** The builder's grouping key: the name's identity, `#scheme:value` added under a source id. */
  identity: string;
  /** Spellings seen, with how many credits used each, in order of first appearance. */
  spellings: Map<string, number>;
  ids: AuthorIds;
  /** Paper title keys. */
  papers: Set<string>;
  /**
   * `recordIndex` → the credit sources naming this person on that record, one bit per source
   * (`sourceBit`): a set per credit was most of this stage's memory on a large corpus.
   */
  records: Map<number, number>;
  files: Set<string>;
  minYear: number;
  maxYear: number;
  orgs: Set<string>;
  /** Identities of coauthors on papers under the hyperauthor cap, owners left out. */
  coauthors: Set<string>;
  /** Papers counted (credits), for choosing the display spelling. */
  credits: number;
  owner: boolean;
}

const ID_SCHEMES = [
  ["orcid", "ORCID"],
  ["dblpPid", "DBLP pid"],
  ["openalexId", "OpenAlex id"],
] as const;

/** The grouping key of one credit: its name's identity, refined by a source id if it has one. */
export function creditIdentity(credit: Pick<AuthorCredit, "name" | "ids">): string {
  const base = nameIdentity(credit.name);
  if (credit.ids) {
    for (const [scheme] of ID_SCHEMES) {
      const value = credit.ids[scheme];
      if (value) return `${base}#${scheme}:${value}`;
    }
  }
  return base;
}

export interface CollectOptions {
  /** Profile owners' names: they share every paper, so they count as no one's coauthor. */
  owners: string[];
  /** Papers with more authors than this add no coauthors (default 25). */
  hyperauthorCap?: number;
}

/** A paper's credits plus the profile spellings enrichment folded into them (nameVariants). */
function withVariants(paper: PaperRecord): AuthorCredit[] {
  if (!paper.nameVariants || paper.nameVariants.length === 0) return paper.authors;
  return [
    ...paper.authors,
    ...paper.nameVariants.map((v) => ({
      name: v.name,
      position: null,
      source: "profile" as const,
    })),
  ];
}

/** Each credit source's bit in `NameProfile.records`, given in order of first use. */
const SOURCE_BITS = new Map<string, number>();

/** The bit that stands for `source` in a record's set of sources (at most 31 sources). */
export function sourceBit(source: string): number {
  let bit = SOURCE_BITS.get(source);
  if (bit === undefined) {
    if (SOURCE_BITS.size >= 31) throw new Error(`sourceBit: too many credit sources ("${source}")`);
    bit = 1 << SOURCE_BITS.size;
    SOURCE_BITS.set(source, bit);
  }
  return bit;
}

/** One profile per credit identity, over all papers of all inputs (records in input order). */
export function collectNameProfiles(
  papers: readonly PaperRecord[],
  options: CollectOptions,
): Map<string, NameProfile> {
  const cap = options.hyperauthorCap ?? 25;
  const owners = new Set(options.owners.map(nameIdentity));
  const profiles = new Map<string, NameProfile>();
  papers.forEach((paper, recordIndex) => {
    const paperKey = titleKey(paper.title);
    const credits = withVariants(paper);
    const ids = credits.map(creditIdentity);
    credits.forEach((credit, i) => {
      const identity = ids[i] as string;
      if (nameIdentity(credit.name) === "") return;
      let profile = profiles.get(identity);
      if (!profile) {
        profile = {
          identity,
          spellings: new Map(),
          ids: {},
          papers: new Set(),
          records: new Map(),
          files: new Set(),
          minYear: paper.year,
          maxYear: paper.year,
          orgs: new Set(),
          coauthors: new Set(),
          credits: 0,
          owner: owners.has(nameIdentity(credit.name)),
        };
        profiles.set(identity, profile);
      }
      profile.spellings.set(credit.name, (profile.spellings.get(credit.name) ?? 0) + 1);
      if (credit.ids) profile.ids = { ...profile.ids, ...credit.ids };
      profile.papers.add(paperKey);
      profile.records.set(
        recordIndex,
        (profile.records.get(recordIndex) ?? 0) | sourceBit(credit.source),
      );
      profile.files.add(paper.file);
      profile.minYear = Math.min(profile.minYear, paper.year);
      profile.maxYear = Math.max(profile.maxYear, paper.year);
      for (const org of paper.orgs) profile.orgs.add(org.toLowerCase());
      profile.credits++;
      if (paper.authors.length <= cap) {
        for (const other of ids) {
          if (other !== identity && !owners.has(other.split("#")[0] as string)) {
            profile.coauthors.add(other);
          }
        }
      }
    });
  });
  return profiles;
}

/** The spelling shown for a profile: the most used, then the fullest, then the first seen. */
export function displaySpelling(profile: NameProfile): string {
  let best = "";
  let bestCount = -1;
  for (const [name, count] of profile.spellings) {
    if (count > bestCount || (count === bestCount && fullness(name) > fullness(best))) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** Letters in given names that are not initials: "Jason Jinquan Dai" beats "J. Dai". */
function fullness(name: string): number {
  const parts = parseNameParts(name);
  return parts.given.reduce((n, t) => n + (t.length > 1 ? t.length : 0), 0);
}

export interface PairScore {
  score: number;
  reasons: string[];
  /** True when the two can never be one person (named together on one list, different ids). */
  blocked: boolean;
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? "" : "s"}`;
}

/**
 * Score one candidate pair. `relation` is what the names say (relateNames), `papers` the
 * records both profiles were collected from (to tell "named together on one list", which makes
 * them two people, from "one paper written two ways", which makes them one).
 */
export function scoreNamePair(
  a: NameProfile,
  b: NameProfile,
  relation: NameRelation | null,
  names: { a: string; b: string },
): PairScore {
  const reasons: string[] = [];
  for (const [scheme, label] of ID_SCHEMES) {
    const x = a.ids[scheme];
    const y = b.ids[scheme];
    if (x && y) {
      if (x === y) return { score: Infinity, reasons: [`same ${label} ${x}`], blocked: false };
      return { score: -Infinity, reasons: [`different ${label}s ${x} and ${y}`], blocked: true };
    }
  }
  if (relation === null) return { score: -Infinity, reasons: [], blocked: true };
  let together = 0;
  let twoWays = 0;
  for (const [record, sourcesA] of a.records) {
    const sourcesB = b.records.get(record);
    if (sourcesB === undefined) continue;
    if ((sourcesA & sourcesB) !== 0) together++;
    else twoWays++;
  }
  if (together > 0) {
    return {
      score: -Infinity,
      reasons: [`named together on ${plural(together, "author list")}`],
      blocked: true,
    };
  }
  let score = NAME_SCORES[relation];
  reasons.push(RELATION_REASONS[relation](names.a, names.b));
  // The same paper under both names, from different records or sources.
  let samePaper = twoWays;
  for (const p of a.papers) if (b.papers.has(p)) samePaper++;
  if (samePaper > 0) {
    score += EVIDENCE_SCORES.samePaper;
    reasons.push("the same paper names one and the other in two sources");
  }
  let shared = 0;
  for (const c of a.coauthors) if (b.coauthors.has(c)) shared++;
  if (shared > 0) {
    score += EVIDENCE_SCORES.sharedCoauthor * Math.min(shared, EVIDENCE_SCORES.sharedCoauthorMax);
    reasons.push(`${plural(shared, "shared coauthor")}`);
  }
  if ([...a.files].some((f) => b.files.has(f))) {
    score += EVIDENCE_SCORES.sameFile;
    reasons.push("same source file");
  }
  const gap = Math.max(a.minYear - b.maxYear, b.minYear - a.maxYear, 0);
  if (gap > YEAR_GAP) {
    score += EVIDENCE_SCORES.yearsApart;
    reasons.push(`active ${gap} years apart`);
  } else {
    score += EVIDENCE_SCORES.yearsOverlap;
    reasons.push(gap === 0 ? "active in the same years" : `active ${gap} years apart`);
  }
  if (a.orgs.size > 0 && b.orgs.size > 0) {
    const common = [...a.orgs].filter((o) => b.orgs.has(o));
    if (common.length > 0) {
      score += EVIDENCE_SCORES.sharedOrg;
      reasons.push(`shared organisation ${common[0]}`);
    } else {
      score += EVIDENCE_SCORES.disjointOrgs;
      reasons.push("no organisation in common");
    }
  }
  return { score: Math.round(score * 100) / 100, reasons, blocked: false };
}

const RELATION_REASONS: Record<NameRelation, (a: string, b: string) => string> = {
  commaOrder: () => `"Last, First" order`,
  alias: () => "a name in parentheses is the other name",
  middle: () => "a middle name or initial on one side only",
  sameName: () => "the same name under different source records",
  typo: (a, b) =>
    `spelling differs by ${plural(editDistance(nameIdentity(a), nameIdentity(b), 2), "letter")}`,
  initial: () => "an initial stands for the given name",
  swapped: () => "given name and surname swapped",
};

/** A merge made at ingest: `key` is filled in by the graph builder. */
export interface IdentityMerge {
  /** The display name the merged author carries. */
  name: string;
  /** The builder's grouping key of the merged author. */
  identity: string;
  /** Every spelling merged, the display name first. */
  names: string[];
  reason: string;
  score: number;
  /** Who decided: the scores, a source id, or the user's decisions. */
  by: "score" | "decision";
  /** Each spelling's records (indices into the input papers), to split the merge later. */
  records: Record<string, number[]>;
}

export interface IdentitySuggestion {
  identities: [string, string];
  names: [string, string];
  score: number;
  reasons: string[];
}

export interface IdentityResolution {
  /** The input records with credits renamed to their person's display name and identity. */
  papers: PaperRecord[];
  merged: IdentityMerge[];
  suggested: IdentitySuggestion[];
  /** The decisions' names that matched no author (reported, never dropped silently). */
  unknownNames: string[];
}

interface Candidate {
  a: NameProfile;
  b: NameProfile;
  relation: NameRelation | null;
}

/** Candidate pairs: the same surname (or swapped words, a surname typo, a shared source id). */
function candidatePairs(profiles: NameProfile[]): Candidate[] {
  const buckets = new Map<string, NameProfile[]>();
  // Each profile's display spelling taken apart once: a bucket of n names compares n² pairs.
  const parsed = new Map<NameProfile, ParsedName>();
  const add = (key: string, p: NameProfile) => {
    let list = buckets.get(key);
    if (!list) {
      list = [];
      buckets.set(key, list);
    }
    // A profile's keys are added together, so a repeat can only be the last one in.
    if (list[list.length - 1] !== p) list.push(p);
  };
  for (const p of profiles) {
    const name = displaySpelling(p);
    const np = parseNameParts(name);
    parsed.set(p, { identity: nameIdentity(name), parts: np });
    if (np.surname === "") continue;
    // Same surname, sub-bucketed by the initial of the first given name and of each alias.
    for (const word of [np.given[0] ?? "", ...np.aliases])
      add(`s:${np.surname}|${word[0] ?? ""}`, p);
    // Same given names, surnames starting alike: a typo in the surname.
    if (np.given.length > 0) add(`g:${np.given.join(" ")}|${np.surname[0]}`, p);
    if (np.given.length === 1) add(`w:${[np.given[0], np.surname].sort().join(" ")}`, p);
    for (const [scheme] of ID_SCHEMES) {
      const value = p.ids[scheme];
      if (value) add(`id:${scheme}:${value}`, p);
    }
    // Names under different source ids meet here ("Li Zhang#orcid:…" and "Li Zhang").
    add(`n:${p.identity.split("#")[0]}`, p);
  }
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const [key, list] of buckets) {
    const idBucket = key.startsWith("id:");
    // Typo buckets also hold same-length surnames that start alike: checked by relateNames.
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as NameProfile;
      const nameA = parsed.get(a) as ParsedName;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j] as NameProfile;
        // The relation first: most pairs in a bucket are unrelated, and need no pair key.
        const relation = relateParsedNames(nameA, parsed.get(b) as ParsedName);
        if (relation === null && !idBucket) continue;
        const pairKey =
          a.identity < b.identity
            ? `${a.identity}\u0000${b.identity}`
            : `${b.identity}\u0000${a.identity}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        out.push({ a, b, relation });
      }
    }
  }
  return out;
}

/**
 * Resolve identities over every input's papers. Returns the records with each credit renamed
 * to its person's display spelling (and `identity` set), so the builder makes one node per
 * person; the merges and the suggestions carry their reasons.
 */
export function resolveIdentities(
  papers: readonly PaperRecord[],
  options: CollectOptions & { decisions?: IdentityDecisions },
): IdentityResolution {
  const decisions = options.decisions ?? NO_DECISIONS;
  const profiles = collectNameProfiles(papers, options);
  const list = [...profiles.values()];
  const byName = new Map<string, NameProfile[]>();
  for (const p of list) {
    for (const spelling of p.spellings.keys()) {
      const id = nameIdentity(spelling);
      const at = byName.get(id) ?? [];
      if (!at.includes(p)) at.push(p);
      byName.set(id, at);
    }
  }
  const unknownNames: string[] = [];
  const lookup = (name: string): NameProfile[] => {
    const found = byName.get(nameIdentity(name)) ?? [];
    if (found.length === 0 && !unknownNames.includes(name)) unknownNames.push(name);
    return found;
  };
  const splitPairs = new Set<string>();
  const pairId = (a: NameProfile, b: NameProfile) =>
    a.identity < b.identity
      ? `${a.identity}\u0000${b.identity}`
      : `${b.identity}\u0000${a.identity}`;
  for (const [x, y] of decisions.split) {
    for (const a of lookup(x)) for (const b of lookup(y)) if (a !== b) splitPairs.add(pairId(a, b));
  }

  // Score candidates; an initial that fits several full names is ambiguous for each.
  const scored = candidatePairs(list).map((c) => {
    const names = { a: displaySpelling(c.a), b: displaySpelling(c.b) };
    return { ...c, names, ...scoreNamePair(c.a, c.b, c.relation, names) };
  });
  const initialFits = new Map<NameProfile, number>();
  for (const s of scored) {
    if (s.relation !== "initial" || s.blocked) continue;
    const short = fullness(s.names.a) < fullness(s.names.b) ? s.a : s.b;
    initialFits.set(short, (initialFits.get(short) ?? 0) + 1);
  }
  for (const s of scored) {
    if (s.relation !== "initial" || s.blocked) continue;
    const short = fullness(s.names.a) < fullness(s.names.b) ? s.a : s.b;
    const fits = initialFits.get(short) ?? 0;
    if (fits > 1) {
      s.score = Math.round((s.score + EVIDENCE_SCORES.ambiguous) * 100) / 100;
      s.reasons.push(`the short name fits ${fits} people`);
    }
  }

  // Union-find over profiles; a group never holds two people named on one list or two ids.
  const parent = new Map<NameProfile, NameProfile>(list.map((p) => [p, p]));
  const members = new Map<NameProfile, NameProfile[]>(list.map((p) => [p, [p]]));
  const find = (p: NameProfile): NameProfile => {
    let r = p;
    while (parent.get(r) !== r) r = parent.get(r) as NameProfile;
    return r;
  };
  const blockedPairs = new Set(scored.filter((s) => s.blocked).map((s) => pairId(s.a, s.b)));
  const conflicts = (ra: NameProfile, rb: NameProfile): boolean => {
    for (const x of members.get(ra) ?? []) {
      for (const y of members.get(rb) ?? []) {
        const id = pairId(x, y);
        if (splitPairs.has(id) || blockedPairs.has(id)) return true;
        for (const [scheme] of ID_SCHEMES) {
          if (x.ids[scheme] && y.ids[scheme] && x.ids[scheme] !== y.ids[scheme]) return true;
        }
        for (const [record, sx] of x.records) {
          const sy = y.records.get(record);
          if (sy !== undefined && (sx & sy) !== 0) return true;
        }
      }
    }
    return false;
  };
  const reasonsOf = new Map<
    NameProfile,
    { reason: string; score: number; by: IdentityMerge["by"] }[]
  >();
  const union = (
    a: NameProfile,
    b: NameProfile,
    reason: string,
    score: number,
    by: IdentityMerge["by"],
  ) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb || conflicts(ra, rb)) return false;
    parent.set(rb, ra);
    members.set(ra, [...(members.get(ra) ?? []), ...(members.get(rb) ?? [])]);
    members.delete(rb);
    reasonsOf.set(ra, [
      ...(reasonsOf.get(ra) ?? []),
      ...(reasonsOf.get(rb) ?? []),
      { reason, score, by },
    ]);
    reasonsOf.delete(rb);
    return true;
  };
  for (const [x, y] of decisions.merge) {
    for (const a of lookup(x)) {
      for (const b of lookup(y)) {
        if (a !== b) union(a, b, "merged by decision", Infinity, "decision");
      }
    }
  }
  const ordered = scored
    .filter((s) => !s.blocked && !splitPairs.has(pairId(s.a, s.b)))
    .sort((x, y) => y.score - x.score || (x.names.a + x.names.b < y.names.a + y.names.b ? -1 : 1));
  for (const s of ordered) {
    if (s.score >= MERGE_THRESHOLD) union(s.a, s.b, s.reasons.join("; "), s.score, "score");
  }
  const suggested: IdentitySuggestion[] = [];
  const suggestedRoots = new Set<string>();
  for (const s of ordered) {
    if (s.score < SUGGEST_THRESHOLD) continue;
    const ra = find(s.a);
    const rb = find(s.b);
    if (ra === rb || conflicts(ra, rb)) continue;
    const key = pairId(ra, rb);
    if (suggestedRoots.has(key)) continue;
    suggestedRoots.add(key);
    suggested.push({
      identities: [s.a.identity, s.b.identity],
      names: [s.names.a, s.names.b],
      score: s.score,
      reasons: s.reasons,
    });
  }

  // Each group's display name and identity; credits renamed.
  const rename = new Map<string, { name: string; identity: string }>();
  const merged: IdentityMerge[] = [];
  for (const [root, group] of members) {
    // A lone name keeps its credits as they are (the builder keys it by its name).
    if (group.length === 1 && !root.identity.includes("#")) continue;
    const combined: NameProfile = {
      ...root,
      spellings: new Map(),
      credits: 0,
    };
    for (const m of group) {
      for (const [name, n] of m.spellings)
        combined.spellings.set(name, (combined.spellings.get(name) ?? 0) + n);
    }
    // An owner's header spelling wins (it names the profile).
    const ownerMember = group.find((m) => m.owner);
    const name = ownerMember
      ? (options.owners.find((o) => ownerMember.spellings.has(o)) ?? displaySpelling(ownerMember))
      : displaySpelling(combined);
    // An owner keeps the plain identity the builder registers owners under.
    const idSuffix = root.identity.includes("#")
      ? root.identity.slice(root.identity.indexOf("#"))
      : "";
    const identity =
      group.length === 1 ? root.identity : nameIdentity(name) + (ownerMember ? "" : idSuffix);
    for (const m of group) rename.set(m.identity, { name, identity });
    if (group.length > 1) {
      const names = [name, ...[...combined.spellings.keys()].filter((n) => n !== name)];
      const records: Record<string, number[]> = {};
      for (const m of group) {
        for (const spelling of m.spellings.keys()) {
          records[spelling] = [...(records[spelling] ?? []), ...m.records.keys()];
        }
      }
      const why = reasonsOf.get(root) ?? [];
      merged.push({
        name,
        identity,
        names,
        reason: why.map((w) => w.reason).join(" | "),
        score: Math.min(...why.map((w) => w.score)),
        by: why.some((w) => w.by === "decision") ? "decision" : "score",
        records,
      });
    }
  }
  for (const s of suggested) {
    s.identities = [
      rename.get(s.identities[0])?.identity ?? s.identities[0],
      rename.get(s.identities[1])?.identity ?? s.identities[1],
    ];
  }

  const renamed = papers.map((paper): PaperRecord => {
    const seenIdentities = new Set<string>();
    const authors: AuthorCredit[] = [];
    for (const credit of paper.authors) {
      const to = rename.get(creditIdentity(credit));
      if (!to) {
        authors.push(credit);
        continue;
      }
      // One person written two ways on one record (a profile name kept after the BibTeX list).
      if (seenIdentities.has(to.identity)) continue;
      seenIdentities.add(to.identity);
      authors.push({ ...credit, name: to.name, identity: to.identity });
    }
    // A spelling enrichment folded into a listed author, now a person of its own (split).
    for (const variant of paper.nameVariants ?? []) {
      const from = rename.get(nameIdentity(variant.name));
      const into = rename.get(nameIdentity(variant.as));
      const identity = from?.identity ?? nameIdentity(variant.name);
      if (identity === (into?.identity ?? nameIdentity(variant.as))) continue;
      if (seenIdentities.has(identity)) continue;
      seenIdentities.add(identity);
      authors.push({
        name: from?.name ?? variant.name,
        position: authors.length,
        source: "profile",
        ...(from ? { identity } : {}),
      });
    }
    return authors.length === paper.authors.length &&
      authors.every((a, i) => a === paper.authors[i])
      ? paper
      : // Positions are places in the list: renumbered where a repeated person was dropped.
        {
          ...paper,
          authors: authors.map((a, i) => (a.position === null ? a : { ...a, position: i })),
        };
  });
  return { papers: renamed, merged, suggested, unknownNames };
}
