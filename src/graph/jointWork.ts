// What two coauthors worked on together: their joint papers, the categories those papers share,
// and the title words that set them apart from the rest of the network (TF-IDF against every
// paper title in the graph). Also each coauthor link's dominant category, for colouring links.
// Pure: reads the graph, writes nothing; per-graph results are cached in WeakMaps, so they go
// with the graph they describe.
import { foldText } from "../ingest/names";
import type { AppGraph } from "./appGraph";
import type { PaperNodeAttributes } from "./schema";

type PaperGraph = AppGraph;

export interface JointPaper {
  key: string;
  title: string;
  year: number;
  yearInferred: boolean;
  venue: string;
  venueYear: number | null;
  category: string;
}

export interface SharedTopics {
  /** Categories of the joint papers, most papers first (then by code). */
  categories: { code: string; count: number }[];
  /** The most distinctive title words across the joint papers, best first. */
  words: { word: string; score: number }[];
}

export interface JointWork {
  a: string;
  b: string;
  /** Newest first, then by title. */
  papers: JointPaper[];
  topics: SharedTopics;
}

/** Words too common in titles to say anything about a topic. */
const STOPWORDS = new Set(
  (
    "a an and are as at be by can do for from how in into is it its of on or our over the their " +
    "this to towards toward under using via what when where which while who why with without " +
    "we you your not no all any more most than then these those through beyond between about " +
    "based new via vs versus one two three can't"
  ).split(" "),
);

/** Lower-case words of a title (accents folded), without stopwords, digits and single letters. */
export function titleTerms(title: string): string[] {
  return foldText(title)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

/** Document frequencies of title words over a set of titles. */
export interface TitleCorpus {
  documents: number;
  frequency: Map<string, number>;
}

export function titleCorpus(titles: Iterable<string>): TitleCorpus {
  const frequency = new Map<string, number>();
  let documents = 0;
  for (const title of titles) {
    documents++;
    for (const w of new Set(titleTerms(title))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  return { documents, frequency };
}

/**
 * The `limit` most distinctive words of `titles` against `corpus`: term frequency across the
 * titles times inverse document frequency, idf = ln(N / df), so a word in every title of the
 * network scores 0 and is left out. A word must occur in at least `minTitles` of the titles
 * (two when there are several: one paper's odd word does not make a shared topic). Ties go to
 * the word in more titles, then alphabetically.
 */
export function distinctiveWords(
  titles: readonly string[],
  corpus: TitleCorpus,
  limit = 6,
  minTitles = titles.length >= 3 ? 2 : 1,
): { word: string; score: number }[] {
  const tf = new Map<string, number>();
  const inTitles = new Map<string, number>();
  for (const title of titles) {
    const terms = titleTerms(title);
    for (const w of terms) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of new Set(terms)) inTitles.set(w, (inTitles.get(w) ?? 0) + 1);
  }
  const n = Math.max(corpus.documents, titles.length);
  const scored: { word: string; score: number; titles: number }[] = [];
  for (const [word, count] of tf) {
    const seen = inTitles.get(word) ?? 0;
    if (seen < minTitles) continue;
    const df = Math.max(corpus.frequency.get(word) ?? 0, seen);
    const score = count * Math.log(n / df);
    if (score > 0) scored.push({ word, score, titles: seen });
  }
  scored.sort(
    (x, y) =>
      y.score - x.score || y.titles - x.titles || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ word, score }) => ({ word, score }));
}

/** Category counts, most papers first, then by code. */
export function categoryCounts(
  papers: readonly { category: string }[],
): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of papers) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((x, y) => y.count - x.count || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
}

const corpora = new WeakMap<object, TitleCorpus>();

/** Every paper title of the graph as a corpus (built once per graph). */
export function graphTitleCorpus(graph: PaperGraph): TitleCorpus {
  let corpus = corpora.get(graph);
  if (!corpus) {
    const titles: string[] = [];
    graph.forEachNode((_k, attrs) => {
      if (attrs.kind === "paper") titles.push(attrs.title);
    });
    corpus = titleCorpus(titles);
    corpora.set(graph, corpus);
  }
  return corpus;
}

/** Papers of `author` over authorship edges. */
function papersOf(graph: PaperGraph, author: string): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(author, (_e, attrs, source, target) => {
    if (attrs.kind !== "authorship") return;
    const other = source === author ? target : source;
    if (graph.getNodeAttribute(other, "kind") === "paper") out.add(other);
  });
  return out;
}

/** Keys of the papers `a` and `b` both wrote (every joint paper, hyperauthored ones too). */
export function jointPaperKeys(graph: PaperGraph, a: string, b: string): string[] {
  if (!graph.hasNode(a) || !graph.hasNode(b) || a === b) return [];
  const ofA = papersOf(graph, a);
  const out: string[] = [];
  for (const p of papersOf(graph, b)) if (ofA.has(p)) out.push(p);
  return out;
}

/** Everything the panel says about a pair: joint papers, newest first, and shared topics. */
export function jointWork(graph: PaperGraph, a: string, b: string, wordLimit = 6): JointWork {
  const papers = jointPaperKeys(graph, a, b).map((key): JointPaper => {
    const p = graph.getNodeAttributes(key) as PaperNodeAttributes;
    return {
      key,
      title: p.title,
      year: p.year,
      yearInferred: p.yearInferred,
      venue: p.venue,
      venueYear: p.venueYear,
      category: p.category,
    };
  });
  papers.sort((x, y) => y.year - x.year || x.title.localeCompare(y.title));
  const words = distinctiveWords(
    papers.map((p) => p.title),
    graphTitleCorpus(graph),
    wordLimit,
  );
  return { a, b, papers, topics: { categories: categoryCounts(papers), words } };
}

const dominantByGraph = new WeakMap<object, Map<string, string>>();

/**
 * Each coauthor link's dominant category: the category of most of its joint papers (the ones the
 * link counts, in its `papers` attribute), ties to the alphabetically first code. Built once per
 * graph; links with no paper are absent.
 */
export function coauthorLinkCategories(graph: PaperGraph): Map<string, string> {
  let map = dominantByGraph.get(graph);
  if (!map) {
    const built = new Map<string, string>();
    graph.forEachEdge((edge, attrs) => {
      if (attrs.kind !== "coauthor" || attrs.papers.length === 0) return;
      const categories = attrs.papers.map((key) => ({
        category: (graph.getNodeAttributes(key) as PaperNodeAttributes).category,
      }));
      const top = categoryCounts(categories)[0];
      if (top) built.set(edge, top.code);
    });
    map = built;
    dominantByGraph.set(graph, map);
  }
  return map;
}
