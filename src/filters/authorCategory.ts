// An author's main category, for "colour by category": the category most of their papers have,
// a tie going to the category with more papers in the whole network (the facet order). One pass
// over the filter index's author → papers lists, once per loaded graph.
import type { FilterIndex } from "./filterIndex";

/** Per node index: an author's main category id (index.categories), else -1. */
export function authorMainCategories(index: FilterIndex): Int32Array {
  const out = new Int32Array(index.nodeCount).fill(-1);
  const counts = new Int32Array(index.categories.length);
  const { authors, authorPaperStart, authorPapers, paperCategory } = index;
  for (let a = 0; a < authors.length; a++) {
    const start = authorPaperStart[a] as number;
    const end = authorPaperStart[a + 1] as number;
    let best = -1;
    for (let j = start; j < end; j++) {
      const c = paperCategory[authorPapers[j] as number] as number;
      const n = (counts[c] as number) + 1;
      counts[c] = n;
      const top = best < 0 ? 0 : (counts[best] as number);
      if (n > top || (n === top && c < best)) best = c;
    }
    out[authors[a] as number] = best;
    for (let j = start; j < end; j++)
      counts[paperCategory[authorPapers[j] as number] as number] = 0;
  }
  return out;
}
