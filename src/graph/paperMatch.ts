// Which paper node a record joins when inputs merge: the same DOI, else the same arXiv id,
// else the same title key, else (when a publication list is involved) the tolerant title
// match enrichment uses. Profiles alone keep their exact-title merging: the fuzzy pass only
// looks across a list and another input, so profile-only networks are unchanged.
import { titleSimilarity, titleWords } from "../ingest/enrich";
import { titleKey } from "../ingest/names";
import type { PaperRecord } from "../ingest/types";

export class PaperMatcher<G> {
  /** `withLists`: whether any input is a publication list (otherwise no fuzzy pass is needed). */
  constructor(private readonly withLists: boolean) {}

  private readonly byDoi = new Map<string, G>();
  private readonly byArxiv = new Map<string, G>();
  private readonly byTitle = new Map<string, G>();
  /** Words of each record's title (for the fuzzy pass), which groups hold a list record, and their files. */
  private readonly words: { group: G; words: Set<string> }[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly groupFromList = new Map<G, boolean>();
  private readonly groupFiles = new Map<G, Set<string>>();

  /** The group `record` belongs to, or undefined for a paper not seen yet. */
  find(record: PaperRecord): G | undefined {
    const doi = record.doi ? this.byDoi.get(record.doi) : undefined;
    if (doi !== undefined) return doi;
    const arxiv = record.arxivId ? this.byArxiv.get(record.arxivId) : undefined;
    if (arxiv !== undefined) return arxiv;
    const exact = this.byTitle.get(titleKey(record.title));
    if (exact !== undefined) return exact;
    return this.fuzzy(record);
  }

  /** Record that `record` is in `group` (its identifiers and title now lead there). */
  add(group: G, record: PaperRecord): void {
    if (record.doi && !this.byDoi.has(record.doi)) this.byDoi.set(record.doi, group);
    if (record.arxivId && !this.byArxiv.has(record.arxivId))
      this.byArxiv.set(record.arxivId, group);
    const key = titleKey(record.title);
    if (!this.byTitle.has(key)) this.byTitle.set(key, group);
    if (!this.withLists) return;
    const fromList = isList(record);
    if (fromList) this.groupFromList.set(group, true);
    const files = this.groupFiles.get(group);
    if (files) files.add(record.file);
    else this.groupFiles.set(group, new Set([record.file]));
    const index = this.words.length;
    this.words.push({ group, words: titleWords(record.title) });
    for (const w of this.words[index]?.words ?? []) {
      const list = this.postings.get(w);
      if (list) list.push(index);
      else this.postings.set(w, [index]);
    }
  }

  private fuzzy(record: PaperRecord): G | undefined {
    if (!this.withLists) return undefined;
    const recordIsList = isList(record);
    const ws = titleWords(record.title);
    // Rarest words first: a title that can score shares one of its rarer words (as in enrich).
    const present = [...ws]
      .map((w) => this.postings.get(w))
      .filter((list): list is number[] => list !== undefined)
      .sort((a, b) => a.length - b.length);
    const probes = present.length - Math.max(1, Math.floor((2 * ws.size) / 3)) + 1;
    let best: { group: G; score: number } | undefined;
    const seen = new Set<number>();
    for (let k = 0; k < probes; k++) {
      for (const i of present[k] ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        const entry = this.words[i];
        if (!entry) continue;
        // Two profile records merge on their exact title only.
        if (!recordIsList && !this.groupFromList.get(entry.group)) continue;
        // Near titles within one file are two papers (a file names each paper once).
        const files = this.groupFiles.get(entry.group);
        if (files?.size === 1 && files.has(record.file)) continue;
        const score = titleSimilarity(ws, entry.words);
        if (score > 0 && (!best || score > best.score)) best = { group: entry.group, score };
      }
    }
    return best?.group;
  }
}

function isList(record: PaperRecord): boolean {
  return record.format !== undefined && record.format !== "profile";
}
