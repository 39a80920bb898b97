// Test fixture: the real default data (profile + BibTeX from data/), parsed and enriched once
// per test file. Node-only (reads files); imported by tests, never by the app.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  enrichPapers,
  type ParsedBib,
  type ParsedProfile,
  parseBibtex,
  parseProfile,
} from "../ingest";
import type { AtlasInput } from "./build";

export const AS_OF = "2026-11-28";
export const PROFILE_FILE = "data/profiles/jiaming-song.txt";
export const BIB_FILE = "data/bib/jiaming-song.bib";

export function readRepoFile(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");
}

export interface RealData {
  profile: ParsedProfile;
  bib: ParsedBib;
  input: AtlasInput;
}

let cached: RealData | null = null;

/** The real profile enriched with the real BibTeX, as the builder takes it. */
export function realData(): RealData {
  if (cached) return cached;
  const profile = parseProfile(readRepoFile(PROFILE_FILE), { file: PROFILE_FILE, asOf: AS_OF });
  const bib = parseBibtex(readRepoFile(BIB_FILE), { file: BIB_FILE });
  const { papers, report } = enrichPapers(profile, [bib]);
  cached = {
    profile,
    bib,
    input: { profile, papers, enrich: report, bibRecords: bib.records.length },
  };
  return cached;
}

/** A second profile made of some of the real entries under another owner, enriched alike. */
export function secondProfile(owner: string, count: number): AtlasInput {
  const { profile, bib } = realData();
  const second: ParsedProfile = {
    ...profile,
    file: "second-profile.txt",
    header: { ...profile.header, owner },
    papers: profile.papers.slice(0, count),
    report: { entriesSeen: count, rejected: [], duplicates: [], warnings: [] },
  };
  const { papers, report } = enrichPapers(second, [bib]);
  return { profile: second, papers, enrich: report, bibRecords: bib.records.length };
}
