// Public API of the ingestion module: profile text + BibTeX → enriched paper records.

export type { ParseBibtexOptions } from "./bibtex";
export { parseBibtex } from "./bibtex";
export { enrichPapers, titleSimilarity } from "./enrich";
export { InputError } from "./errors";
export { foldText, nameIdentity, shortHash, slugify, titleKey } from "./names";
export type { ParseProfileOptions } from "./profile";
export { looksLikeProfileExport, parseProfile } from "./profile";
export type * from "./types";
export type { ShortVenue, ShortVenueOptions } from "./venues";
export { shortVenue } from "./venues";
