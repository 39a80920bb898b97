// A seeded generator of DBLP-format XML for tests and the benchmark: authors with Pareto
// productivity (a few write most papers, as in real bibliographies) grouped in research
// communities (coauthors mostly come from the lead author's group), venues and years, DBLP
// pids on most authors, names and titles written with dblp.dtd's entities, the occasional
// hyperauthored paper and person page. Same options, same bytes.
import { mulberry32, type RandomSource } from "../graph/random";
import { DBLP_ENTITIES } from "../ingest/dblpEntities";

export interface GenerateOptions {
  /** Publication records (www person pages come on top, one per PERSON_PAGE_EVERY). */
  records: number;
  seed?: number;
  /** Distinct authors (default: records / 2, at least 10). */
  authors?: number;
  /** First and last year (default 1995-2024). */
  fromYear?: number;
  toYear?: number;
}

const VENUES: { name: string; type: "article" | "inproceedings" }[] = [
  { name: "ICLR", type: "inproceedings" },
  { name: "NeurIPS", type: "inproceedings" },
  { name: "ICML", type: "inproceedings" },
  { name: "CVPR", type: "inproceedings" },
  { name: "ACL", type: "inproceedings" },
  { name: "KDD", type: "inproceedings" },
  { name: "SIGMOD Conference", type: "inproceedings" },
  { name: "VLDB", type: "inproceedings" },
  { name: "STOC", type: "inproceedings" },
  { name: "CHI", type: "inproceedings" },
  { name: "CoRR", type: "article" },
  { name: "J. Mach. Learn. Res.", type: "article" },
  { name: "Commun. ACM", type: "article" },
  { name: "IEEE Trans. Pattern Anal. Mach. Intell.", type: "article" },
  { name: "Nat.", type: "article" },
];

const FIRST = [
  "Anna",
  "J&ouml;rg",
  "Fran&ccedil;ois",
  "Zo&euml;",
  "Jos&eacute;",
  "Bj&ouml;rn",
  "Wei",
  "Yuki",
  "Ren&eacute;e",
  "S&oslash;ren",
  "Ingrid",
  "Rahul",
  "Mar&iacute;a",
  "Chen",
  "Ahmed",
  "Elena",
  "Luc&iacute;a",
  "Tom&aacute;s",
  "Kenji",
  "Olga",
];

const LAST = [
  "M&uuml;ller",
  "Garc&iacute;a",
  "Wang",
  "Nakamura",
  "Dubois",
  "&Aring;berg",
  "Smith",
  "Kowalski",
  "Haddad",
  "Ngu&yacute;en",
  "Rossi",
  "Ivanova",
  "Andersen",
  "Patel",
  "Li",
  "O'Brien",
  "St&aring;hl",
  "Fern&aacute;ndez",
  "Schr&ouml;der",
  "Kim",
  "Zhang",
  "Costa",
  "Ben&iacute;tez",
  "Lef&egrave;vre",
];

const WORDS = [
  "learning",
  "graphs",
  "neural",
  "streaming",
  "queries",
  "robust",
  "diffusion",
  "models",
  "scalable",
  "inference",
  "causal",
  "embeddings",
  "networks",
  "optimal",
  "transport",
  "sparse",
  "attention",
  "databases",
  "privacy",
  "federated",
  "generative",
  "bounds",
  "adaptive",
  "clustering",
];

/** Share of papers with a hyperauthored list (more than the default cap of 25 authors). */
const HYPERAUTHOR_SHARE = 0.002;
/** One www person page per this many records. */
const PERSON_PAGE_EVERY = 500;
/** Authors per research community. */
const COMMUNITY_SIZE = 40;
/** Pareto shape of author productivity (smaller = more skewed). */
const PARETO_ALPHA = 1.3;

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Decode the generator's own entity spellings (to know the names it wrote, in tests). */
export function decodeDblpEntities(text: string): string {
  return text.replace(/&(\w+);/g, (m, name: string) => {
    if (name === "amp") return "&";
    if (name === "lt") return "<";
    if (name === "gt") return ">";
    if (name === "quot") return '"';
    if (name === "apos") return "'";
    return DBLP_ENTITIES[name] ?? m;
  });
}

interface AuthorPool {
  names: string[];
  pids: (string | null)[];
  /** Cumulative productivity weights, for drawing an author in proportion to them. */
  cumulative: Float64Array;
}

