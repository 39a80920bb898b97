// A publication list as a builder input: its papers, and a stand-in profile with no owner that
// carries the list's report (records read, rejected, warnings), so lists and profile exports
// flow through one builder. Kept apart from ingestFiles.ts so the pipeline reads stage by stage.
import type { AtlasInput } from "../graph/build";
import { type ParsedList, worksToPapers } from "../ingest/sources";

export function listInput(list: ParsedList, asOf: string): AtlasInput {
  const { papers, warnings } = worksToPapers(list, asOf);
  return {
    profile: {
      file: list.file,
      header: {
        owner: "",
        primaryCategory: null,
        hIndex: null,
        papers: null,
        citations: null,
        novelty: null,
        aiScore: null,
      },
      asOf,
      papers: [],
      report: {
        entriesSeen: list.works.length + list.errors.length,
        rejected: list.errors,
        duplicates: [],
        warnings: [...list.warnings, ...warnings],
      },
    },
    papers,
    enrich: { matched: 0, unmatchedRecords: [], unmatchedPapers: [], warnings: [] },
    bibRecords: 0,
    format: list.format,
    owner: list.owner,
  };
}
