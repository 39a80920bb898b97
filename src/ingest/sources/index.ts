// Publication lists in every supported format → works: one entry point that reads a file of
// a known format (see detect.ts) and returns its works, errors and owner, if the file names one.
import type { ListedAuthor, ParsedWorks, SourceFormat } from "../types";
import { parseBibtexWorks } from "./bibWorks";
import { parseCslJson } from "./csl";
import { parseDblpPerson } from "./dblp";
import { parseOpenAlexWorks } from "./openalex";
import { parseRis } from "./ris";

export { bibToWorks } from "./bibWorks";
export { describeUnknown, detectFormat, FORMAT_NAMES } from "./detect";
export { NO_CATEGORY, NO_VENUE, worksToPapers } from "./toPapers";

/** A list with the owner its file names (a DBLP person page's person), or null. */
export type ParsedList = ParsedWorks & { owner: ListedAuthor | null };

/** Read a publication list of the given format. Throws InputError when the file is unusable. */
export function parseWorks(text: string, file: string, format: SourceFormat): ParsedList {
  switch (format) {
    case "bib":
      return { ...parseBibtexWorks(text, file), owner: null };
    case "ris":
      return { ...parseRis(text, file), owner: null };
    case "csl":
      return { ...parseCslJson(text, file), owner: null };
    case "dblp":
      return parseDblpPerson(text, file);
    case "openalex":
      return { ...parseOpenAlexWorks(text, file), owner: null };
  }
}
