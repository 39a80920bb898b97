// Search over author names and paper titles for the search box's autocomplete: accent- and
// case-insensitive, ranked exact > prefix > word prefix > substring > all words, then by degree.
// Labels are folded once when the index is built, so a keystroke is one scan of plain strings.

import type { AppGraph } from "../graph/appGraph";
import { foldText } from "../ingest/names";
import { cachedPer } from "../model/cachedPer";

export interface SearchHit {
  key: string;
  label: string;
  kind: "author" | "paper";
}

export interface SearchIndex {
  keys: string[];
  labels: string[];
  kinds: ("author" | "paper")[];
  /** Folded labels, padded with a leading space so " word" finds word starts. */
  folded: string[];
  /** Papers for an author, authors for a paper: the tie-breaker. */
  degree: Int32Array;
}

const NON_ALNUM_RE = /[^\p{L}\p{N}]+/gu;

/** Fold text for matching: accents and case removed, punctuation runs to one space, trimmed. */
export function foldForSearch(text: string): string {
  return foldText(text).toLowerCase().replace(NON_ALNUM_RE, " ").trim();
}

/**
 * `searchIndex(graph)`, built on first use and kept for the graph: a network's first frame does
 * not wait for it (folding every label is a visible part of opening a large network), the search
 * box and a linked query build it when they first ask.
 */
export const searchIndexOf = cachedPer((graph: AppGraph) => searchIndex(graph));

/** Index the graph's authors and papers (fold nodes are not searchable). */
export function searchIndex(graph: AppGraph): SearchIndex {
  const keys: string[] = [];
  const labels: string[] = [];
  const kinds: ("author" | "paper")[] = [];
  const folded: string[] = [];
  const degrees: number[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "fold") return;
    const label = attrs.kind === "author" ? attrs.name : attrs.title;
    keys.push(key);
    labels.push(label);
    kinds.push(attrs.kind);
    folded.push(` ${foldForSearch(label)}`);
    degrees.push(attrs.kind === "author" ? attrs.paperCount : attrs.authorCount);
  });
  return { keys, labels, kinds, folded, degree: Int32Array.from(degrees) };
}

const RANK_EXACT = 0;
const RANK_PREFIX = 1;
const RANK_WORD_PREFIX = 2;
const RANK_SUBSTRING = 3;
const RANK_ALL_WORDS = 4;

/** Up to `limit` hits for `query`, best first. An empty query finds nothing. */
export function searchNodes(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = foldForSearch(query);
  if (q === "" || limit <= 0) return [];
  const padded = ` ${q}`;
  const words = q.split(" ");
  const { folded, degree, labels } = index;
  // Keep only the best `limit` hits, in order: a one-letter query matches nearly every label
  // of a 50k-node graph, and sorting them all would cost more than the scan.
  const best: { i: number; rank: number }[] = [];
  const before = (a: { i: number; rank: number }, b: { i: number; rank: number }) =>
    (a.rank - b.rank ||
      (degree[b.i] as number) - (degree[a.i] as number) ||
      compareText(labels[a.i] as string, labels[b.i] as string) ||
      a.i - b.i) < 0;
  for (let i = 0; i < folded.length; i++) {
    const rank = matchRank(folded[i] as string, padded, q, words);
    if (rank < 0) continue;
    const hit = { i, rank };
    if (best.length === limit && !before(hit, best[limit - 1] as { i: number; rank: number })) {
      continue;
    }
    let at = best.length;
    while (at > 0 && before(hit, best[at - 1] as { i: number; rank: number })) at--;
    best.splice(at, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best.map(({ i }) => ({
    key: index.keys[i] as string,
    label: labels[i] as string,
    kind: index.kinds[i] as "author" | "paper",
  }));
}

/** How `text` (a folded, space-padded label) matches the folded query; -1 when it does not. */
function matchRank(text: string, padded: string, q: string, words: string[]): number {
  if (text.length === padded.length && text === padded) return RANK_EXACT;
  if (text.startsWith(padded)) return RANK_PREFIX;
  if (text.includes(padded)) return RANK_WORD_PREFIX;
  if (text.includes(q)) return RANK_SUBSTRING;
  if (words.length > 1 && words.every((w) => text.includes(` ${w}`))) return RANK_ALL_WORDS;
  return -1;
}

/** Keys of every node `query` matches, in index order (for the count and the canvas highlight). */
export function searchMatchKeys(index: SearchIndex, query: string): string[] {
  const q = foldForSearch(query);
  if (q === "") return [];
  const padded = ` ${q}`;
  const words = q.split(" ");
  const keys: string[] = [];
  for (let i = 0; i < index.folded.length; i++) {
    if (matchRank(index.folded[i] as string, padded, q, words) >= 0) {
      keys.push(index.keys[i] as string);
    }
  }
  return keys;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
