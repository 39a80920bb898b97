// The coauthor projection's core, shared by the pipeline's projection (./coauthors.ts) and the
// page's coauthor edges (./appGraph.ts): every pair of authors with a joint paper under the
// hyperauthorship cap, with its joint papers. Over dense integer ids and typed arrays, because
// at tens of thousands of nodes there are hundreds of thousands of pairs, and a Map of string
// keys was a tenth of the page's build.

/** Each paper's authors as ids `0 .. authorCount-1` (CSR: `ids[start[q] .. start[q+1]]`). */
export interface PaperAuthorIds {
  start: Int32Array;
  ids: Int32Array;
  authorCount: number;
}

/** Pairs in order of first joint paper (then author order within it), so output is reproducible. */
export interface CoauthorPairs {
  count: number;
  /** The pair's two ids, in the order the first joint paper lists them. */
  first: Int32Array;
  second: Int32Array;
  /** Joint papers per pair as paper indices, in paper order (CSR over pairs). */
  start: Int32Array;
  papers: Int32Array;
}

/** The counter at `i`, post-incremented (a CSR fill cursor). */
export function bump(counters: Int32Array, i: number): number {
  const at = counters[i] as number;
  counters[i] = at + 1;
  return at;
}

/** Every coauthor pair of papers with at most `cap` authors (Infinity: no cap). */
export function coauthorPairs(input: PaperAuthorIds, cap: number): CoauthorPairs {
  const { start: paperStart, ids, authorCount: n } = input;
  const paperTotal = paperStart.length - 1;
  let meetings = 0;
  for (let q = 0; q < paperTotal; q++) {
    const count = (paperStart[q + 1] as number) - (paperStart[q] as number);
    if (count <= cap) meetings += (count * (count - 1)) / 2;
  }
  // Pair → slot (order of first sight) in an open-addressing table keyed by low * n + high.
  let size = 2;
  while (size < 2 * meetings) size *= 2;
  const mask = size - 1;
  const tableKey = new Float64Array(size).fill(-1);
  const tableSlot = new Int32Array(size);
  const first = new Int32Array(meetings);
  const second = new Int32Array(meetings);
  let pairs = 0;
  // Each (slot, paper) as met, in paper order: grouped by slot below.
  const metSlot = new Int32Array(meetings);
  const metPaper = new Int32Array(meetings);
  let met = 0;
  for (let q = 0; q < paperTotal; q++) {
    const from = paperStart[q] as number;
    const end = paperStart[q + 1] as number;
    if (end - from > cap) continue;
    for (let i = from; i < end; i++) {
      for (let j = i + 1; j < end; j++) {
        const x = ids[i] as number;
        const y = ids[j] as number;
        const lo = Math.min(x, y);
        const hi = Math.max(x, y);
        const pair = lo * n + hi;
        let h = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77)) & mask;
        while (tableKey[h] !== -1 && tableKey[h] !== pair) h = (h + 1) & mask;
        if (tableKey[h] === -1) {
          tableKey[h] = pair;
          tableSlot[h] = pairs;
          first[pairs] = x;
          second[pairs] = y;
          pairs++;
        }
        metSlot[met] = tableSlot[h] as number;
        metPaper[met] = q;
        met++;
      }
    }
  }
  // Joint papers per pair, in paper order (a stable counting sort of the meetings).
  const start = new Int32Array(pairs + 1);
  for (let k = 0; k < met; k++) {
    const slot = metSlot[k] as number;
    start[slot + 1] = (start[slot + 1] as number) + 1;
  }
  for (let s = 0; s < pairs; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const papers = new Int32Array(met);
  const fill = start.slice(0, pairs);
  for (let k = 0; k < met; k++) papers[bump(fill, metSlot[k] as number)] = metPaper[k] as number;
  return {
    count: pairs,
    first: first.subarray(0, pairs),
    second: second.subarray(0, pairs),
    start,
    papers,
  };
}