function buildPool(count: number, random: RandomSource): AuthorPool {
  const names: string[] = [];
  const pids: (string | null)[] = [];
  const seen = new Map<string, number>();
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const base = `${pick(random, FIRST)} ${pick(random, LAST)}`;
    // DBLP tells homonyms apart with a four-digit suffix; so does the generator.
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    names.push(n === 1 ? base : `${base} ${String(n - 1).padStart(4, "0")}`);
    pids.push(random() < 0.8 ? `${(i % 997) + 1}/${i + 1}` : null);
    total += 1 / (1 - random()) ** (1 / PARETO_ALPHA);
    cumulative[i] = total;
  }
  return { names, pids, cumulative };
}

function drawAuthor(
  pool: AuthorPool,
  random: RandomSource,
  from = 0,
  to = pool.names.length,
): number {
  const c = pool.cumulative;
  const low = from === 0 ? 0 : (c[from - 1] as number);
  const target = low + random() * ((c[to - 1] as number) - low);
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((c[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function authorCount(random: RandomSource): number {
  if (random() < HYPERAUTHOR_SHARE) return 30 + Math.floor(random() * 170);
  // Mostly 1-6 authors, mode 3.
  return 1 + Math.min(9, Math.floor(-Math.log(1 - random()) * 2.2));
}

function xmlText(s: string): string {
  return s.replace(/&(?!\w+;)/g, "&amp;").replace(/</g, "&lt;");
}

/** The XML as a sequence of chunks (a few records each), so that any size streams. */
export function* generateDblpXml(options: GenerateOptions): Generator<string> {
  const random = mulberry32(options.seed ?? 1);
  const authors = options.authors ?? Math.max(10, Math.floor(options.records / 2));
  const fromYear = options.fromYear ?? 1995;
  const toYear = options.toYear ?? 2024;
  const pool = buildPool(authors, random);
  yield '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n';
  let chunk = "";
  for (let i = 0; i < options.records; i++) {
    const venue = pick(random, VENUES);
    // More papers in later years, as the field grows.
    const year = fromYear + Math.floor(Math.sqrt(random()) * (toYear - fromYear + 1));
    const lead = drawAuthor(pool, random);
    const groupStart = lead - (lead % COMMUNITY_SIZE);
    const groupEnd = Math.min(authors, groupStart + COMMUNITY_SIZE);
    const wanted = Math.min(authors, authorCount(random));
    const list = [lead];
    const inList = new Set(list);
    for (let tries = 0; list.length < wanted && tries < wanted * 4; tries++) {
      const next =
        random() < 0.8 && wanted <= COMMUNITY_SIZE
          ? drawAuthor(pool, random, groupStart, groupEnd)
          : drawAuthor(pool, random);
      if (!inList.has(next)) {
        inList.add(next);
        list.push(next);
      }
    }
    const words = 3 + Math.floor(random() * 6);
    const title: string[] = [];
    for (let w = 0; w < words; w++) title.push(pick(random, WORDS));
    let titleXml = xmlText(title.join(" "));
    titleXml = `${titleXml.charAt(0).toUpperCase()}${titleXml.slice(1)}`;
    if (random() < 0.05) titleXml = `<i>${pick(random, WORDS)}</i> &amp; ${titleXml}`;
    const key =
      venue.type === "article"
        ? `journals/${venue.name.toLowerCase().replace(/[^a-z]+/g, "")}/G${i}`
        : `conf/${venue.name.toLowerCase().replace(/[^a-z]+/g, "")}/G${i}`;
    const authorsXml = list
      .map((a) => {
        const pid = pool.pids[a];
        return `<author${pid ? ` pid="${pid}"` : ""}>${pool.names[a]}</author>`;
      })
      .join("");
    const venueXml =
      venue.type === "article"
        ? `<journal>${xmlText(venue.name)}</journal><volume>${year - fromYear + 1}</volume>`
        : `<booktitle>${xmlText(venue.name)}</booktitle><crossref>conf/${year}</crossref>`;
    chunk += `<${venue.type} mdate="2025-01-01" key="${key}">\n${authorsXml}\n<title>${titleXml}.</title>\n<year>${year}</year>\n${venueXml}\n<ee>https://doi.org/10.0000/g${i}</ee>\n</${venue.type}>\n`;
    if (i % PERSON_PAGE_EVERY === PERSON_PAGE_EVERY - 1) {
      chunk += `<www mdate="2025-01-01" key="homepages/g/${i}"><author>${pool.names[lead]}</author><title>Home Page</title></www>\n`;
    }
    if (chunk.length > 65_536) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}</dblp>\n`;
}
