// Seeded synthetic inputs for the benchmarks: researcher profiles in the real export format
// with a matching BibTeX file, and coauthor graphs built directly for the layout cases. Both
// have what real collaboration data has: skewed productivity (a few authors write most papers),
// community structure (people mostly publish with their group), 2-10 authors per paper with a
// few hyperauthor papers, and years and categories spread out. Same seed, same bytes.
//
// CLI: tsx bench/generate.ts --papers 1000 [--seed 1] [--out dir]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Graph from "graphology";
import { mulberry32, type RandomSource } from "../src/graph/random";

// ---------------------------------------------------------------------------------------------
// Shared sampling helpers

/** Pareto-distributed weights: author i's productivity; alpha near 1.2 gives a heavy tail. */
function paretoWeights(count: number, rng: RandomSource, alpha = 1.2, cap = 200): Float64Array {
  const w = new Float64Array(count);
  for (let i = 0; i < count; i++) w[i] = Math.min(cap, (1 - rng()) ** (-1 / alpha));
  return w;
}

/** A sampler that draws index i with probability proportional to weights[i] (binary search). */
function weightedSampler(weights: ArrayLike<number>, indices?: ArrayLike<number>) {
  const m = indices ? indices.length : weights.length;
  const cumulative = new Float64Array(m);
  let total = 0;
  for (let k = 0; k < m; k++) {
    const i = indices ? (indices[k] as number) : k;
    total += weights[i] as number;
    cumulative[k] = total;
  }
  return (rng: RandomSource): number => {
    const r = rng() * total;
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return indices ? (indices[lo] as number) : lo;
  };
}

/** Split `count` items into groups with power-law sizes between min and max. */
function groupSizes(count: number, rng: RandomSource, min: number, max: number): number[] {
  const sizes: number[] = [];
  let left = count;
  while (left > 0) {
    const s = Math.min(left, Math.max(min, Math.round(min * (1 - rng()) ** (-1 / 1.1))), max);
    sizes.push(s);
    left -= s;
  }
  return sizes;
}

function pick<T>(items: readonly T[], rng: RandomSource): T {
  return items[Math.floor(rng() * items.length)] as T;
}

// ---------------------------------------------------------------------------------------------
// Coauthor graphs for the layout cases

export interface CoauthorGraphOptions {
  authors: number;
  seed?: number;
  /** Edges per node; default 2.5. */
  edgesPerNode?: number;
  /** Share of edges inside a community; default 0.9. */
  withinGroup?: number;
}

/**
 * A connected, undirected coauthor graph of `authors` nodes (`a0`, `a1`, ...) and about
 * `edgesPerNode * authors` edges (keys `e0`, `e1`, ...; attributes `weight` and `community`
 * on nodes): power-law community sizes, preferential attachment inside each community, a few
 * ties across communities.
 */
export function generateCoauthorGraph(options: CoauthorGraphOptions): Graph {
  const n = options.authors;
  const rng = mulberry32(options.seed ?? 1);
  const perNode = options.edgesPerNode ?? 2.5;
  const within = options.withinGroup ?? 0.9;
  const graph = new Graph({ type: "undirected", multi: false });
  const weight = paretoWeights(n, rng);
  const sizes = groupSizes(n, rng, 6, Math.max(6, Math.round(n / 15)));
  const community = new Int32Array(n);
  const groups: Int32Array[] = [];
  let next = 0;
  for (let g = 0; g < sizes.length; g++) {
    const members = new Int32Array(sizes[g] as number);
    for (let k = 0; k < members.length; k++) {
      members[k] = next;
      community[next] = g;
      next++;
    }
    groups.push(members);
  }
  for (let i = 0; i < n; i++) graph.addNode(`a${i}`, { community: community[i] as number });

  let edgeId = 0;
  const link = (u: number, v: number) => {
    if (u === v) return false;
    const a = `a${u}`;
    const b = `a${v}`;
    if (graph.hasEdge(a, b)) {
      const key = graph.edge(a, b) as string;
      graph.updateEdgeAttribute(key, "weight", (w) => (w as number) + 1);
      return false;
    }
    graph.addEdgeWithKey(`e${edgeId++}`, a, b, { weight: 1 });
    return true;
  };

  // Backbone: each member joins an earlier member of its community, preferring productive ones;
  // each community's first member joins an earlier community, so the whole graph is connected.
  const samplers = groups.map((members) => weightedSampler(weight, members));
  for (let g = 0; g < groups.length; g++) {
    const members = groups[g] as Int32Array;
    for (let k = 1; k < members.length; k++) {
      // Attach to a productive earlier member: draw from the community, retry toward the front.
      let v = (samplers[g] as (r: RandomSource) => number)(rng);
      if (v >= (members[k] as number)) v = members[Math.floor(rng() * k)] as number;
      link(members[k] as number, v);
    }
    if (g > 0) {
      const other = Math.floor(rng() * g);
      const from = (samplers[g] as (r: RandomSource) => number)(rng);
      const to = (samplers[other] as (r: RandomSource) => number)(rng);
      link(from, to);
    }
  }
  // The rest: productive authors collaborate more, mostly inside their community.
  const global = weightedSampler(weight);
  const target = Math.round(perNode * n);
  let guard = 0;
  while (graph.size < target && guard < target * 20) {
    guard++;
    const u = global(rng);
    const v =
      rng() < within
        ? (samplers[community[u] as number] as (r: RandomSource) => number)(rng)
        : global(rng);
    link(u, v);
  }
  return graph;
}

