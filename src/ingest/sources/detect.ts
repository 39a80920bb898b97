// Which format a file is, from its content alone (a name's extension says little: Zotero
// saves `.txt`, dblp `.xml`, OpenAlex `.json` or nothing). Only the start of the file is
// looked at, so the cost is the same at any size.
import { looksLikeProfileExport } from "../profile";
import { firstBibEntryLine, looksLikeBibtex, splitLines } from "../text";
import type { InputFormat } from "../types";
import { looksLikeDblpPerson } from "./dblp";
import { looksLikeOpenAlex } from "./openalex";
import { looksLikeRis } from "./ris";

const SNIFF_CHARS = 65_536;

/** Human names of the formats, for messages and the report. */
export const FORMAT_NAMES: Record<InputFormat, string> = {
  profile: "profile export",
  bib: "BibTeX",
  ris: "RIS",
  csl: "CSL-JSON",
  dblp: "DBLP person XML",
  openalex: "OpenAlex works",
};

/**
 * The format of a text by its content, or null when it is none of them (the caller then
 * reports what the file looks like). Order matters: markup and JSON first (unambiguous by
 * their first character), then RIS and BibTeX (by their first record), then the profile
 * export (entry heads anywhere in the window).
 */
export function detectFormat(text: string): InputFormat | null {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, "");
  const start = head.trimStart();
  if (start.startsWith("<")) return looksLikeDblpPerson(head) ? "dblp" : null;
  if (start.startsWith("[") || start.startsWith("{"))
    return looksLikeOpenAlex(head) ? "openalex" : "csl";
  const lines = splitLines(head);
  if (looksLikeRis(lines)) return "ris";
  if (looksLikeBibtex(lines) !== null) return "bib";
  if (looksLikeProfileExport(lines)) return "profile";
  if (firstBibEntryLine(lines) !== null) return "bib";
  return null;
}

/** Why a text that `detectFormat` did not recognise is not an input, in a few words. */
export function describeUnknown(text: string): string {
  const start = text
    .slice(0, 200)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (start.startsWith("<")) return "XML or HTML that is not a DBLP person file (<dblpperson>)";
  return "not a recognised format (profile export, BibTeX, RIS, CSL-JSON, DBLP person XML or OpenAlex works)";
}