// ---------------------------------------------------------------------------------------------
// Profiles and BibTeX for the ingest cases

const FIRST = [
  "Aarav",
  "Abigail",
  "Adrian",
  "Aiko",
  "Alejandro",
  "Amara",
  "Andrei",
  "Anika",
  "Arjun",
  "Astrid",
  "Beatriz",
  "Benedikt",
  "Bilal",
  "Camille",
  "Carlos",
  "Chen",
  "Chiara",
  "Dario",
  "Daniela",
  "Deepa",
  "Dmitri",
  "Elif",
  "Elena",
  "Emeka",
  "Emil",
  "Farah",
  "Felix",
  "Fatima",
  "Gabriel",
  "Giulia",
  "Hana",
  "Hao",
  "Hiroshi",
  "Ines",
  "Ivan",
  "Jae",
  "Javier",
  "Jia",
  "João",
  "Julia",
  "Kai",
  "Kamala",
  "Karim",
  "Keiko",
  "Lars",
  "Layla",
  "Lei",
  "Lucía",
  "Luca",
  "Mads",
  "Malik",
  "Maria",
  "Mateo",
  "Mei",
  "Mohammed",
  "Nadia",
  "Naveen",
  "Nils",
  "Noor",
  "Oren",
  "Olga",
  "Omar",
  "Priya",
  "Pablo",
  "Qing",
  "Rafael",
  "Rania",
  "Ravi",
  "Renée",
  "Rohan",
  "Sakura",
  "Samir",
  "Sara",
  "Sebastián",
  "Shreya",
  "Sofia",
  "Soo-Jin",
  "Stefan",
  "Tariq",
  "Thanh",
  "Tomás",
  "Uma",
  "Valentina",
  "Vikram",
  "Wei",
  "Xin",
  "Yara",
  "Yuki",
  "Yusuf",
  "Zanele",
  "Zhao",
  "Zoë",
  "Björn",
  "Chloé",
  "Émile",
  "Ana",
  "Ben",
  "Cole",
  "Dana",
  "Eli",
];
const LAST = [
  "Abe",
  "Adeyemi",
  "Agarwal",
  "Alvarez",
  "Andersen",
  "Bauer",
  "Becker",
  "Bianchi",
  "Brown",
  "Castillo",
  "Chandra",
  "Chen",
  "Cohen",
  "Costa",
  "Dang",
  "Dubois",
  "Eriksson",
  "Fernández",
  "Fischer",
  "Fujita",
  "García",
  "Ghosh",
  "Gómez",
  "Gupta",
  "Hansen",
  "Hashemi",
  "Hoffmann",
  "Huang",
  "Ibrahim",
  "Ito",
  "Jansen",
  "Jiang",
  "Kaur",
  "Khan",
  "Kim",
  "Kowalski",
  "Kumar",
  "Larsen",
  "Lee",
  "Li",
  "Liu",
  "Lopez",
  "Martin",
  "Meyer",
  "Mishra",
  "Moreau",
  "Müller",
  "Nakamura",
  "Nguyen",
  "Novak",
  "Okafor",
  "Olsen",
  "Park",
  "Patel",
  "Pereira",
  "Petrov",
  "Qureshi",
  "Rahman",
  "Reddy",
  "Rossi",
  "Sato",
  "Schmidt",
  "Shah",
  "Silva",
  "Singh",
  "Smith",
  "Song",
  "Suzuki",
  "Tanaka",
  "Taylor",
  "Torres",
  "Tran",
  "Van Dijk",
  "Vargas",
  "Wagner",
  "Wang",
  "Weber",
  "Wu",
  "Xu",
  "Yamamoto",
  "Yang",
  "Yilmaz",
  "Zhang",
  "Zhao",
  "Zhou",
  "Zimmermann",
  "Ødegaard",
  "Łukasik",
  "Nyström",
  "Ortiz",
];
const CATEGORIES = ["LG", "CV", "CL", "AI", "IV", "RO", "NE", "SD", "IR", "CR", "HC", "ML"];
const CATEGORY_WEIGHTS = [30, 25, 18, 8, 5, 4, 2, 2, 2, 1, 1, 2];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ORGS = [
  "nvidia",
  "stanford",
  "allen-ai",
  "amazon-science",
  "google-research",
  "mit",
  "meta-ai",
  "tsinghua",
  "eth-zurich",
  "oxford",
];
const VENUES = [
  {
    type: "inproceedings",
    field: "booktitle",
    name: "Advances in Neural Information Processing Systems (NeurIPS)",
  },
  {
    type: "inproceedings",
    field: "booktitle",
    name: "International Conference on Learning Representations (ICLR)",
  },
  {
    type: "inproceedings",
    field: "booktitle",
    name: "International Conference on Machine Learning (ICML)",
  },
  {
    type: "inproceedings",
    field: "booktitle",
    name: "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
  },
  {
    type: "inproceedings",
    field: "booktitle",
    name: "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)",
  },
  {
    type: "inproceedings",
    field: "booktitle",
    name: "European Conference on Computer Vision (ECCV)",
  },
  {
    type: "inproceedings",
    field: "booktitle",
    name: "Annual Meeting of the Association for Computational Linguistics (ACL)",
  },
  {
    type: "inproceedings",
    field: "booktitle",
    name: "Conference on Empirical Methods in Natural Language Processing (EMNLP)",
  },
  { type: "inproceedings", field: "booktitle", name: "AAAI Conference on Artificial Intelligence" },
  { type: "article", field: "journal", name: "Transactions on Machine Learning Research" },
  { type: "article", field: "journal", name: "Journal of Machine Learning Research" },
];
const WORDS = [
  "diffusion",
  "score",
  "matching",
  "generative",
  "models",
  "robust",
  "sparse",
  "attention",
  "graph",
  "networks",
  "contrastive",
  "learning",
  "representations",
  "efficient",
  "scalable",
  "inference",
  "variational",
  "bayesian",
  "transformers",
  "language",
  "vision",
  "policy",
  "optimization",
  "stochastic",
  "gradient",
  "latent",
  "energy",
  "flows",
  "manifold",
  "kernel",
  "adversarial",
  "imitation",
  "reinforcement",
  "causal",
  "uncertainty",
  "calibration",
  "distillation",
  "retrieval",
  "segmentation",
  "reconstruction",
  "video",
  "audio",
  "tabular",
  "federated",
  "privacy",
  "fairness",
];
const TITLE_FORMS = [
  (a: string, b: string, c: string) => `${a} ${b} for ${c}`,
  (a: string, b: string, c: string) => `Towards ${a} ${b} with ${c}`,
  (a: string, b: string, c: string) => `On the ${a} of ${b} ${c}`,
  (a: string, b: string, c: string) => `${a} ${b}: a Study of ${c}`,
  (a: string, b: string, c: string) => `Learning ${a} ${b} via ${c}`,
];

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A distinct display name for author i (first, middle initials, last, spread by a bijection). */
function authorName(author: number): string {
  const f = FIRST.length;
  // Multiplying by a prime coprime to the name space scatters neighbouring ids over first and
  // last names (so a community is not all one family) and stays one-to-one.
  const space = f * LAST.length * 27;
  const i = Number((BigInt(author) * 1000003n) % BigInt(space));
  const l = LAST.length;
  const first = FIRST[i % f] as string;
  const last = LAST[Math.floor(i / f) % l] as string;
  const round = Math.floor(i / (f * l));
  if (round === 0) return `${first} ${last}`;
  // Other rounds add a middle initial (A-Z): 27 rounds keep 243,000 names distinct.
  return `${first} ${String.fromCharCode(64 + round)}. ${last}`;
}

function sentence(rng: RandomSource, words: number): string {
  const out: string[] = [];
  for (let k = 0; k < words; k++) out.push(pick(WORDS, rng));
  return `${cap(out.join(" "))}.`;
}

export interface CorpusOptions {
  papers: number;
  seed?: number;
  /** As-of date of the export (years of dateless entries are inferred from it). */
  asOf?: string;
  /** Papers per profile file; default 200 (a prolific researcher's export). */
  papersPerProfile?: number;
}

export interface GeneratedFile {
  name: string;
  text: string;
  kind: "profile" | "bib";
}

export interface Corpus {
  files: GeneratedFile[];
  papers: number;
  /** Author slots over all papers (with BibTeX's full lists). */
  authorships: number;
  /** Distinct authors who appear on some paper. */
  authors: number;
  hyperauthorPapers: number;
  bytes: number;
}

/**
 * A synthetic corpus of `papers` papers split over profiles of `papersPerProfile` papers each
 * (every profile's owner is a prolific author of one community and an author of all its
 * papers), plus one BibTeX file with every paper's full author list and venue.
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const total = options.papers;
  const rng = mulberry32(options.seed ?? 1);
  const asOf = options.asOf ?? "2026-11-28";
  const asOfYear = Number(asOf.slice(0, 4));
  const asOfMonth = Number(asOf.slice(5, 7));
  const perProfile = Math.max(1, options.papersPerProfile ?? 200);
  const poolSize = Math.max(50, Math.round(total * 1.5));
  const weight = paretoWeights(poolSize, rng, 1.6, 100);
  const sizes = groupSizes(poolSize, rng, 8, 300);
  const groups: Int32Array[] = [];
  let next = 0;
  for (const s of sizes) {
    groups.push(Int32Array.from({ length: s }, (_, k) => next + k));
    next += s;
  }
  const groupOf = new Int32Array(poolSize);
  groups.forEach((members, g) => {
    for (const m of members) groupOf[m] = g;
  });
  const samplers = groups.map((members) => weightedSampler(weight, members));
  const global = weightedSampler(weight);
  const category = weightedSampler(CATEGORY_WEIGHTS);

  const profiles = Math.ceil(total / perProfile);
  // Owners: the most productive member of a spread of communities.
  const owners: number[] = [];
  // Each owner publishes with their own community and a few partner communities.
  const partners: number[][] = [];
  for (let p = 0; p < profiles; p++) {
    const g = Math.floor((p * groups.length) / profiles);
    const members = groups[g] as Int32Array;
    let best = members[0] as number;
    for (const m of members) if ((weight[m] as number) > (weight[best] as number)) best = m;
    owners.push(best);
    partners.push(Array.from({ length: 8 }, () => Math.floor(rng() * groups.length)));
  }

  const used = new Uint8Array(poolSize);
  const profileTexts: string[][] = owners.map(() => []);
  const profileCounts = owners.map(() => 0);
  const bib: string[] = [
    "% Synthetic BibTeX for the benchmark corpus: full author lists and venues, matched by title.",
    "",
  ];
  let authorships = 0;
  let hyperauthorPapers = 0;
  for (let k = 0; k < total; k++) {
    const p = Math.floor(k / perProfile);
    const owner = owners[p] as number;
    const home = rng() < 0.5 ? (groupOf[owner] as number) : pick(partners[p] as number[], rng);
    const hyper = rng() < 0.004;
    const count = hyper
      ? 26 + Math.floor(rng() * 150)
      : 2 + Math.min(8, Math.floor(-Math.log(1 - rng()) * 2.2));
    if (hyper) hyperauthorPapers++;
    const authors = new Set<number>([owner]);
    let guard = 0;
    while (authors.size < count && guard++ < count * 20) {
      authors.add(
        rng() < 0.85 ? (samplers[home] as (r: RandomSource) => number)(rng) : global(rng),
      );
    }
    const list = [...authors].slice(1);
    list.splice(Math.floor(rng() * (list.length + 1)), 0, owner);
    for (const a of list) used[a] = 1;
    authorships += list.length;
    const names = list.map(authorName);

    const year = asOfYear - Math.min(20, Math.floor(-Math.log(1 - rng()) * 5));
    // No date after the as-of month, so no entry lies in the future.
    const months = year === asOfYear ? Math.max(1, asOfMonth - 1) : 12;
    const month = Math.floor(rng() * months);
    const day = 1 + Math.floor(rng() * 28);
    const dateless = year === asOfYear && rng() < 0.3;
    const date = dateless ? `${MONTHS[month]} ${day}` : `${MONTHS[month]} ${day}, ${year}`;
    const cat = CATEGORIES[category(rng)] as string;
    const code = rng() < 0.3 ? "Code" : "";
    const form = pick(TITLE_FORMS, rng);
    // The trailing number keeps every title (and so every paper id) distinct.
    const title = `${form(cap(pick(WORDS, rng)), cap(pick(WORDS, rng)), cap(pick(WORDS, rng)))} ${k + 1}`;
    let authorsLine =
      names.length > 3 ? `${names.slice(0, 3).join(", ")} et al.` : names.join(", ");
    if (rng() < 0.1) {
      const orgs = new Set<string>([pick(ORGS, rng)]);
      if (rng() < 0.4) orgs.add(pick(ORGS, rng));
      authorsLine += ` · ${[...orgs].join(", ")}`;
    }
    const entry = [`${cat}${date}${code}`, title, "", authorsLine];
    if (rng() > 0.05) entry.push("", sentence(rng, 30 + Math.floor(rng() * 90)));
    (profileTexts[p] as string[]).push(entry.join("\n"));
    profileCounts[p] = (profileCounts[p] as number) + 1;

    const venue = rng() < 0.25 ? null : pick(VENUES, rng);
    const key = `paper${k + 1}`;
    const fields = [`  title = {{${title}}}`, `  author = {${names.join(" and ")}}`];
    if (venue) fields.push(`  ${venue.field} = {${venue.name}}`);
    else
      fields.push(
        `  howpublished = {arXiv preprint arXiv:${2000 + (k % 7000)}.${String(10000 + k).slice(-5)}}`,
      );
    fields.push(`  year = {${dateless ? asOfYear : year}}`);
    bib.push(`@${venue ? venue.type : "misc"}{${key},\n${fields.join(",\n")}\n}`, "");
  }

  const files: GeneratedFile[] = owners.map((owner, p) => {
    const count = profileCounts[p] as number;
    const header = [
      authorName(owner),
      "",
      "LG",
      `h-index${10 + (owner % 80)}`,
      `${count + (owner % 30)}papers`,
      `${(1000 + owner * 37).toLocaleString("en-US")}citations`,
      `Novelty${40 + (owner % 50)}%`,
      `AI Score${30 + (owner % 60)}`,
      "",
      `${count + (owner % 30)} Papers`,
      "",
    ];
    return {
      name: `synthetic-${p + 1}.txt`,
      kind: "profile",
      text: `${header.join("\n")}\n${(profileTexts[p] as string[]).join("\n\n")}\n`,
    };
  });
  files.push({ name: "synthetic.bib", kind: "bib", text: bib.join("\n") });
  let distinct = 0;
  for (let i = 0; i < poolSize; i++) distinct += used[i] as number;
  const bytes = files.reduce((s, f) => s + Buffer.byteLength(f.text, "utf8"), 0);
  return { files, papers: total, authorships, authors: distinct, hyperauthorPapers, bytes };
}

// ---------------------------------------------------------------------------------------------
// CLI

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const papers = Number(arg("--papers") ?? (argv.includes("--tiny") ? 100 : 1000));
  const seed = Number(arg("--seed") ?? 1);
  const out = arg("--out") ?? "bench/out";
  if (!Number.isInteger(papers) || papers < 1) throw new Error(`generate: bad --papers ${papers}`);
  const corpus = generateCorpus({ papers, seed });
  mkdirSync(out, { recursive: true });
  for (const file of corpus.files) writeFileSync(join(out, file.name), file.text);
  console.log(
    `generate: ${corpus.papers} papers, ${corpus.authors} authors, ${corpus.hyperauthorPapers} hyperauthor papers, ${(corpus.bytes / 1e6).toFixed(2)} MB -> ${out}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
